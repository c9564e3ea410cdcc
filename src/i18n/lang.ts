import type { FeedError } from '../feed/errors.js';
import type { TextValue } from '../feed/schema.js';
import { zoneOffsetMinutes } from '../feed/zone.js';
import { handClock, type HandClock, type RelativeUnit } from './clock.js';
import { TERMS, UI_LANGUAGES, type Terms, type UiLanguage } from './terms.js';

/** The UI language for a tag: its primary subtag when supported, else English. */
export function uiLanguage(tag: string | undefined): UiLanguage {
  const primary = (tag ?? '').toLowerCase().split('-')[0];
  return (UI_LANGUAGES as readonly string[]).includes(primary!) ? (primary as UiLanguage) : 'en';
}

export function termsFor(tag: string | undefined): Terms {
  return TERMS[uiLanguage(tag)];
}

/** What a reader is told for a failed load: the code's words, or what to check when the clocks disagree. */
export const errorWords = (t: Terms, e: FeedError): string => (e.clock === 'ahead' ? t.clockAhead : t.error[e.code]);

/**
 * Picks feed text for a reader: the exact tag, then the same primary language, then English,
 * then whatever the publisher wrote first. Plain strings are returned as they are.
 */
export function pickText(text: TextValue | undefined, tag: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return pickLanguage(text, tag) ?? '';
}

/** A text that starts a sentence: "bel ons" -> "Bel ons" (a channel's reason alone, an export's label after a question). */
export const sentenceStart = (text: string, lang: string): string => text.trim().replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase(lang));

/** The value for a language from a map of language tags: exact tag, same primary language, English, then the first. */
export function pickLanguage<T>(map: Readonly<Record<string, T>>, tag: string): T | undefined {
  const want = tag.toLowerCase();
  const entries = Object.entries(map);
  const primary = want.split('-')[0];
  const found =
    entries.find(([k]) => k.toLowerCase() === want) ??
    entries.find(([k]) => k.toLowerCase().split('-')[0] === primary) ??
    entries.find(([k]) => k.toLowerCase().split('-')[0] === 'en') ??
    entries[0];
  return found?.[1];
}

/** The zone of the reader's clock: this browser's, unless the studio's preview stands in for readers in the feed's zone. */
let readerZone: string | undefined;

/**
 * The studio's preview (editor/preview.ts) shows times as readers in the feed's zone see them, whatever
 * the desk's own clock: `zone` a valid IANA zone (the feed's `time_zone`); undefined: this browser's again.
 */
export const setReaderZone = (zone?: string): void => {
  readerZone = zone;
};

/** True when the reader's clock differs from the feed's zone at that instant, so a time needs its zone named. */
export function zoneDiffers(ms: number, feedZone: string | undefined): boolean {
  if (!feedZone) return false;
  const feed = zoneOffsetMinutes(ms, feedZone);
  return !Number.isNaN(feed) && feed !== zoneOffsetMinutes(ms, readerZone);
}

/** A calendar date such as 23 Nov 2026, for "last checked" notes. */
export function formatDate(ms: number, tag: string): string {
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
}

// Intl formatters are costly to create (Intl.RelativeTimeFormat ~30 ms on first use): one per
// language and kind, created once. On this browser's clock, Dutch and English are written by hand
// (clock.ts: the page's first Intl object would hold up the first incident text).
interface Format {
  format(ms: number): string;
}
interface RelativeFormat {
  format(n: number, unit: RelativeUnit): string;
}
const formatters = new Map<string, Format | RelativeFormat>();
// Dutch, British and Irish English with two-digit hours, "04:00" (a UK reader at 2 a.m. read "until 4:00" as 4 am or 4 pm;
// an Irish page read "opens at 8:00" beside "08:00" in its own hours); American "4:00 AM".
const TIME = (tag: string): Intl.DateTimeFormatOptions => ({ hour: /^(nl|en-(gb|ie))\b/i.test(tag) ? '2-digit' : 'numeric', minute: '2-digit' });
const DATE_TIME = (tag: string): Intl.DateTimeFormatOptions => ({ weekday: 'short', day: 'numeric', month: 'short', ...TIME(tag) });

