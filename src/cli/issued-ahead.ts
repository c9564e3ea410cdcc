/**
 * What sign (and every path that signs: publish.ts, the studio's /api/sign through studio-refusal.ts)
 * says of an `issued_at` ahead of this computer's clock: the problem (feed/issued-ahead.ts, shared with the
 * editor) and what to type, in the document's language. Trial K: a feed.json date typed ten
 * days ahead was signed without a word; readers refused it, and its seq would have locked out the
 * real updates after it. It no longer offers --force (which still works, for scripts): a feed signed that way is
 * refused by every reader, or shuts out the next real updates; instead how to tell which is wrong, the date or the
 * clock, and how to set the clock on this computer (feed/clock-steps.ts).
 */
import { issuedAheadProblem } from '../feed/issued-ahead.js';
import type { UiLanguage } from '../i18n/terms.js';
import { clockSteps } from '../feed/clock-steps.js';

const TERMS = {
  en: {
    head: (forced: boolean) => (forced ? 'signed anyway (--force)' : 'not signed'),
    fix: (file: string, steps: string) =>
      `Compare the time shown as now with your phone. Is it right? Then the date in ${file} is wrong (a typo, or written on a computer whose clock was ahead): remove issued_at, expires_at and seq from ${file}, and sign again: sign then stamps the time of now. Is it wrong? Then this computer's clock is behind: set it right (${steps}), then sign again.`,
  },
  nl: {
    head: (forced: boolean) => (forced ? 'toch ondertekend (--force)' : 'niet ondertekend'),
    fix: (file: string, steps: string) =>
      `Vergelijk de tijd die als nu staat met uw telefoon. Klopt hij? Dan is de datum in ${file} fout (een tikfout, of geschreven op een computer waarvan de klok voorliep): haal issued_at, expires_at en seq uit ${file} en onderteken opnieuw: sign vult dan de tijd van nu in. Klopt hij niet? Dan loopt de klok van deze computer achter: zet hem goed (${steps}) en onderteken opnieuw.`,
  },
} as const;

/**
 * The problem and the fix for `doc` (as it is about to be signed) when its issued_at is too far ahead of `now`; undefined
 * when it is not. `platform`: the system whose clock to set (Node's process.platform: the studio server runs on the desk's computer).
 */
export function issuedAhead(doc: Record<string, unknown>, file: string, now: number, lang: UiLanguage, platform: string = process.platform): { problem: string; fix: string } | undefined {
  const problem = issuedAheadProblem(doc, file, now, lang);
  return problem === undefined ? undefined : { problem, fix: TERMS[lang].fix(file, clockSteps(platform, lang)) };
}

/** issuedAhead as one line for the terminal: "not signed: … . Compare …"; with `forced` (--force) "signed anyway (--force): …". */
export function issuedAheadSaid(doc: Record<string, unknown>, file: string, now: number, lang: UiLanguage, forced = false): string | undefined {
  const said = issuedAhead(doc, file, now, lang);
  return said && `${TERMS[lang].head(forced)}: ${said.problem}. ${said.fix}`;
}
