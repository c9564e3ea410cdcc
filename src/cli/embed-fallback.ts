/**
 * The words keygen's embed code puts in `slot="fallback"` of status and help: what a first visitor reads when no verified
 * status can be shown (the host down, a forged feed). The feed's own emergency lines when feed.json has them ("Ruikt u
 * gas? Bel direct: 0800 9009. Levensgevaar? Bel 112."), else its time zone's number, else a placeholder to fill in. Trial R
 * copied the embed code as printed and its Help dialog offered no number at all, not even the gas line.
 */
import { formatTel, labelSeparator, numberInLabel, numberLang } from '../content/links.js';
import { emergencyServicesNumber, isCountryEmergencyNumber } from '../feed/dialling.js';
import { pickText } from '../i18n/lang.js';
import type { UiLanguage } from '../i18n/terms.js';
import type { TextValue } from '../feed/schema.js';
import { isObj } from './command.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The feed's emergency phone lines as one sentence each, in `lang` (else the feed's first language); '' when it has none. */
export function emergencyWords(feed: unknown, lang: string): string {
  if (!isObj(feed) || !Array.isArray(feed.channels)) return '';
  const zone = typeof feed.time_zone === 'string' ? feed.time_zone : undefined;
  const said = feed.channels.flatMap((c) => {
    if (!isObj(c) || c.emergency !== true || typeof c.href !== 'string' || !/^tel:/.test(c.href)) return [];
    const label = pickText(c.label as TextValue, lang).trim();
    if (!label) return [];
    const dial = numberLang(lang, zone);
    const number = numberInLabel(label, c.href, dial) ? '' : `${labelSeparator(label)}${formatTel(c.href, dial)}`;
    return [`${label}${number}`.replace(/[.!?]?$/, (end) => end || '.')];
  });
  return esc(said.join(' '));
}

/**
 * The public emergency number a feed's time zone tells for sure (999 on a British or Irish clock, 911 on a US or Canadian
 * one, 000 in Australia, 112 in the rest of Europe), else undefined: UTC or a zone outside those countries says nothing,
 * and 112 there would be a guess.
 */
export function zoneEmergencyNumber(zone: unknown): string | undefined {
  if (typeof zone !== 'string' || !zone) return undefined;
  const n = emergencyServicesNumber(zone);
  return n !== '112' || /^Europe\//i.test(zone) ? n : undefined;
}

const PREFIX = {
  en: 'Check the fallback in the embed code before it goes on your site (slot="fallback": what readers see when the status cannot be loaded): ',
  nl: 'Controleer de fallback in de insluitcode voordat die op uw site komt (slot="fallback": wat lezers zien als de status niet te laden is): ',
} as const;

/**
 * Trial Z: a hospital trust's feed on Europe/London got "Emergency? Call [[TODO: your emergency number]]." in its embed
 * code, though 999 is known there: a site owner who forgot to edit it showed patients the mark exactly when the feed failed.
 */
const WORDS = {
  en: {
    alone: (n: string) => `Emergency? Call ${n}.`,
    after: (n: string) => `Life in danger? Call ${n}.`,
    todo: 'Emergency? Call [[TODO: your emergency number]].',
    feed: (n?: string) => `it names the emergency lines of your feed${n ? ` and ${n}` : ''}.`,
    zone: (n: string, zone: string) => `it names only ${n}, the emergency number for your feed's time zone (${zone}); add your own urgent line if you have one.`,
    noZone: "replace [[TODO: your emergency number]] with your emergency number (there is no feed here with a country's time zone to tell it from): readers see the mark as it is.",
  },
  nl: {
    alone: (n: string) => `Noodgeval? Bel ${n}.`,
    after: (n: string) => `Levensgevaar? Bel ${n}.`,
    todo: 'Nood? Bel [[TODO: uw noodnummer]]. Levensgevaar: 112.',
    feed: (n?: string) => `die noemt de noodnummers van uw feed${n ? ` en ${n}` : ''}.`,
    zone: (n: string, zone: string) => `die noemt alleen ${n}, het alarmnummer bij de tijdzone van uw feed (${zone}); zet uw eigen spoedlijn erbij als u die hebt.`,
    noZone: 'vervang [[TODO: uw noodnummer]] door uw noodnummer (hier is geen feed met de tijdzone van een land om het uit af te leiden): lezers zien de markering anders zoals ze is.',
  },
} as const;

/**
 * What the fallback says (HTML-escaped) and the one line for standard error asking the desk to check it: the feed's own
 * emergency lines, with the zone's public number after them when none of them is it; else the zone's number alone; else
 * (no feed, UTC, a zone of no known country) the placeholder, the only thing clearline cannot know.
 */
export function embedFallback(feed: unknown, lang: UiLanguage): { words: string; check: string } {
  const t = WORDS[lang];
  const zone = isObj(feed) && typeof feed.time_zone === 'string' ? feed.time_zone : undefined;
  const number = zoneEmergencyNumber(zone);
  const own = emergencyWords(feed, lang);
  const lines = isObj(feed) && Array.isArray(feed.channels) ? feed.channels : [];
  const hasPublic = lines.some((c) => isObj(c) && c.emergency === true && isCountryEmergencyNumber(c.href, zone));
  if (own) {
    const add = number && !hasPublic ? number : undefined;
    return { words: add ? `${own} ${t.after(add)}` : own, check: PREFIX[lang] + t.feed(add) };
  }
  if (number) return { words: t.alone(number), check: PREFIX[lang] + t.zone(number, zone!) };
  return { words: t.todo, check: PREFIX[lang] + t.noZone };
}
