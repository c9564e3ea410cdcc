/**
 * What sign (and every path that signs: publish.ts, the studio's /api/sign through studio-refusal.ts)
 * says of an `issued_at` ahead of this computer's clock (feed/sign.ts issuedAheadMs), in the
 * document's language, with the date it found and what to do. Trial K: a feed.json date typed ten
 * days ahead was signed without a word; readers refused it, and its seq would have locked out the
 * real updates after it.
 */
import { issuedAheadMs } from '../feed/sign.js';
import type { UiLanguage } from '../i18n/terms.js';
import { iso } from './command.js';
import { feedZone, nlCount } from './lint-report.js';
import { shownTime } from './when.js';

/** "10 days", "3 hours", "40 minutes": how far ahead, rounded, in the largest unit that fits twice. */
function aheadSaid(ms: number, lang: UiLanguage): string {
  const [n, unit] = ms >= 2 * 86_400_000 ? [Math.round(ms / 86_400_000), 'd'] : ms >= 2 * 3_600_000 ? [Math.round(ms / 3_600_000), 'h'] : [Math.round(ms / 60_000), 'm'];
  const words = { en: { d: ['day', 'days'], h: ['hour', 'hours'], m: ['minute', 'minutes'] }, nl: { d: ['dag', 'dagen'], h: ['uur', 'uur'], m: ['minuut', 'minuten'] } }[lang][unit as 'd' | 'h' | 'm'];
  return lang === 'nl' ? nlCount(n, words[0]!, words[1]!) : `${n} ${n === 1 ? words[0] : words[1]}`;
}

const TERMS = {
  en: {
    head: (forced: boolean) => (forced ? 'signed anyway (--force)' : 'not signed'),
    problem: (file: string, found: string, zone: string, ahead: string, clock: string) =>
      `issued_at in ${file} is ${found} (${zone}), ${ahead} ahead of this computer's clock (now ${clock}). Readers refuse a feed from more than an hour ahead, and take the next real update for an older one until that time has passed`,
    fix: (file: string, forced: boolean) =>
      `A typo in the date? Remove issued_at, expires_at and seq from ${file}, and sign again: sign then stamps the time of now. This computer's clock is behind? Set it right, then sign again.${forced ? '' : ' To sign it as it is anyway, add --force.'}`,
  },
  nl: {
    head: (forced: boolean) => (forced ? 'toch ondertekend (--force)' : 'niet ondertekend'),
    problem: (file: string, found: string, zone: string, ahead: string, clock: string) =>
      `issued_at in ${file} is ${found} (${zone}), ${ahead} later dan de klok van deze computer (nu ${clock}). Lezers weigeren een feed van meer dan een uur vooruit, en houden tot die tijd de volgende echte update voor een oudere`,
    fix: (file: string, forced: boolean) =>
      `Een tikfout in de datum? Haal issued_at, expires_at en seq uit ${file} en onderteken opnieuw: sign vult dan de tijd van nu in. Loopt de klok van deze computer achter? Zet hem goed en onderteken opnieuw.${forced ? '' : ' Wilt u het toch zo ondertekenen, voeg dan --force toe.'}`,
  },
} as const;

/** The problem and the fix for `doc` (as it is about to be signed) when its issued_at is too far ahead of `now`; undefined when it is not. */
export function issuedAhead(doc: Record<string, unknown>, file: string, now: number, lang: UiLanguage, forced = false): { problem: string; fix: string } | undefined {
  const ahead = issuedAheadMs(doc, now);
  if (!ahead) return undefined;
  const t = TERMS[lang];
  return { problem: t.problem(file, shownTime(doc.issued_at, doc, now, lang), feedZone(doc), aheadSaid(ahead, lang), shownTime(iso(now), doc, now, lang)), fix: t.fix(file, forced) };
}

/** issuedAhead as one line for the terminal: "not signed: … . A typo …?" */
export function issuedAheadSaid(doc: Record<string, unknown>, file: string, now: number, lang: UiLanguage, forced = false): string | undefined {
  const said = issuedAhead(doc, file, now, lang, forced);
  return said && `${TERMS[lang].head(forced)}: ${said.problem}. ${said.fix}`;
}
