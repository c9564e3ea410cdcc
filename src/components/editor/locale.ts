/**
 * How the studio writes clock times, and which places its English hints name, from the feed's
 * time zone. Decided: the Dutch studio writes Dutch times (01:16); the English studio follows the
 * feed's region where the zone names one clearline knows (en-GB for Europe/London, en-IE for
 * Europe/Dublin, en-US and en-AU for their zones), and otherwise writes British English: a 24-hour
 * clock (01:16, not 01:16 AM), as the fields ask times to be typed ("14:30") and the CLI prints
 * them. Pure: no DOM.
 */
import { uiLanguage } from '../../i18n/lang.js';

const REGIONS: Readonly<Record<string, string>> = {
  'Europe/London': 'GB',
  'Europe/Belfast': 'GB',
  'Europe/Dublin': 'IE',
  'Europe/Amsterdam': 'NL',
  'America/New_York': 'US',
  'America/Chicago': 'US',
  'America/Denver': 'US',
  'America/Phoenix': 'US',
  'America/Los_Angeles': 'US',
  'America/Anchorage': 'US',
  'Pacific/Honolulu': 'US',
  'Australia/Sydney': 'AU',
  'Australia/Melbourne': 'AU',
  'Australia/Brisbane': 'AU',
  'Australia/Adelaide': 'AU',
  'Australia/Perth': 'AU',
};

const ENGLISH_REGIONS = ['GB', 'IE', 'US', 'AU'];

/** The locale for clock times in a studio in `ui` for a feed in `zone`: `nl`, `en-GB`, `en-IE`, `en-US`… */
export function timeLocale(ui: string, zone: string | undefined): string {
  if (uiLanguage(ui) === 'nl') return 'nl';
  const region = REGIONS[zone ?? ''];
  return region && ENGLISH_REGIONS.includes(region) ? `en-${region}` : 'en-GB';
}

/** The preview's reader elements: English texts as a page in the feed's region shows them (`en-GB`), other languages as they are. */
export const previewTag = (lang: string, zone: string | undefined): string => (lang === 'en' ? timeLocale('en', zone) : lang);

/** Places the English "Affects" hint gives as examples, from the feed's region; Dutch places for a Dutch feed. */
const PLACES: Readonly<Record<string, string>> = {
  GB: 'North Leeds, Harrogate',
  IE: 'Cork city, Galway',
  US: 'Brooklyn, Queens',
  AU: 'Parramatta, Penrith',
  NL: 'Amsterdam, Utrecht',
};

/** "Comma-separated, e.g. North Leeds, Harrogate": the English hint for the feed's region; the Dutch studio keeps its own. */
export function affectsHint(ui: string, zone: string | undefined, own: string): string {
  if (uiLanguage(ui) === 'nl') return own;
  return `Comma-separated, e.g. ${PLACES[REGIONS[zone ?? ''] ?? ''] ?? 'city centre, north district'}`;
}
