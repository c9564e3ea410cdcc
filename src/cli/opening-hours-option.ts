/**
 * `--opening-hours` of `new channel` and `edit channel`: the channel's `opening_hours` (feed/opening-hours.ts), so
 * readers see a line as closed outside them, without its wait. Without it, `--hours` written as the widget reads them
 * ("24/7", "Mo-Fr 08:00-20:00", "ma-vr 8.00-17.00", "Mon–Fri 08:00–18:00", "Mon-Fri 7:00 AM-6:00 PM") count as both: a desk that wrote its hours that way meant them.
 * Text the widget cannot read is kept, and the schema refuses it with the forms it reads, before anything is written.
 */
import { parseOpeningHours } from '../feed/opening-hours.js';
import type { ChannelTerms } from './channel-terms.js';
import { shortDayNames } from './day-names.js';
import { twentyFourHourTimes } from '../feed/hours-clock.js';

type Obj = Record<string, unknown>;

/** Sets or removes ("none", "geen", "-") the channel's opening_hours. */
export function applyOpeningHours(channel: Obj, given: string | undefined, hours: readonly string[]): void {
  const text = given?.trim();
  if (text !== undefined && /^(none|-|geen)$/i.test(text)) {
    delete channel.opening_hours;
    return;
  }
  // "Mon–Fri 08:00–18:00" as the widget reads it ("Mo–Fr 08:00–18:00"), the desk's own times (day-names.ts).
  // "Mon-Fri 7:00 AM-6:00 PM", as a US desk types them, in the 24-hour form the widget reads (feed/hours-clock.ts).
  const readable = (h: string) => [h.trim(), shortDayNames(h.trim()), shortDayNames(twentyFourHourTimes(h.trim()))].find((x) => parseOpeningHours(x));
  const value = text === undefined ? hours.map(readable).find((h) => h !== undefined) : (readable(text) ?? text);
  if (value !== undefined) channel.opening_hours = value;
}

/** The name readers see, in `lang` where the channel has it: the desk was told what readers see of "store", its id. */
export const shownName = (channel: Obj, lang: string): string => {
  const label = channel.label;
  const text = typeof label === 'string' ? label : label && typeof label === 'object' ? ((label as Obj)[lang] ?? Object.values(label)[0]) : undefined;
  return typeof text === 'string' && text.trim() ? text.trim() : String(channel.id);
};

/** What the desk is told after adding or changing a channel: when readers see it closed, or how to let the widget tell. */
export function openingHoursSaid(channel: Obj, file: string, zone: string, t: ChannelTerms, lang: string): string | undefined {
  // "24/7": never closed, nothing to say.
  if (typeof channel.opening_hours === 'string') return channel.opening_hours.trim() === '24/7' ? undefined : t.openingHours(shownName(channel, lang), channel.opening_hours, zone);
  // An emergency line is open day and night, or says when to call in its reason.
  if (channel.hours !== undefined && channel.emergency !== true) return t.noOpeningHours(String(channel.id), file, zone);
  return undefined;
}
