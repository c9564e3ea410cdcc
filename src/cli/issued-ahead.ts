/**
 * What sign (and every path that signs: publish.ts, the studio's /api/sign through studio-refusal.ts)
 * says of an `issued_at` ahead of this computer's clock: the problem (feed/issued-ahead.ts, shared with the
 * editor) and what to type, in the document's language. Trial K: a feed.json date typed ten
 * days ahead was signed without a word; readers refused it, and its seq would have locked out the
 * real updates after it.
 */
import { issuedAheadProblem } from '../feed/issued-ahead.js';
import type { UiLanguage } from '../i18n/terms.js';

const TERMS = {
  en: {
    head: (forced: boolean) => (forced ? 'signed anyway (--force)' : 'not signed'),
    fix: (file: string, forced: boolean) =>
      `A typo in the date? Remove issued_at, expires_at and seq from ${file}, and sign again: sign then stamps the time of now. This computer's clock is behind? Set it right, then sign again.${forced ? '' : ' To sign it as it is anyway, add --force.'}`,
  },
  nl: {
    head: (forced: boolean) => (forced ? 'toch ondertekend (--force)' : 'niet ondertekend'),
    fix: (file: string, forced: boolean) =>
      `Een tikfout in de datum? Haal issued_at, expires_at en seq uit ${file} en onderteken opnieuw: sign vult dan de tijd van nu in. Loopt de klok van deze computer achter? Zet hem goed en onderteken opnieuw.${forced ? '' : ' Wilt u het toch zo ondertekenen, voeg dan --force toe.'}`,
  },
} as const;

/** The problem and the fix for `doc` (as it is about to be signed) when its issued_at is too far ahead of `now`; undefined when it is not. */
export function issuedAhead(doc: Record<string, unknown>, file: string, now: number, lang: UiLanguage, forced = false): { problem: string; fix: string } | undefined {
  const problem = issuedAheadProblem(doc, file, now, lang);
  return problem === undefined ? undefined : { problem, fix: TERMS[lang].fix(file, forced) };
}

/** issuedAhead as one line for the terminal: "not signed: … . A typo …?" */
export function issuedAheadSaid(doc: Record<string, unknown>, file: string, now: number, lang: UiLanguage, forced = false): string | undefined {
  const said = issuedAhead(doc, file, now, lang, forced);
  return said && `${TERMS[lang].head(forced)}: ${said.problem}. ${said.fix}`;
}
