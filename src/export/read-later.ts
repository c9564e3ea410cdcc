/**
 * A line's opening hours in the texts read later than they are made: the e-mail and the page without script. An e-mail
 * sent at 05:40 said "Customer service: 0161 496 0123 (Closed now, opens at 07:00; …)" and was read at 08:30, when the
 * line was open (trial O). There a line closed now by its `opening_hours` says when it is open ("Open Mon–Fri
 * 07:00–20:00; Sat–Sun 08:00–18:00"), or nothing more when the channel's own `hours` ("Mon to Fri 7am to 8pm") say it;
 * no "closed now", and still no wait. The phone message and the elements, heard or read at once, keep "Closed now".
 * A line closed for the coming week (opens: null) stays "Closed now". Pure.
 */
import { parseOpeningHours, type Week } from '../feed/opening-hours.js';
import { usEnglish } from './dial.js';
import type { ChannelView, Context } from './text.js';

const WORDS = {
  en: { open: 'Open', everyDay: 'Open every day', days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], and: ' and ' },
  nl: { open: 'Open', everyDay: 'Elke dag open', days: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'], and: ' en ' },
} as const;

/** "07:00", or "7:00 AM" in American English; past midnight as the next day's time ("22:00–02:00"). */
function clock(minutes: number, us: boolean): string {
  const m = minutes % 1440;
  const [h, mm] = [Math.floor(m / 60), String(m % 60).padStart(2, '0')];
  return us ? `${h % 12 || 12}:${mm} ${h < 12 ? 'AM' : 'PM'}` : `${String(h).padStart(2, '0')}:${mm}`;
}

/** "Open Mon–Fri 07:00–20:00; Sat–Sun 08:00–18:00", "Elke dag open 06:00–22:00": days with the same hours together, Monday first. */
export function openingHoursWords(week: Week, lang: string, us = false, suffix = ''): string {
  const w = /^nl\b/i.test(lang) ? WORDS.nl : WORDS.en;
  const spans = week.map((day) => day.map(([a, b]) => `${clock(a, us)}–${clock(b, us)}`).join(w.and));
  if (spans.every((s) => s && s === spans[0])) return `${w.everyDay} ${spans[0]}${suffix}`;
  const groups: string[] = [];
  for (let d = 0; d < 7; ) {
    let e = d;
    while (e < 6 && spans[e + 1] === spans[d]) e++;
    if (spans[d]) groups.push(`${w.days[d]}${e > d ? `–${w.days[e]}` : ''} ${spans[d]}${suffix}`);
    d = e + 1;
  }
  return `${w.open} ${groups.join('; ')}`;
}

/** The channels as the e-mail and the page without script show them: a line closed now by its hours says when it is open. */
export function readLater(ctx: Context, views: ChannelView[]): ChannelView[] {
  const zone = ctx.payload.time_zone;
  return views.map((v) => {
    if (v.opens === undefined || v.opens === null) return v;
    const week = parseOpeningHours(ctx.payload.channels.find((c) => c.id === v.id)?.opening_hours ?? '');
    if (v.hours.trim() || !week) return { ...v, wait: v.hours.trim() ? '' : v.wait };
    return { ...v, wait: openingHoursWords(week, ctx.lang, usEnglish(ctx.lang, zone), zone ? '' : ' UTC') };
  });
}
