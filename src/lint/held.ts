/**
 * Suggestions that hold up signing: a number in a text one digit or one swap off one of the feed's own lines
 * (number-near-channel). A tired desk that reads past a suggestion sends frightened people to a stranger, or a
 * scammer; on an emergency line that is a call that never reaches help. The studio's form and `clearline lint` /
 * `clearline sign` hold them alike (trial X: the studio refused, the CLI only warned and signed). One quoted on
 * purpose (a scammer's number in a warning) may still go out: the studio's tick, or `sign --number-ok <number>` (number-ok.ts). Pure.
 */
import type { Finding } from './index.js';

export const HELD_RULES: readonly string[] = ['number-near-channel'];

/** Held findings as errors, but those the desk `confirmed` as meant (by their message). */
export const holdFindings = (findings: readonly Finding[], confirmed: readonly string[] = []): Finding[] =>
  findings.map((f) => (HELD_RULES.includes(f.rule) && !confirmed.includes(f.message) ? { ...f, severity: 'error' as const } : f));
