/**
 * Opening hours on a 12-hour clock, for a desk on a US or Canadian clock (trial Y: a Chicago water utility was shown
 * "Mo-Fr 08:00-20:00" while its readers read "8:00 AM"). The widget reads 24-hour times only (feed/opening-hours.ts,
 * kept as small as it is), so the CLI turns what the desk types ("Mon-Fri 7:00 AM-6:00 PM", "7am-6pm") into that
 * form before it is kept (the CLI, and the studio on leaving the field), and says kept hours back in the desk's form. Pure.
 */

/** An hour 1–12 with optional minutes, then AM or PM ("7 AM", "7:30pm", "7 p.m."). */
const TWELVE = /\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?\s*m\b\.?/gi;

/** `text` with every 12-hour time as the widget reads it: "Mon-Fri 7:00 AM-6:00 PM" → "Mon-Fri 07:00-18:00"; other text unchanged. */
export const twentyFourHourTimes = (text: string): string =>
  text.replace(TWELVE, (_, h: string, m: string | undefined, ap: string) => {
    const hour = (Number(h) % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
    return `${String(hour).padStart(2, '0')}:${m ?? '00'}`;
  });

/** Kept hours as a US or Canadian desk reads them: "Mo-Fr 07:00-18:00" → "Mo-Fr 7:00 AM-6:00 PM" ("24:00" is 12:00 AM). */
export const twelveHourTimes = (text: string): string =>
  text.replace(/\b([01]?\d|2[0-4])[:.]([0-5]\d)\b/g, (_, h: string, m: string) => {
    const hour = Number(h) % 24;
    return `${hour % 12 || 12}:${m} ${hour < 12 ? 'AM' : 'PM'}`;
  });
