/**
 * An `issued_at` ahead of the signing computer's clock, said the same way by every path that signs: `clearline sign`
 * and `heartbeat` (cli/issued-ahead.ts, with --force), the studio server (cli/studio-refusal.ts, cli/studio-seq.ts)
 * and the editor's own signing in the page (components/editor/ahead-terms.ts). The rule is feed/sign.ts
 * issuedAheadMs; here the problem, in the document's language: the date found, how far ahead, and the clock's time
 * now. Each adapter adds its own fix (what to type, or the button to press). Pure: no DOM, no Node.
 */
import { isNanpZone } from './dialling.js';
import { issuedAheadMs } from './sign.js';
import { whenIn, zoneOf } from './times.js';
import type { UiLanguage } from '../i18n/terms.js';

export { issuedAheadMs, MAX_ISSUED_AHEAD_MS } from './sign.js';

/** A time as the desk reads it in the feed's zone (as cli/when.ts shownTime): "02:00", another day "wo 16 dec 02:00". */
export function aheadTime(ms: number, doc: unknown, now: number, lang: UiLanguage): string {
  const zone = zoneOf(doc);
  return whenIn(ms, zone, now, lang === 'nl' ? 'nl-NL' : isNanpZone(zone) ? 'en-US' : 'en-GB');
}

/** "10 days", "3 hours", "40 minutes": how far ahead, rounded, in the largest unit that fits twice. */
export function aheadSaid(ms: number, lang: UiLanguage): string {
  const [n, unit] = ms >= 2 * 86_400_000 ? [Math.round(ms / 86_400_000), 'd'] : ms >= 2 * 3_600_000 ? [Math.round(ms / 3_600_000), 'h'] : [Math.round(ms / 60_000), 'm'];
  const words = { en: { d: ['day', 'days'], h: ['hour', 'hours'], m: ['minute', 'minutes'] }, nl: { d: ['dag', 'dagen'], h: ['uur', 'uur'], m: ['minuut', 'minuten'] } }[lang][unit as 'd' | 'h' | 'm'];
  return `${n} ${n === 1 ? words[0] : words[1]}`;
}

const PROBLEM = {
  en: (file: string, found: string, zone: string, ahead: string, clock: string) =>
    `issued_at in ${file} is ${found} (${zone}), ${ahead} ahead of this computer's clock (now ${clock}). Readers refuse a feed from more than an hour ahead, and take the next real update for an older one until that time has passed`,
  nl: (file: string, found: string, zone: string, ahead: string, clock: string) =>
    `issued_at in ${file} is ${found} (${zone}), ${ahead} later dan de klok van deze computer (nu ${clock}). Lezers weigeren een feed van meer dan een uur vooruit, en houden tot die tijd de volgende echte update voor een oudere`,
} as const;

/** What is wrong with `doc` (as it is about to be signed) when its issued_at is too far ahead of `now`; undefined when it is not. `file`: where the date is (feed.json). */
export function issuedAheadProblem(doc: Record<string, unknown>, file: string, now: number, lang: UiLanguage): string | undefined {
  const ahead = issuedAheadMs(doc, now);
  if (!ahead) return undefined;
  return PROBLEM[lang](file, aheadTime(Date.parse(String(doc.issued_at)), doc, now, lang), zoneOf(doc), aheadSaid(ahead, lang), aheadTime(now, doc, now, lang));
}
