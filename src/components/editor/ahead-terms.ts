/**
 * What the editor says when the feed it is about to sign carries an issued_at ahead of this computer's clock (a date
 * kept in feed.json or the feed given to the page, typed days ahead; trial K): the problem as `clearline sign` says it
 * (feed/issued-ahead.ts, the same rule and words), then what to do here. Not "sign anyway" (the CLI's --force): a feed
 * more than an hour ahead is refused by every reader and its seq would shut out the next updates, which a desk cannot
 * weigh at 2 a.m. Instead the one safe way out, as a button: sign with the time of now (the wrong stamps dropped from
 * the feed, and from feed.json when it is saved); or, when the computer's clock is what is wrong, set it first: where,
 * on this computer's system (feed/clock-steps.ts, as `clearline sign` says it). Pure: no DOM (the platform is given).
 */
import { clockSteps } from '../../feed/clock-steps.js';
import { issuedAheadProblem } from '../../feed/issued-ahead.js';
import type { UiLanguage } from '../../i18n/terms.js';

export interface AheadTerms {
  /** The refusal: `problem` from feed/issued-ahead.ts, `file` where the date is, `steps` how to set the clock (feed/clock-steps.ts). */
  refused: (problem: string, file: string, steps: string) => string;
  /** Where the date is when the page has no feed.json (an embedded editor given its feed). */
  openFeed: string;
  /** The button that signs again with the time of now. */
  signNow: string;
}

export const AHEAD_TERMS: Record<UiLanguage, AheadTerms> = {
  en: {
    refused: (problem, file, steps) =>
      `Not signed: ${problem}. A typo in the date? Press "Sign with the time of now": the feed is signed as of this computer's clock, and the wrong date is left out of ${file}. Is the time shown as now wrong? Then this computer's clock is wrong: set it right (${steps}), reload this page and sign again.`,
    openFeed: 'the feed this page opened',
    signNow: 'Sign with the time of now',
  },
  nl: {
    refused: (problem, file, steps) =>
      `Niet ondertekend: ${problem}. Een tikfout in de datum? Druk op "Ondertekenen met de tijd van nu": de feed wordt dan ondertekend met de tijd van de klok van deze computer, en de verkeerde datum gaat uit ${file}. Klopt de tijd die als nu staat niet? Dan loopt de klok van deze computer verkeerd: zet hem goed (${steps}), laad deze pagina opnieuw en onderteken opnieuw.`,
    openFeed: 'de feed die deze pagina opende',
    signNow: 'Ondertekenen met de tijd van nu',
  },
};

/** The editor's refusal for `payload` (stamped, about to be signed) at `now`, or undefined when its issued_at is not too far ahead. `platform`: navigator.platform. */
export function aheadRefusal(payload: Record<string, unknown>, studio: boolean, now: number, lang: UiLanguage, platform = ''): string | undefined {
  const t = AHEAD_TERMS[lang];
  const file = studio ? 'feed.json' : t.openFeed;
  const problem = issuedAheadProblem(payload, file, now, lang);
  return problem && t.refused(problem, file, clockSteps(platform, lang));
}
