/**
 * Time zones for the reader: is a name a zone, and its offset from UTC at an instant. Where the
 * browser has Temporal (Chromium 144+, Firefox 139+) these cost about 0.5 ms; through Intl the
 * first call loads the browser's date-formatting data, 11–24 ms, on the way to the first
 * incident text (i18n/clock.ts says why that matters). Elsewhere (Node, Safari) Intl answers.
 */

interface TemporalLike {
  Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(zone: string): { offsetNanoseconds: number } } };
}
const temporal = () => (globalThis as { Temporal?: TemporalLike }).Temporal;

const IANA = /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/;

/** True for an IANA zone name the runtime knows, such as Europe/Amsterdam. */
export function isTimeZone(zone: string): boolean {
  if (!IANA.test(zone)) return false;
  try {
    const T = temporal();
    if (T) T.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
    else new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The offset of a time zone from UTC at an instant, in whole minutes; `zone` undefined: this
 * browser's clock. NaN when the zone is unknown.
 */
export function zoneOffsetMinutes(ms: number, zone?: string): number {
  if (zone === undefined) return -new Date(ms).getTimezoneOffset();
  try {
    const T = temporal();
    if (T) return Math.round(T.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds / 6e10);
    const parts = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(ms);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
  } catch {
    return NaN;
  }
}
