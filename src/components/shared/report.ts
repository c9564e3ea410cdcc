/**
 * Page glue for private reporting: elements emit their `clearline-*` event through `track()`,
 * which also queues a scrubbed report line when a report URL applies (the element's `report-url`,
 * else `<meta name="clearline-report-url" content="...">`). One batcher per URL for the page.
 */
import { siteHref } from '../../content/links.js';
import { isExpired, openIncidents } from '../../feed/incidents.js';
import type { StatusPayload } from '../../feed/schema.js';
import { uiLanguage } from '../../i18n/lang.js';
import { BeaconBatcher } from '../../report/beacon.js';
import type { EventInput, ReportType } from '../../report/event.js';
import { emit } from './events.js';

/** Counts of what happened in one help session, sent as one `session` line when the page is hidden. */
interface Session {
  searches: number;
  opened: number;
  yes: number;
  no: number;
  reasons: number;
  contacts: number;
}

const empty = (): Session => ({ searches: 0, opened: 0, yes: 0, no: 0, reasons: 0, contacts: 0 });

/** Transport: a keepalive POST that omits cookies and the referrer (sendBeacon always sends cookies). */
export function beaconTransport(url: string, body: string): boolean {
  try {
    void fetch(url, {
      method: 'POST',
      body,
      keepalive: true,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      mode: 'no-cors',
      cache: 'no-store',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
    }).catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}

export const gpcSignal = () => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;

/** Test seam: what the page reporters send with and how they read GPC. */
export const reportEnvironment = { sendBeacon: beaconTransport, gpc: gpcSignal, now: () => Date.now() };

class PageReporter {
  readonly batcher: BeaconBatcher;
  private session = empty();
  private last: EventInput = { type: 'session' };

  constructor(url: string) {
    this.batcher = new BeaconBatcher({
      url,
      sendBeacon: (u, b) => reportEnvironment.sendBeacon(u, b),
      gpc: () => reportEnvironment.gpc(),
      now: () => reportEnvironment.now(),
    });
    const hide = () => this.end();
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && hide());
    window.addEventListener('pagehide', hide);
  }

  record(input: EventInput): void {
    this.batcher.add(input);
    this.last = { type: 'session', feed: input.feed, lang: input.lang, incidents: input.incidents, phase: input.phase };
    const s = this.session;
    if (input.type === 'search') s.searches++;
    else if (input.type === 'open') s.opened++;
    else if (input.type === 'feedback') input.helpful ? s.yes++ : s.no++;
    else if (input.type === 'reason') s.reasons++;
    else if (input.type === 'contact') s.contacts++;
  }

  /** Closes the help session (dialog closed or page hidden): one summary line, then send everything. */
  end(): void {
    const s = this.session;
    if (Object.values(s).some((n) => n > 0)) this.batcher.add({ ...this.last, type: 'session', ...s });
    this.session = empty();
    this.batcher.flush();
  }
}

const reporters = new Map<string, PageReporter>();

/** The report URL for an element: its own `report-url`, else the page's meta setting; only https or same-site paths. */
export function reportUrl(host: HTMLElement): string | undefined {
  const own = (host as HTMLElement & { reportUrl?: string }).reportUrl || host.getAttribute('report-url') || (document.querySelector<HTMLMetaElement>('meta[name="clearline-report-url"]')?.content ?? '');
  return (own && siteHref(own)) || undefined;
}

export function reporterFor(host: HTMLElement): PageReporter | undefined {
  const url = reportUrl(host);
  if (!url) return undefined;
  let r = reporters.get(url);
  if (!r) reporters.set(url, (r = new PageReporter(url)));
  return r;
}

/** What an element knows about the moment: feed, language, open incidents and the top one's phase. */
export type ReportContext = Pick<EventInput, 'feed' | 'lang' | 'incidents' | 'phase'>;

/** The context of a report line from the status feed an element shows (nothing from an expired feed). */
export function reportContext(payload: StatusPayload | undefined, lang: string, now = Date.now()): ReportContext {
  const open = payload && !isExpired(payload, now) ? openIncidents(payload) : [];
  return { feed: payload?.feed_id, lang: uiLanguage(lang), incidents: open.map((i) => i.id), phase: open[0]?.phase ?? 'none' };
}

/** Emits a bubbling, composed `clearline-<type>` event and queues its report line when reporting is on. */
export function track<T extends object>(host: HTMLElement, type: ReportType, detail: T, context: ReportContext, line: Partial<EventInput> = {}): void {
  emit<T>(host, `clearline-${type}`, detail);
  reporterFor(host)?.record({ ...context, ...(detail as Partial<EventInput>), ...line, type });
}

/** Ends the help session for this element's report URL (the launcher calls it when its dialog closes). */
export function endSession(host: HTMLElement): void {
  reporterFor(host)?.end();
}
