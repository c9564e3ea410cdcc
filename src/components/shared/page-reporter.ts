/**
 * The page's report senders, one per report URL: loaded only when an element has a report URL
 * (see `track()` in report.ts), so pages without reporting never download it.
 */
import { BeaconBatcher } from '../../report/beacon.js';
import type { EventInput } from '../../report/event.js';

/** Counts of what happened in one help session, sent as one `session` line when it ends. */
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

/** Test seam: what the page reporters send with, how they read GPC and the clock. */
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
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.end());
    window.addEventListener('pagehide', () => this.end());
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

export function reporterFor(url: string): PageReporter {
  let r = reporters.get(url);
  if (!r) reporters.set(url, (r = new PageReporter(url)));
  return r;
}