function formatter<T extends Format | RelativeFormat>(kind: string, tag: string, make: (hand: HandClock | undefined) => T): T {
  const key = `${kind}|${tag}|${readerZone}`;
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make(readerZone ? undefined : handClock(tag))));
  return f;
}
// On the reader's clock. (The formats with the zone's name below are used only when the reader's
// clock is not on the feed's zone, never with setReaderZone(feed's zone): they keep this browser's.)
const timeFormat = (tag: string) => formatter<Format>('t', tag, (h) => (h ? { format: h.time } : new Intl.DateTimeFormat(tag, { ...TIME(tag), timeZone: readerZone })));
const dateTimeFormat = (tag: string) => formatter<Format>('dt', tag, (h) => (h ? { format: h.dateTime } : new Intl.DateTimeFormat(tag, { ...DATE_TIME(tag), timeZone: readerZone })));
/** The calendar day of an instant on the reader's clock. */
const day = (ms: number) => (readerZone ? formatter<Format>('d', '', () => new Intl.DateTimeFormat('en', { timeZone: readerZone })).format(ms) : new Date(ms).toDateString());
// With the zone's name, on this browser's clock (see above); cached too: a page with many times made one per time.
const zoneTimeFormat = (tag: string) => formatter<Format>('tz', tag, () => new Intl.DateTimeFormat(tag, { ...TIME(tag), timeZoneName: 'short' }));
const zoneDateTimeFormat = (tag: string) => formatter<Format>('dtz', tag, () => new Intl.DateTimeFormat(tag, { ...DATE_TIME(tag), timeZoneName: 'short' }));
const relativeFormat = (tag: string) => formatter<RelativeFormat>('r', tag, (h) => (h ? { format: h.relative } : new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })));

/** Creates the formatters for a language ahead of use (elements call it when they connect). */
export function warmFormatters(tag: string): void {
  try {
    timeFormat(tag);
    dateTimeFormat(tag);
    relativeFormat(tag).format(1, 'minute');
  } catch {
    // An invalid language tag: the formatting call will report it where it matters.
  }
}

/**
 * An English page without a region (`lang="en"`) for a feed on a European clock (Europe/London,
 * Europe/Amsterdam…) gets British times and dates ("13:05", "Sat 28 Nov"), as its readers write them,
 * not American ones ("1:05 PM"); a page that names its region (en-US, en-GB) gets what it names.
 */
const clockTag = (tag: string, zone?: string) => (/^en$/i.test(tag) && zone?.startsWith('Europe/') ? 'en-GB' : tag);

/** Local clock time such as 14:05, 09:05 or 2:05 PM, in the reader's time zone (setReaderZone). */
export function formatTime(ms: number, tag: string, feedZone?: string): string {
  tag = clockTag(tag, feedZone);
  if (zoneDiffers(ms, feedZone)) return zoneTimeFormat(tag).format(ms);
  return timeFormat(tag).format(ms);
}

/** Date and time, for moments that may not be today: today only the time. */
export function formatDateTime(ms: number, tag: string, now = Date.now(), feedZone?: string): string {
  tag = clockTag(tag, feedZone);
  if (day(ms) === day(now)) return formatTime(ms, tag, feedZone);
  if (zoneDiffers(ms, feedZone)) return zoneDateTimeFormat(tag).format(ms);
  return dateTimeFormat(tag).format(ms);
}

/**
 * "Next update at 14:05 (in 25 minutes)" today; another day the date replaces "at": Dutch "om" cannot
 * stand before a date ("Volgende update om di 27 okt, 00:30" was wrong), so the term gets `dated`.
 */
export function formatNextUpdate(term: (time: string, relative: string, dated: boolean) => string, ms: number, tag: string, now = Date.now(), feedZone?: string): string {
  const { text, dated } = formatDated(ms, tag, now, feedZone);
  return term(text, formatRelative(ms, tag, now), dated);
}

/** "Laatst bevestigd om 14:05"; another day "Laatst bevestigd di 27 okt, 00:30": the term gets `dated`, as in formatNextUpdate. */
export function formatConfirmed(term: (time: string, dated: boolean) => string, ms: number, tag: string, now = Date.now(), feedZone?: string): string {
  const { text, dated } = formatDated(ms, tag, now, feedZone);
  return term(text, dated);
}

/** formatDateTime, and whether it carries a date (another day than `now`): "om" / "at" stands only before a time. */
export function formatDated(ms: number, tag: string, now = Date.now(), feedZone?: string): { text: string; dated: boolean } {
  return { text: formatDateTime(ms, tag, now, feedZone), dated: day(ms) !== day(now) };
}

/** When a document was signed, for "not confirmed since …" texts; in the feed's time zone where the reader's differs. */
export function formatIssuedAt(doc: { issued_at: string; time_zone?: string }, tag: string, now = Date.now()): string {
  return formatDateTime(Date.parse(doc.issued_at), tag, now, doc.time_zone);
}

/** "in 25 minutes", "12 minutes ago", "now". */
export function formatRelative(ms: number, tag: string, now = Date.now()): string {
  const diff = ms - now;
  const abs = Math.abs(diff);
  const rtf = relativeFormat(tag);
  if (abs < 45_000) return rtf.format(0, 'second');
  if (abs < 3_600_000) return rtf.format(Math.round(diff / 60_000), 'minute');
  // Within 5 hours to the half hour: readers at 02:02 read "next update in 1 hour" for 3:30, 1 h 28 min away.
  if (abs < 18_000_000) return rtf.format(Math.round(diff / 1_800_000) / 2, 'hour');
  if (abs < 86_400_000) return rtf.format(Math.round(diff / 3_600_000), 'hour');
  return rtf.format(Math.round(diff / 86_400_000), 'day');
}
