/**
 * How the studio writes clock times, and which places its English hints name, from the feed's
 * time zone. Decided: the studio writes a time as the reader elements show it on a page in the same
 * language (i18n/lang.ts: `clockTag` and TIME), so the desk reads the time customers read:
 * Dutch in Dutch (09:05); English on a European clock (Europe/London, Europe/Amsterdam…) in British
 * English (09:05, "Wed 2 Dec"), any other zone as an English page without a region shows it
 * (9:05 AM, "Wed, Dec 2"). Two-digit hours since a UK water company's trial: at 2 a.m. "valid until 4:00"
 * read as 4 am or 4 pm. Times are still typed as 14:30.
 * Pure: no DOM.
 */
import { dialLang } from '../../export/dial.js';
import type { TextValue } from '../../feed/schema.js';
import { pickText, uiLanguage } from '../../i18n/lang.js';
import { AFFECTS_EXAMPLES, TEMPLATE_NAMES, type TemplateName } from '../../templates/index.js';
import { localDutch } from '../../templates/belgian.js';

const REGIONS: Readonly<Record<string, string>> = {
  'Europe/London': 'GB',
  'Europe/Belfast': 'GB',
  'Europe/Dublin': 'IE',
  'Europe/Amsterdam': 'NL',
  'Europe/Brussels': 'BE',
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


/** The locale for clock times in a studio in `ui` for a feed in `zone`: `nl`, `en-GB` on a European clock, else `en` (the readers' rule for `lang="en"`). */
export function timeLocale(ui: string, zone: string | undefined): string {
  if (uiLanguage(ui) === 'nl') return 'nl';
  return zone?.startsWith('Europe/') ? 'en-GB' : 'en';
}

/** A clock time (with `more`: the day, seconds) in the feed's zone, with the readers' options. */
export function clockFormat(ui: string, zone: string, more: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const locale = timeLocale(ui, zone);
  return new Intl.DateTimeFormat(locale, { hour: locale === 'en' ? 'numeric' : '2-digit', minute: '2-digit', timeZone: zone, ...more });
}

/**
 * The preview's reader elements: in the language of the feed's own region, as every export writes it (export/dial.ts
 * dialLang): English on a British clock as en-GB, on a US or Canadian one as en-US, Dutch or French on the Belgian one
 * as nl-BE / fr-BE; else as they are. Times are the same either way (the readers' clock rule already reads `en` on a
 * European clock as en-GB). Before, a London bank's desk read "Fraud line: +44 800 015 4456" in the preview, and right
 * under it, in the phone message and e-mail of the same feed, "0800 015 4456", as its en-GB page shows it.
 */
export const previewTag = (lang: string, zone?: string): string => dialLang({ lang, payload: { time_zone: zone } });

/** Places the English "Affects" hint gives as examples, from the feed's region; Dutch places for a Dutch feed. */
const PLACES: Readonly<Record<string, string>> = {
  GB: 'North Leeds, Harrogate',
  IE: 'Cork city, Galway',
  US: 'Brooklyn, Queens',
  AU: 'Parramatta, Penrith',
  NL: 'Amsterdam, Utrecht',
  BE: 'Antwerp, Ghent',
};

/**
 * "Comma-separated, e.g. North Leeds, Harrogate": the English hint for the feed's region; the Dutch studio keeps its own
 * (Amsterdam, Utrecht), but names Flemish places for a feed from Belgium (before, a Flemish school's desk read "Amsterdam, Utrecht").
 * A new incident from a template whose readers are affected by a service (a bank, an app) gets services instead.
 */
export function affectsHint(ui: string, zone: string | undefined, own: string, template?: TemplateName, field?: string): string {
  // A bank's or an app's readers are affected by the service they use, not by where they live (templates/affects.ts), in
  // the field's own language: a Dutch bank's desk read "bijv. pinnen, de app, internetbankieren" under the English field.
  const services = template && AFFECTS_EXAMPLES[template];
  const fieldLang = field?.toLowerCase().split('-')[0];
  // The Dutch as said in Belgium (templates/belgian.ts): "betalen met de kaart, …, online bankieren", not "pinnen" (trial U).
  const said = services && fieldLang === 'nl' ? localDutch(services.nl, field!, zone) : services && fieldLang === 'en' ? services.en : undefined;
  if (uiLanguage(ui) === 'nl') return own.replace('Amsterdam, Utrecht', services ? (said ?? localDutch(services.nl, 'nl', zone)) : REGIONS[zone ?? ''] === 'BE' ? 'Antwerpen, Gent' : 'Amsterdam, Utrecht');
  return `Comma-separated, e.g. ${services ? (said ?? services.en) : PLACES[REGIONS[zone ?? ''] ?? ''] ?? 'city centre, north district'}`;
}

/**
 * The template an incident made in the studio came from, by its id (`cyberattack-2026-12-08-0815`, draft.ts
 * newIncidentId); undefined for other ids. A municipality's update of its cyberattack hinted "bijv. Amsterdam, Utrecht"
 * where the new incident had hinted "de app, Mijn omgeving, e-mail" (trial F).
 */
export function templateOfId(id: string): TemplateName | undefined {
  const m = /^(.+)-\d{4}-\d{2}-\d{2}-\d{4}(?:-\d+)?$/.exec(id);
  return m && (TEMPLATE_NAMES as readonly string[]).includes(m[1]!) ? (m[1] as TemplateName) : undefined;
}

const DROPPED = {
  en: (was: string) => `Readers saw “${was}” under Affects. Emptied, they no longer see who is affected. Still them? Leave it. Everyone now? Say so, e.g. “all customers”.`,
  nl: (was: string) => `Lezers zagen bij Gevolgen voor: “${was}”. Leeg zien ze niet meer voor wie het geldt. Nog steeds voor hen? Laat het staan. Voor iedereen? Zeg dat, bijv. “alle klanten”.`,
} as const;

/**
 * Said in the hint of the first Affects field when an update of an open incident empties it: a telecom's tired 03:00 update
 * dropped "Leeds, Bradford" and readers no longer saw who was affected, with nothing said (trial G). A hint, not a finding:
 * an incident that now affects everyone may rightly drop them. `before`: the incident's affects as published.
 */
export function affectsDropped(ui: string, open: boolean, before: readonly TextValue[] | undefined, typed: Readonly<Record<string, string>>): string | undefined {
  if (!open || !before?.length || Object.values(typed).some((v) => v.trim())) return undefined;
  return DROPPED[uiLanguage(ui)](before.map((a) => pickText(a, ui)).join(', '));
}
