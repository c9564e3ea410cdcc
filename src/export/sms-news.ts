/**
 * What an SMS says of an update's news (sms.ts): an urgent action added in this update goes before one the reader got
 * before, and when the title is the same as the previous update's, the first new sentence of what we know goes in before
 * things the reader heard already (a standing action, the phase, the next update). Trial R: at 05:10 a grid operator's
 * SMS read as the one of 02:10 ("Oorzaak gevonden: Stroomstoring Roosendaal, Etten-Leur en Zundert door storm. Volgende
 * update 07:10."), although Roosendaal was back on and the Molenstraat had to leave their houses for a gas leak. Pure.
 */
import type { Incident } from '../feed/schema.js';
import { firstNews, newUrgentActions } from './known-news.js';
import { knownAfterSummary, sentenceEnd } from './plain.js';
import { titleCut } from './sms-title.js';
import { toSmsText } from './gsm.js';
import { withPhase } from './phase-title.js';
import { emergencyStaysFirst } from './sms-urgent-first.js';
import type { IncidentView } from './text.js';

/**
 * The incident's actions with the urgent ones added in this update first (newUrgentActions), and which those are; a first
 * action that calls an emergency line stays first (sms-urgent-first.ts) when `isEmergency` is given.
 */
export function newFirst<V extends Pick<IncidentView, 'actions' | 'known' | 'summary'>>(incident: Pick<Incident, 'updates'>, view: V, lang: string, isEmergency?: (sentence: string) => boolean): { view: V; fresh: number } {
  const sentences = view.summary ? [view.summary, ...knownAfterSummary(view)] : [];
  const flags = newUrgentActions(incident, lang, sentences, view.actions);
  const fresh = view.actions.filter((_, i) => flags[i]);
  const ordered = { view: { ...view, actions: [...fresh, ...view.actions.filter((_, i) => !flags[i])] }, fresh: fresh.length };
  return isEmergency ? emergencyStaysFirst(view.actions, ordered, isEmergency) : ordered;
}

/** The first new sentence of what we know, for an update whose title did not change (firstNews), else ''. */
export function smsNews(incident: Pick<Incident, 'updates'>, view: Pick<IncidentView, 'known' | 'summary' | 'resolved'>, lang: string): string {
  if (view.resolved || !view.summary) return '';
  return firstNews(incident, lang, [view.summary, ...knownAfterSummary(view)]);
}

export interface SmsPieces {
  /** The phase before the title ('' when none) and whether the SMS as built says it. */
  phase: string;
  phaseKept: boolean;
  /** The title whole and as built; the next update ("Volgende update 07:10.", '' when none) and whether it is kept. */
  title: string;
  titlePart: string;
  next: string;
  nextKept: boolean;
  actionPart: string;
  link: string;
  steps: string[];
}

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

/**
 * The SMS with `news` (one sentence), or null when it cannot say it (the caller says so: "news"). The news never takes the
 * place of an action the SMS keeps, nor of whom it is for: a reader without water still needs "U hebt geen water? Haal
 * drinkwater bij het tappunt Biltstraat." more than "Een hoofdleiding onder de Biltstraat is gesprongen." Beside an action
 * the reader got before, the news goes before it, in the room left beside the next update (never in its place), before the phase
 * label, which gives way to it (trial W: the news says in plain words what the label says in the status page's); beside an urgent action
 * added in this update (`leadNew`), after it, and words of the title may go for it too (titleCut: never
 * below three words, nor after a word that only links, nor inside a news part), as they do for an action. With no action
 * kept (none fits, as trial R's), the news takes its place, beside the whole title when it fits, else
 * the title cut after a word (never to its news part alone).
 */
export function withNews(p: SmsPieces, news: string, leadNew: boolean, fits: (s: string) => boolean, lang: string): { text: string; steps: string[] } | null {
  const n = toSmsText(sentenceEnd(news.trim()));
  const dot = (t: string) => (t ? sentenceEnd(t) : t);
  const say = (title: string, parts: string[], next: string, head = '') => toSmsText(join(withPhase(head, dot(title)), ...parts, next, p.link));
  const parts = !p.actionPart ? [n] : leadNew ? [p.actionPart, n] : [n, p.actionPart];
  const steps = (next: string, cut: boolean) => {
    // The phase label gives way to the news, and is not missed there: the news says in plain words what moved on (sms-phase.ts).
    const base = p.steps.filter((s) => !['next', 'phase', 'title-shortened'].includes(s));
    return [...new Set([...base, ...(p.next && !next ? ['next'] : []), ...(cut ? ['title-shortened'] : [])])];
  };
  // Beside an action the next update is worth more than the news: it never goes for it (a water company's trial: "… is being
  // repaired." went out instead of the next update). Without an action the news may take its room (trial R).
  const nexts = p.next && p.nextKept ? (p.actionPart ? [p.next] : [p.next, '']) : [''];
  const later = p.actionPart ? nexts : p.next ? [p.next, ''] : [''];
  // Beside an action the reader got before: only the room the next update leaves.
  for (const next of nexts) for (const head of p.phaseKept && p.phase ? [p.phase, ''] : ['']) if (fits(say(p.titlePart, parts, next, head))) return { text: say(p.titlePart, parts, next, head), steps: steps(next, p.titlePart !== dot(p.title)) };
  if (p.actionPart && !leadNew) return null;
  for (const next of later) if (fits(say(p.title, parts, next))) return { text: say(p.title, parts, next), steps: steps(next, false) };
  // The most words of the title (without the phase: a shortened title gives no word to it); the next update only beside as many.
  // Only its first words: a "Category: news" title is not cut to its news for ours ("Geïnfecteerd drinkwater in Utrecht" went).
  const start = (t: string) => p.title.startsWith(t.split('…')[0]!.replace(/\.\.\.$/, ''));
  const cuts = later.map((next) => ({ next, title: titleCut(p.title, lang, 3, (t) => start(t) && fits(say(t, parts, next))) }));
  const best = cuts.filter((c) => c.title).sort((a, b) => b.title!.length - a.title!.length)[0];
  return best ? { text: say(best.title!, parts, best.next), steps: steps(best.next, best.title !== p.title) } : null;
}
