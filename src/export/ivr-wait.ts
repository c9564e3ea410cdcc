/**
 * Where the wait on the line and another, less severe incident's urgent action give way in the phone message (ivr.ts,
 * ivr-fit.ts). Trial U (a bank, 11:06): the 45-second message led with a phishing wave (major) and left out its two urgent
 * actions ("Klik niet op de link, bel niet terug en geef niemand uw codes", "Bel meteen Card Stop…") while it kept the
 * minor incident's action and "Verwachte wachttijd ongeveer 5 minuten: normale drukte", both never dropped. Now, after the
 * thanks and before the lead's urgent actions and news: first the wait's reason (the wait said without it), then another
 * incident's first urgent action when that incident is less severe than the lead, then one as severe or more (trial V). A short wait (at most SHORT_WAIT
 * minutes) goes, as the greeting, only to make room for an urgent action: such a caller is helped soon and needs what to
 * do more than how long; it comes back when there is room. A longer wait is always said: it tells callers whether to
 * hang up and use what they can do instead. Pure.
 */
import { SEVERITIES, type Incident } from '../feed/schema.js';
import type { Terms } from '../i18n/terms.js';
import type { Part } from './ivr-fit.js';
import type { Sentence } from './ssml.js';

export const WAIT_REASON_RANK = 0.8;
/** Where a short wait comes back when there is room (after every urgent action). */
export const SHORT_WAIT_RANK = 0.7;
export const LESS_SEVERE_TODO_RANK = 0.6;
/**
 * Another incident's first urgent action when that incident is as severe as the lead, or more (trial V, a water company at
 * 06:37: a boil-water notice led and the supply outage's 18-second Priority Services Register action was never dropped,
 * so the message took 54 s and nothing was written for the 0800 line). It gives way after a less severe one's and before
 * any of the lead's urgent actions: the incident is still named by its title, and the lead's act-now is said.
 */
export const OTHER_TODO_RANK = 0.59;
/** Minutes of wait that may give way for an urgent action. */
export const SHORT_WAIT = 5;

/** The wait sentence as a part: said whole, without its reason when there is no room, and a short one may go. */
export function waitPart(t: Terms, wait: string, minutes: number): Part {
  const bare = `${t.expectedWait(minutes)}.`;
  const sentence: Sentence = [`${wait}.`];
  const withReason = bare !== sentence[0];
  return {
    key: 'wait',
    sentence,
    optional: minutes <= SHORT_WAIT ? SHORT_WAIT_RANK : 0,
    yields: minutes <= SHORT_WAIT,
    ...(withReason ? { short: [bare], shortAt: { rank: WAIT_REASON_RANK, key: 'wait-reason' } } : {}),
  };
}

/**
 * The rank of another incident's first urgent action while the lead goes on: it may give way, first when less severe than
 * the lead, then when as severe or more; before the lead's urgent actions either way. Beside a resolved lead it is never dropped.
 */
export const otherTodoRank = (lead: Incident, other: Incident, i: number) =>
  lead.phase === 'resolved' ? 0 : (SEVERITIES.indexOf(other.severity) < SEVERITIES.indexOf(lead.severity) ? LESS_SEVERE_TODO_RANK : OTHER_TODO_RANK) + i / 1000;
