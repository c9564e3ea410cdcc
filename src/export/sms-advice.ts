/**
 * What the desk is told when one SMS could not carry the title's news and the whole urgent first action (sms.ts
 * `twoParts`), with the two-part option that already exists (`--parts 2`). A hospital's SMS went out as "Storing... Heeft u
 * nu dringend zorg nodig? …" and the note only said "de titel ingekort" (trial Q): a tired officer had to work out what was
 * lost and what to do. Used by `clearline export` and the studio's preview ("Wat bellers en de sms krijgen"). Pure.
 */
import type { Said } from '../lint/rule.js';

/** The `shortened` steps that lose words of the title or of the first action (the next update and the phase are not those). */
export const LOST: ReadonlySet<string> = new Set(['who', 'action', 'action-shortened', 'title', 'title-shortened']);

/** What one SMS cannot carry, said first by the CLI and the studio. */
export const NOT_BOTH: Said = {
  en: 'one SMS cannot carry the whole title and the whole urgent action',
  nl: 'in één sms passen de hele titel en de hele dringende actie niet samen',
};

/** The advice, without the way to ask for two parts (the CLI adds `--parts 2`, the studio its own words). */
export const TWO_PARTS: Said = {
  en: `${NOT_BOTH.en}: check that it still says what is going on and what to do, or send it as 2 SMS parts`,
  nl: `${NOT_BOTH.nl}: kijk of hij nog zegt wat er aan de hand is en wat mensen moeten doen, of verstuur hem als sms van 2 delen`,
};
