/**
 * A time zone as a desk types it, for the studio and the CLI (readers never need it, so it is kept out of zone.ts,
 * which they load). Pure.
 */
import { isTimeZone } from './zone.js';

const fold = (s: string) => s.trim().toLowerCase().replace(/[\s_]+/g, '_');

/**
 * The zone's own spelling for what a desk types: any case ("europe/amsterdam" -> Europe/Amsterdam,
 * "utc" -> UTC), or the city alone when one zone is named after it ("Amsterdam" -> Europe/Amsterdam,
 * "new york" -> America/New_York); undefined when none. A zone spelled in lower case was valid, but the
 * desk's phone numbers were then read without a country (dialling.ts looked zones up by their spelling).
 */
export function zoneName(input: string): string | undefined {
  const typed = input.trim();
  if (isTimeZone(typed)) {
    try {
      return new Intl.DateTimeFormat('en', { timeZone: typed }).resolvedOptions().timeZone;
    } catch {
      return typed;
    }
  }
  if (!typed || typed.includes('/')) return undefined;
  const listed = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  const cities = listed.filter((z) => fold(z.slice(z.lastIndexOf('/') + 1)) === fold(typed));
  return cities.length === 1 ? cities[0] : undefined;
}
