/**
 * The first Intl object a page creates loads the browser's locale data: 40–90 ms of main thread
 * in one task on the bench machine (Chromium 156, 2026-12), several times that on a phone. Every
 * element formats times (and the feed check validates its time zone with Intl), so the loader pays
 * that once, while the element code and the feed are still downloading; the task that first
 * renders the incident then finds the data loaded. It does so in steps, each in a task of its own,
 * so the host page gets the main thread in between (in a fresh page: one task of 37–92 ms became
 * tasks of 16–30, 15–28, 4–12 and 1–5 ms: the language, a number, the date and the relative-time
 * formatter; each step loads part of the data the next would otherwise load). Not for Dutch and
 * English in a browser with Temporal: their first render needs no Intl at all (see warmIntl).
 */
let scheduled = false;

/** The languages i18n/clock.ts writes by hand (kept here too: the loader imports no element code; a test compares). */
export const HAND_CLOCK = /^(?:nl|nl-nl|nl-be|en|en-us|en-gb)$/i;

const STEPS: readonly ((tag: string | undefined) => unknown)[] = [
  (tag) => new Intl.Locale(tag ?? 'en').maximize(),
  (tag) => new Intl.NumberFormat(tag).format(1),
  (tag) => new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit' }).format(0),
  (tag) => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }).format(-5, 'minute'),
];

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function warmIntl(el: Element): void {
  const lang = el.closest('[lang]')?.getAttribute('lang') || undefined;
  // Dutch and English times are written without Intl (i18n/clock.ts), and with Temporal the feed's
  // zone is checked without it too (feed/zone.ts): then the first render needs none of this, and
  // loading it would only compete with the element code for the main thread (text 8–13 ms later).
  if (scheduled || (HAND_CLOCK.test(lang || navigator.language) && 'Temporal' in globalThis)) return;
  scheduled = true;
  void (async () => {
    for (const step of STEPS) {
      await nextTask();
      // An invalid language tag throws: the element reports it where it matters; warm the default.
      for (const tag of [lang, undefined]) {
        try {
          step(tag);
          break;
        } catch {
          // try the default
        }
      }
    }
  })();
}
