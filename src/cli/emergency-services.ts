/**
 * After `clearline new incident`: a reason for a life in danger (the flood's "Someone is in danger from the water", the
 * storm's "A dangerous situation") led readers to "Call now" with the publisher's own lines only. A borough council's
 * flood feed offered "Emergency out-of-hours line: 01422 288001" to someone whose neighbour was in the water, and 999 only
 * as plain words under "Do this now". When the feed lists no public emergency number, say how to add it and name it for
 * that reason: the two commands, with the number of the feed's country (999 in Britain, 911 in the US and Canada). Pure
 * apart from printing.
 */
import { isEmergencyServiceNumber, isNanpZone } from '../feed/dialling.js';
import { pickText } from '../i18n/lang.js';
import type { TextValue } from '../feed/schema.js';
import { TEMPLATES, type TemplateName } from '../templates/index.js';
import type { Obj } from './command.js';

/** The emergency services' number in the feed's time zone: 112 where nothing else is known (all of Europe). */
export function emergencyServicesNumber(zone: string | undefined): string {
  if (!zone) return '112';
  if (/^Europe\/(?:London|Belfast|Guernsey|Jersey|Isle_of_Man)$/.test(zone)) return '999';
  if (isNanpZone(zone)) return '911';
  if (zone.startsWith('Australia/')) return '000';
  if (zone === 'Pacific/Auckland') return '111';
  return '112';
}

const SAID = {
  en: {
    name: 'Police, fire and ambulance',
    hint: (reasons: string, number: string) =>
      `Readers who choose ${reasons} are not offered ${number} under "Call now", only your own lines. Add the emergency services as a line of their own and offer it for that reason:`,
  },
  nl: {
    name: 'Alarmnummer (politie, brandweer, ambulance)',
    hint: (reasons: string, number: string) =>
      `Wie ${reasons} kiest, krijgt onder "Bel nu" geen ${number}, alleen uw eigen lijnen. Zet het alarmnummer erbij als eigen lijn en bied het aan bij die reden:`,
  },
} as const;

/**
 * The lines to print after `new incident` from `template`: empty when the feed has no such reason, or already lists a
 * public emergency number among its channels.
 */
export function emergencyServicesHint(template: TemplateName, feed: Obj, zone: string | undefined, lang: 'en' | 'nl', langs: readonly string[], file: string): string[] {
  const flagged = new Set(TEMPLATES[template].reasons.filter((r) => r.emergencyServices).map((r) => r.id));
  const reasons = (Array.isArray(feed.contact_reasons) ? (feed.contact_reasons as Obj[]) : []).filter((r) => flagged.has(String(r.id)));
  const channels = Array.isArray(feed.channels) ? (feed.channels as Obj[]) : [];
  if (!reasons.length || channels.some((c) => typeof c.href === 'string' && isEmergencyServiceNumber(c.href))) return [];
  const t = SAID[lang];
  const number = emergencyServicesNumber(zone);
  const on = file === 'feed.json' ? '' : ` --feed ${file}`;
  const id = channels.some((c) => c.id === 'emergency-services') ? `emergency-services-${number}` : 'emergency-services';
  const named = reasons.map((r) => `"${pickText(r.label as TextValue, lang)}"`).join(lang === 'nl' ? ' of ' : ' or ');
  // One name per language of the feed, in its order (new channel's --lang default): no English name on a Dutch page.
  const names = langs.map((l) => `--name "${SAID[l.startsWith('nl') ? 'nl' : 'en'].name}"`).join(' ');
  // --channel replaces the reason's list: the lines it names already stay.
  const offered = (r: Obj) => [...(Array.isArray(r.channels) ? r.channels.map(String) : []), id].join(',');
  return [
    t.hint(named, number),
    `  clearline new channel --kind phone --link ${number} ${names} --emergency --id ${id}${on}`,
    ...reasons.map((r) => `  clearline edit reason --id ${String(r.id)} --channel ${offered(r)}${on}`),
  ];
}
