/**
 * Whether a social post's first action gives way for the update's news (social.ts). Trial Y: at 6 p.m. a water utility's
 * post said again what it said at 6 a.m. ("Keep boiling: do not drink tap water … without boiling it for 1 minute first."
 * and the action "Boil tap water for at least 1 minute and let it cool before you drink it."), and the news, "The broken
 * main at Elm Ave and 5th St was repaired at 5:15 p.m.", was in no post, SMS or phone message. The news since the previous
 * update goes after the title and the first sentence; the action gives way for it only when the reader got it before (not
 * added in this update, known-news.ts) and the title or the first sentence already says it: most of its words (of four
 * letters or more, or a number) are there, "boil" in "boiling". An action they do not say, "Make baby formula with bottled
 * water", is never left out for news. Pure.
 */
import type { Incident } from '../feed/schema.js';
import { newSincePrevious, newUrgentActions } from './known-news.js';
import { knownAfterSummary } from './plain.js';

/** The words that carry meaning: four letters or more, or a number. */
const words = (s: string) => [...new Set((s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).filter((w) => w.length >= 4 || /^\d+$/.test(w)))];

/** The same word, or one with the same first four letters ("boil", "boiling"; "drinkt", "drinken"). */
const alike = (a: string, b: string) => a === b || (a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4));

/** Whether `text` says most of what `label` says: more than half of its words, and three at least. */
export function saysAction(text: string, label: string): boolean {
  const own = words(label);
  const there = words(text);
  const said = own.filter((w) => there.some((t) => alike(w, t))).length;
  return said >= 3 && said * 2 > own.length;
}

/**
 * The sentences of what we know after the first that are new since the previous update (none on a first update), as the
 * post's what-we-know (knownWithRoom) takes them.
 */
export function newsAfterFirst(incident: Pick<Incident, 'updates'>, lang: string, view: { known: readonly string[]; summary: string }): string[] {
  const rest = knownAfterSummary(view).map((s) => s.trim());
  const fresh = newSincePrevious(incident, lang, rest);
  return rest.filter((s, i) => s && fresh[i]);
}

/**
 * Whether the post's first action may give way for the news: there is news, the post (`summary`, what we know as it took it)
 * carries none of it, the action was there before and the title or the first sentence says it (`saysAction`).
 */
export function actionGivesWay(incident: Pick<Incident, 'updates'>, lang: string, view: { title: string; known: readonly string[]; summary: string; actions: readonly { label: string; who: string; urgent: boolean }[] }, summary: string): boolean {
  const news = newsAfterFirst(incident, lang, view);
  if (!news.length || news.some((s) => summary.includes(s)) || !view.actions.length) return false;
  if (newUrgentActions(incident, lang, [view.summary, ...knownAfterSummary(view)], view.actions)[0]) return false;
  return saysAction(`${view.title}. ${view.summary}`, view.actions[0]!.label);
}
