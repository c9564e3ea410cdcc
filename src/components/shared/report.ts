/**
 * Page glue for private reporting: elements emit their `clearline-*` event through `track()`,
 * which also queues a scrubbed report line when a report URL applies (the element's `report-url`,
 * else `<meta name="clearline-report-url" content="...">`). The sender (page-reporter.ts) is
 * loaded only then.
 */
import { siteHref } from '../../content/links.js';
import { isExpired, openIncidents, recentlyResolved } from '../../feed/incidents.js';
import type { StatusPayload } from '../../feed/schema.js';
import { uiLanguage } from '../../i18n/lang.js';
import type { EventInput, ReportType } from '../../report/event.js';
import type { ClearlineContactDetail } from './contact-events.js';
import { emit } from './events.js';

type Reporters = typeof import('./page-reporter.js');
let reporters: Promise<Reporters> | undefined;
const loadReporters = () => (reporters ??= import('./page-reporter.js'));

/** The report URL for an element: its own `report-url`, else the page's meta setting; only https or same-site paths. */
export function reportUrl(host: HTMLElement): string | undefined {
  const own =
    (host as HTMLElement & { reportUrl?: string }).reportUrl ||
    host.getAttribute('report-url') ||
    (document.querySelector<HTMLMetaElement>('meta[name="clearline-report-url"]')?.content ?? '');
  return (own && siteHref(own)) || undefined;
}

/** What an element knows about the moment: feed, language, open incidents and the top one's phase. */
export type ReportContext = Pick<EventInput, 'feed' | 'lang' | 'incidents' | 'phase'>;

/**
 * The context of a report line from the status feed an element shows (nothing from an expired feed). With none
 * open, the all-clear of the last hour, which readers still see (banner, help): their contacts then are its
 * aftermath, phase `resolved`, not "no incident open".
 */
export function reportContext(payload: StatusPayload | undefined, lang: string, now = Date.now()): ReportContext {
  const open = payload && !isExpired(payload, now) ? openIncidents(payload) : [];
  const shown = open.length || !payload ? open : recentlyResolved(payload, now).slice(0, 1);
  return { feed: payload?.feed_id, lang: uiLanguage(lang), incidents: shown.map((i) => i.id), phase: shown[0]?.phase ?? 'none' };
}

/** Emits a bubbling, composed `clearline-<type>` event and queues its report line when reporting is on. */
export function track<T extends object>(host: HTMLElement, type: ReportType, detail: T, context: ReportContext, line: Partial<EventInput> = {}): void {
  emit<T>(host, `clearline-${type}`, detail);
  const url = reportUrl(host);
  if (url) {
    const input: EventInput = { ...context, ...(detail as Partial<EventInput>), ...line, type };
    void loadReporters().then((m) => m.reporterFor(url).record(input));
  }
}

/** Where the reader was when following a channel link: the chosen reason, the last search, the answer. */
export type ContactFrom = Partial<Pick<ClearlineContactDetail, 'reason' | 'query' | 'entry'>>;

/** Emits `clearline-contact` (and its report line) for a channel link the reader followed, in any element. */
export function trackContact(host: HTMLElement, channel: string, from: ContactFrom, context: ReportContext): void {
  const detail: ClearlineContactDetail = { channel, incidents: context.incidents ?? [] };
  if (from.reason) detail.reason = from.reason;
  if (from.query) detail.query = from.query;
  if (from.entry) detail.entry = from.entry;
  track(host, 'contact', detail, context);
}

/** Ends the help session for this element's report URL (the launcher calls it when its dialog closes). */
export function endSession(host: HTMLElement): void {
  const url = reportUrl(host);
  if (url) void loadReporters().then((m) => m.reporterFor(url).end());
}
