/**
 * The lead incident's urgent actions in the phone message (ivr.ts), with the update's news in mind. Trial R: a grid
 * operator's customer-service line at 05:10 said the emergency lines and the medical action every caller had heard since
 * 02:10, and left out all of what we know and the new "Woont u in de Molenstraat … ruikt u gas?" action. Now an urgent
 * action added in this update (newUrgentActions, a stand-in: the history keeps no actions) is said first and never
 * dropped; the one callers heard before follows it (a later urgent action, ivr-todo.ts), or, when it is still the first,
 * gives way before the first sentence of the news (STANDING_RANK). Each keeps the
 * key of its place among the incident's urgent actions, so the desk is told which one was left out (ivr-dropped.ts). Pure.
 */
import type { Incident } from '../feed/schema.js';
import { newFirst } from './sms-news.js';
import { addLaterTodos, addTodo } from './ivr-todo.js';
import type { ChannelView, Context, IncidentView } from './text.js';
import type { Sentence } from './ssml.js';

type Add = (key: string, sentence: Sentence, optional?: number) => void;

/**
 * Where the first urgent action callers heard before gives way when there is news: after the later sentences of the news
 * (0.4…) and the reasons of the emergency lines (REASON_RANK), before the first new sentence (FIRST_NEWS_RANK).
 */
export const STANDING_RANK = 0.35;
/** An emergency line said without its reason, when there is no room else: after the later news, before that action. */
export const REASON_RANK = 0.36;
/** The first new sentence of what we know after a summary heard before: kept longest of the news (the summary, when new, longer still). */
export const FIRST_NEWS_RANK = 0.3;

/** addTodo and addLaterTodos for the lead incident, the urgent actions added in this update first. `news`: the update has any. */
export function addLeadTodos(add: Add, incident: Incident, view: IncidentView, ctx: Context, said: readonly ChannelView[], news: boolean) {
  const { view: v, fresh } = newFirst(incident, view, ctx.lang);
  // A key as the action's place among the incident's urgent actions (view.actions), not as it is said.
  const place = (r: number) => view.actions.indexOf(v.actions[r - 1]!) + 1;
  const keyed = (key: string) => {
    const m = new RegExp(`^todo-${escape(incident.id)}(?:-(\\d+))?(-rest)?$`).exec(key);
    if (!m) return key;
    const o = place(m[1] ? Number(m[1]) : 1);
    return `todo-${incident.id}${o === 1 ? '' : `-${o}`}${m[2] ?? ''}`;
  };
  const heard = !fresh && !!incident.updates?.length && news;
  const at: Add = (key, sentence, optional) => add(keyed(key), sentence, optional);
  addTodo(at, v, ctx, said, heard ? STANDING_RANK : 0);
  addLaterTodos(at, v, ctx, said);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
