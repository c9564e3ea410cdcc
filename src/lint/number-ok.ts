/**
 * `sign --number-ok <number>` (and `lint --number-ok`): the CLI's form of the studio's tick "Dit nummer klopt zo … toch
 * ondertekenen". A held number (lint/held.ts: one digit or one swap off one of the feed's own lines) the desk names as
 * meant, a scammer's number quoted in a warning, is let through; every other error still stops the signing. Trial X's
 * desk was told "or sign anyway with --force", which also signs past a [[TODO]], a passed next update, a feed readers
 * refuse. Pure.
 */
import type { Finding } from './index.js';
import { HELD_RULES } from './held.js';
import { codeOf, e164 } from './rules/numbers.js';

/** The number a held finding is about: the first quoted text of its message (“…” in English, ‘…’ in Dutch). */
export const heldNumber = (f: Finding): string | undefined => (HELD_RULES.includes(f.rule) ? /[“‘]([^”’]+)[”’]/.exec(f.message)?.[1] : undefined);

/** The same number, read in the feed's country: "020 123 4576" and "+31 20 123 4576" are one. */
const same = (a: string, b: string, code: string | undefined): boolean => {
  const x = e164(a, code);
  return x !== undefined ? x === e164(b, code) : a.replace(/\D/g, '') === b.replace(/\D/g, '');
};

/**
 * Of the held findings, the messages of those whose number the desk named in `numbers` (to pass to holdFindings as
 * confirmed), and the numbers named that no held finding is about (said as a note: nothing was let through for them).
 */
export function numbersOk(findings: readonly Finding[], numbers: readonly string[], doc: unknown, timeZone = 'UTC'): { confirmed: string[]; unmatched: string[] } {
  const code = codeOf(doc && typeof doc === 'object' ? (doc as Record<string, unknown>) : {}, timeZone);
  const given = numbers.map((n) => n.trim()).filter(Boolean);
  const confirmed = findings.filter((f) => {
    const n = heldNumber(f);
    return n !== undefined && given.some((g) => same(g, n, code));
  });
  const unmatched = given.filter((g) => !findings.some((f) => heldNumber(f) !== undefined && same(g, heldNumber(f)!, code)));
  return { confirmed: confirmed.map((f) => f.message), unmatched };
}

/** Whether every error is a held number: the desk is then told of --number-ok, not of fixing "errors". */
export const onlyHeldErrors = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'error') && findings.every((f) => f.severity !== 'error' || heldNumber(f) !== undefined);
