/**
 * Sends report lines in batches, as NDJSON, with a beacon that carries no cookies. Pure: the
 * transport, clock, timers and the Global Privacy Control signal are injected (the page glue is
 * `components/shared/report.ts`).
 */
import { reportEvent, type EventInput } from './event.js';

export interface BeaconOptions {
  url: string;
  /** Sends one batch; returns false when the browser refused it (then the batch is dropped). */
  sendBeacon: (url: string, body: string) => boolean;
  now?: () => number;
  /** True when the reader's browser signals Global Privacy Control: then nothing is queued or sent. */
  gpc?: () => boolean;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (id: unknown) => void;
  /** Lines per batch (default 20). */
  maxBatch?: number;
  /** Longest time a line waits before its batch is sent (default 10 s). */
  maxDelayMs?: number;
  /** Lines sent per page at most (default 500), so a stuck loop cannot flood the collector. */
  maxLines?: number;
}

export class BeaconBatcher {
  private queue: string[] = [];
  private timer: unknown;
  private sent = 0;
  private readonly o: Required<BeaconOptions>;

  constructor(options: BeaconOptions) {
    this.o = {
      now: Date.now,
      gpc: () => false,
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
      maxBatch: 20,
      maxDelayMs: 10_000,
      maxLines: 500,
      ...options,
    };
  }

  /** Lines waiting to be sent. */
  get pending(): number {
    return this.queue.length;
  }

  /** Queues one event (scrubbed and rounded by `reportEvent`); sends when the batch is full. */
  add(input: EventInput): void {
    if (this.o.gpc()) {
      this.queue = [];
      return;
    }
    if (this.sent + this.queue.length >= this.o.maxLines) return;
    this.queue.push(JSON.stringify(reportEvent(input, this.o.now())));
    if (this.queue.length >= this.o.maxBatch) this.flush();
    else if (this.timer === undefined) this.timer = this.o.setTimeout(() => this.flush(), this.o.maxDelayMs);
  }

  /** Sends what is queued now (the page glue calls this when the page is hidden). */
  flush(): void {
    if (this.timer !== undefined) this.o.clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.queue.length) return;
    const lines = this.queue;
    this.queue = [];
    if (this.o.gpc()) return;
    this.sent += lines.length;
    this.o.sendBeacon(this.o.url, lines.join('\n') + '\n');
  }
}
