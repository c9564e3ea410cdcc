/**
 * The lead incident's urgent actions in the phone message (ivr.ts), with the update's news in mind. Trial R: a grid
 * operator's customer-service line at 05:10 said the emergency lines and the medical action every caller had heard since
 * 02:10, and left out all of what we know and the new "Woont u in de Molenstraat … ruikt u gas?" action. Now an urgent
 * action added in this update is said first among them and kept longest (FRESH_RANK); when one was added, the first one
 * callers heard before may give way (STANDING_RANK). None gives way, nor is said shorter, while a sentence of what we
 * know is still said, the news included: a caller hears every urgent action, the news is shortened first
 * (ivr-action-rank.ts). With no action added the first is never left out, or callers hear nothing to do (trial Y).
 * Which actions are new is a stand-in (newUrgentActions): the history keeps no actions. Pure.
 */
import type { Incident } from '../feed/schema.js';
import { newUrgentActions } from './known-news.js';
import { actionNumbers, addLaterTodos, addTodo, type Unsaid } from './ivr-todo.js';
import { knownAfterSummary } from './plain.js';
import type { ChannelView, Context, IncidentView } from './text.js';
import type { Sentence } from './ssml.js';
import { clauseCut } from './ivr-never-bare.js';
import { newFirst } from './ivr-action-rank.js';

type Add = (key: string, sentence: Sentence, optional?: number, short?: Sentence, shortAt?: { rank: number; key: string }) => void;

/** An emergency line said without its reason, when there is no room else: after the later news (0.4…), before that action. */
export const REASON_RANK = 0.36;
/** Where the first urgent action callers heard before gives way when there is news. */
export const STANDING_RANK = 0.35;
/** A later urgent action added in this update: kept before the one heard before, after the first sentence of the news. */
export const FRESH_RANK = 0.34;
/** A sentence of what we know that estimates when (estimate.ts, trial T): after the first news, before a fresh urgent action. */
export const ESTIMATE_RANK = 0.32;
/** The first new sentence of what we know after a summary heard before (the summary itself, when new, is kept longest). */
export const FIRST_NEWS_RANK = 0.3;

/**
 * addTodo and addLaterTodos for the lead incident, those added in this update first; `news`: the update has any. Returns
 * the keys of the parts that give way only after what we know: every action, not the later sentences of the first
 * one heard before (trial L: "Uw mobiel probeert daarvoor al elk netwerk" gave way to "Onze technici vervangen die nu").
 */
export function addLeadTodos(add: Add, incident: Incident, view: IncidentView, ctx: Context, said: readonly ChannelView[], news: boolean, unsaid?: Unsaid): string[] {
  const sentences = view.summary ? [view.summary, ...knownAfterSummary(view)] : [];
  const fresh = newUrgentActions(incident, ctx.lang, sentences, view.actions);
  const heard = news && !fresh[0] && !!incident.updates?.length;
  // Left out whole only for an urgent action added in this update: with none, callers would hear nothing to do. Trial Y:
  // a boil water advisory's daily update had news (the main repaired); its first sentence ("Keep boiling: do not drink …")
  // and this action ("Boil tap water …") were both heard before, both gave way, and the message said neither (a second
  // open incident made no difference).
  const givesWay = heard && fresh.some(Boolean);
  const numbers = actionNumbers(incident.actions ?? []);
  // Heard before: it gives way to its first sentence or clause, never whole, when it has one (ivr-never-bare.ts, trial W:
  // the all-clear left out "Do not let them in and do not pay" of the fraud warning it led with).
  // Said once all are known, those added in this update first.
  const todos: { key: string; args: Parameters<Add> }[] = [];
  const first: Add = (key, sentence, optional = 0) => {
    const cut = heard && key === `todo-${view.id}` ? clauseCut(sentence) : undefined;
    if (cut) todos.push({ key, args: [key, sentence, 0, cut, { rank: STANDING_RANK, key: `todo-${view.id}-rest` }] });
    else todos.push({ key, args: [key, sentence, optional] });
  };
  addTodo(first, view, ctx, said, givesWay ? STANDING_RANK : 0, numbers, unsaid);
  addLaterTodos((...args) => todos.push({ key: args[0], args }), view, ctx, said, fresh, FRESH_RANK, numbers, unsaid);
  const added = new Set(fresh.flatMap((f, i) => (f ? [i ? `todo-${view.id}-${numbers[i] ?? i + 1}` : `todo-${view.id}`] : [])));
  for (const { args } of newFirst(todos, added)) add(...args);
  // The later sentences of a first one added in this update are new to every caller too.
  return todos.map((t) => t.key).filter((k) => k !== `todo-${view.id}-rest` || !!fresh[0]);
}
