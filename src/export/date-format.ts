/**
 * An Intl.DateTimeFormat made once per locale and options. Every export text makes its clock (text.ts feedClock) with
 * three of them, and making one takes about a millisecond: the SMS beside another open incident is made a few dozen times
 * per call (sms-also.ts), and a quarter of its second went to making the same formats again. A format gives the same
 * text however often it is used. Pure.
 */
const made = new Map<string, Intl.DateTimeFormat>();

/** `new Intl.DateTimeFormat(locale, options)`, the same one for the same arguments (an unknown locale throws as it did). */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  let format = made.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    // Locales and zones come from feeds: a long-running studio keeps at most a few hundred.
    if (made.size >= 500) made.clear();
    made.set(key, format);
  }
  return format;
}
