/**
 * The first Intl date formatter a page creates loads the browser's locale data: 50–150 ms of main
 * thread on the bench machine (2026-11), several times that on a phone. Every element formats
 * times (and the feed check validates its time zone with Intl), so the loader pays that once, in a
 * task of its own, while the element code and the feed are still downloading; the task that first
 * renders the incident then finds the data loaded.
 */
let scheduled = false;

export function warmIntl(el: Element): void {
  if (scheduled) return;
  scheduled = true;
  const tag = el.closest('[lang]')?.getAttribute('lang') || undefined;
  setTimeout(() => {
    try {
      new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit' }).format(0);
    } catch {
      // An invalid language tag: the element reports it where it matters; warm the default.
      new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(0);
    }
  }, 0);
}
