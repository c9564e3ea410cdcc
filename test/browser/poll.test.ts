import { expect, waitUntil } from '@open-wc/testing';
import { importKeys, type PinnedKey } from '../../src/feed/keys.js';
import {
  BACKOFF_CAP_MS,
  backoffMs,
  jittered,
  nextDelayMs,
  parseRetryAfter,
  pollIntervalMs,
  slotDelayMs,
  STEADY_BACKOFF_CAP_MS,
} from '../../src/feed/poll.js';
import { memoryStore } from '../../src/feed/kv-store.js';
import { activeSources } from '../../src/feed/registry.js';
import { FeedSource, type SourceOptions } from '../../src/feed/source.js';
import '../../src/components/status/status.js';
import { FakeTimers, seeded } from './fake-env.js';
import { keygen, MIN, sign, statusFeed, type TestKey } from './helpers.js';

const isoAt = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** A signed envelope valid around the fake time `at`. */
async function envelopeAt(key: TestKey, at: number, seq: number, extra: Record<string, unknown> = {}): Promise<string> {
  const p = statusFeed({ seq, issued_at: isoAt(at - MIN), expires_at: isoAt(at + 6 * 24 * 60 * MIN), ...extra });
  p.incidents[0]!.started_at = isoAt(at - 40 * MIN);
  p.incidents[0]!.updated_at = isoAt(at - 10 * MIN);
  p.incidents[0]!.next_update_at = isoAt(at + 20 * MIN);
  return JSON.stringify(await sign(p, [key]));
}

type Answer = { status?: number; body?: string; headers?: Record<string, string> } | 'throw';

/** A FeedSource on fake timers whose fetch answers from `answer()`; counts requests. */
function harness(keys: PinnedKey[], answer: () => Answer | Promise<Answer>, opts: Partial<SourceOptions<'status'>> = {}) {
  const t = new FakeTimers(Date.now());
  let requests = 0;
  let inflight = 0;
  const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    requests++;
    inflight++;
    try {
      expect(init?.cache).to.equal('no-cache');
      expect(init?.credentials).to.equal('omit');
      const a = await answer();
      if (a === 'throw') throw new TypeError('Failed to fetch');
      return new Response(a.status === 304 ? null : (a.body ?? ''), { status: a.status ?? 200, headers: { 'content-type': 'application/json', ...a.headers } });
    } finally {
      inflight--;
    }
  }) as typeof globalThis.fetch;
  const source = new FeedSource<'status'>({
    kind: 'status',
    url: 'https://feeds.example/status.jws.json',
    keys,
    fetch,
    timers: t.timers,
    now: t.clock,
    random: seeded(7),
    store: memoryStore(),
    ...opts,
  });
  return { t, source, requests: () => requests, inflight: () => inflight };
}

describe('poll schedule (pure)', () => {
  it('clamps poll_seconds to 30-600 s and lets the poll attribute only lower the frequency', () => {
    expect(pollIntervalMs(undefined)).to.equal(60_000);
    expect(pollIntervalMs(5)).to.equal(30_000);
    expect(pollIntervalMs(1)).to.equal(30_000);
    expect(pollIntervalMs(90)).to.equal(90_000);
    expect(pollIntervalMs(5_000)).to.equal(600_000);
    expect(pollIntervalMs(60, 120)).to.equal(120_000);
    expect(pollIntervalMs(60, 10), 'an attribute cannot poll more often than the feed asks').to.equal(60_000);
    expect(pollIntervalMs(5, 10), 'nor below the 30 s clamp').to.equal(30_000);
    expect(pollIntervalMs(60, 1e9)).to.equal(86_400_000);
    expect(pollIntervalMs(60, -5)).to.equal(60_000);
  });

  it('spreads the interval by at most 20 percent', () => {
    expect(jittered(60_000, () => 0)).to.equal(48_000);
    expect(jittered(60_000, () => 0.5)).to.equal(60_000);
    expect(jittered(60_000, () => 0.999999)).to.be.closeTo(72_000, 1);
  });

  it('backs off exponentially with full jitter from 5 s to a 5 min cap', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map((f) => Math.round(backoffMs(f, top) / 1000))).to.deep.equal([5, 10, 20, 40, 80, 160, 300, 300, 300]);
    expect(backoffMs(3, () => 0)).to.equal(0);
    const r = seeded(3);
    for (let i = 0; i < 1000; i++) expect(backoffMs(1 + (i % 12), r)).to.be.within(0, BACKOFF_CAP_MS);
  });

  it('keeps each reader on its own slot: the first poll after arrival anywhere in [0.5, 1.5) intervals, then exactly one interval', () => {
    expect(slotDelayMs(60_000, 0, 0)).to.equal(60_000);
    expect(slotDelayMs(60_000, 0, 0.25)).to.equal(75_000);
    expect(slotDelayMs(60_000, 0, 0.75)).to.equal(45_000);
    expect(slotDelayMs(60_000, 45_000, 0.75)).to.equal(60_000);
    // A crowd arriving in the same second: first polls spread evenly over a whole interval.
    const r = seeded(11);
    const bins = new Array(60).fill(0);
    for (let i = 0; i < 6_000; i++) {
      const d = slotDelayMs(60_000, 1_000_000 + Math.floor(r() * 1000), r());
      expect(d).to.be.within(30_000, 90_000);
      bins[Math.floor((d - 30_000) / 1000)]++;
    }
    expect(Math.max(...bins) / 100, 'no second gets much more than its share').to.be.below(1.5);
    expect(nextDelayMs({ failures: 0, now: 45_000, phase: 0.75 }, () => 0)).to.equal(60_000);
  });

  it('reads Retry-After as seconds or an HTTP date, capped at one hour', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:01:30 GMT', now)).to.equal(90_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('999999', now)).to.equal(3_600_000);
    expect(parseRetryAfter('soon', now)).to.equal(null);
    expect(parseRetryAfter('-5', now)).to.equal(null);
    expect(parseRetryAfter(null, now)).to.equal(null);
  });

  it('never retries sooner than Retry-After, and after success uses the interval again', () => {
    expect(nextDelayMs({ failures: 1, retryAfterMs: 120_000 }, () => 0.5)).to.equal(120_000);
    expect(nextDelayMs({ failures: 1 }, () => 0.5)).to.equal(2_500);
    expect(nextDelayMs({ failures: 0, pollSeconds: 300 }, () => 0.5)).to.equal(300_000);
    expect(nextDelayMs({ failures: 1, attributeSeconds: 600 }, () => 0), 'a poll attribute also slows retries').to.be.at.least(BACKOFF_CAP_MS);
    // With content on screen, a failure makes a reader poll less often than usual: max(Retry-After,
    // interval) doubled per failure, plus up to 20 percent.
    expect(nextDelayMs({ failures: 1, hasDocument: true }, () => 0)).to.equal(120_000);
    expect(nextDelayMs({ failures: 1, hasDocument: true, retryAfterMs: 120_000 }, () => 0)).to.equal(240_000);
    expect(nextDelayMs({ failures: 2, hasDocument: true, retryAfterMs: 120_000 }, () => 0), 'repeated failures back off further').to.equal(480_000);
    expect(nextDelayMs({ failures: 40, hasDocument: true }, () => 0.999)).to.be.within(STEADY_BACKOFF_CAP_MS, STEADY_BACKOFF_CAP_MS * 1.2);
    expect(nextDelayMs({ failures: 1, hasDocument: false }, () => 0.5)).to.equal(2_500);
  });
});

describe('FeedSource polling', () => {
  let key: TestKey;
  let keys: PinnedKey[];
  before(async () => {
    key = await keygen();
    keys = await importKeys([key.publicJwk]);
  });

  it('polls at the signed interval with jitter, one timer at a time', async () => {
    const env = await envelopeAt(key, Date.now(), 10, { poll_seconds: 120 });
    const h = harness(keys, () => ({ body: env }));
    const states: boolean[] = [];
    h.source.subscribe((s) => states.push(!!s.document));
    await h.source.whenIdle();
    expect(h.source.state.document?.payload.seq).to.equal(10);
    for (let i = 0; i < 20; i++) {
      // The first poll lands on this reader's slot within [0.5, 1.5) intervals, the rest one interval apart.
      if (i === 0) expect(h.t.only()).to.be.within(60_000, 180_000);
      else expect(h.t.only()).to.be.closeTo(120_000, 1);
      h.t.fire();
      await h.source.whenIdle();
    }
    expect(h.requests()).to.equal(21);
    h.source.dispose();
    expect(h.t.pending.size).to.equal(0);
  });

  it('backs off on a storm of 500s, honours Retry-After on 429 and 503, and resets after a success', async () => {
    const env = await envelopeAt(key, Date.now(), 11);
    let answer: Answer = { status: 500 };
    const h = harness(keys, () => answer);
    h.source.subscribe(() => {});
    await h.source.whenIdle();
    expect(h.source.state.error?.code).to.equal('network');
    const storm: number[] = [];
    for (let i = 0; i < 30; i++) {
      storm.push(h.t.only());
      h.t.fire();
      await h.source.whenIdle();
    }
    storm.forEach((d, i) => expect(d, `retry ${i + 1}`).to.be.within(0, Math.min(BACKOFF_CAP_MS, 5_000 * 2 ** (i + 1))));
    // Over 30 failures the host saw one request per backoff step, not one per reader per second.
    const spanMs = storm.reduce((a, b) => a + b, 0);
    expect(spanMs / 30, 'average wait during a storm').to.be.above(60_000);

    answer = { status: 429, headers: { 'retry-after': '240' } };
    h.t.fire();
    await h.source.whenIdle();
    expect(h.t.only()).to.be.at.least(240_000);
    const httpDate = new Date(h.t.now + 200_000).toUTCString();
    answer = { status: 503, headers: { 'retry-after': httpDate } };
    h.t.fire();
    await h.source.whenIdle();
    expect(h.t.only()).to.be.within(199_000, 200_000 + BACKOFF_CAP_MS);
    expect(h.t.only()).to.be.at.least(199_000);

    answer = { body: env };
    h.t.fire();
    await h.source.whenIdle();
    expect(h.source.state.error).to.equal(undefined);
    expect(h.t.only(), 'back to its slot within [0.5, 1.5) intervals').to.be.within(30_000, 90_000);
    answer = { status: 500 };
    h.t.fire();
    await h.source.whenIdle();
    // With verified content on screen a reader polls a failing host less often than usual.
    expect(h.t.only(), 'slower than the normal interval with content on screen').to.be.within(120_000, 144_000);
    h.source.dispose();
  });

  it('pauses while hidden or offline and refreshes soon after, only when the data is overdue', async () => {
    const env = await envelopeAt(key, Date.now(), 12);
    const h = harness(keys, () => ({ body: env }));
    h.source.subscribe(() => {});
    await h.source.whenIdle();
    const due = h.source.nextRefreshAt!;
    h.source.setPaused('hidden', true);
    expect(h.t.pending.size).to.equal(0);
    h.t.now += 10_000;
    h.source.setPaused('hidden', false);
    expect(h.t.only(), 'not overdue yet: keeps the schedule').to.equal(due - h.t.now);
    h.source.setPaused('hidden', true);
    h.source.setPaused('offline', true);
    h.t.now += 3_600_000;
    h.source.setPaused('hidden', false);
    // Still offline, in view, past due: no request, only the note that the check could not be made (the data stays).
    const requests = h.requests();
    expect(h.t.only(), 'the note at once: the check is overdue').to.equal(0);
    h.t.fire();
    expect(h.source.state.error?.code).to.equal('network');
    expect(h.source.state.error?.message).to.equal('this device is offline');
    expect(h.source.state.document?.payload.seq).to.equal(12);
    expect(h.t.pending.size, 'nothing more while offline').to.equal(0);
    expect(h.requests()).to.equal(requests);
    h.source.setPaused('offline', false);
    expect(h.t.only(), 'overdue: soon').to.be.at.most(2_000);
    const before = h.requests();
    h.t.fire();
    await h.source.whenIdle();
    expect(h.requests()).to.equal(before + 1);
    h.source.dispose();
  });

  it('offline before a check is due: nothing is said until it would have been made', async () => {
    const env = await envelopeAt(key, Date.now(), 13);
    const h = harness(keys, () => ({ body: env }));
    h.source.subscribe(() => {});
    await h.source.whenIdle();
    const due = h.source.nextRefreshAt!;
    h.source.setPaused('offline', true);
    expect(h.t.only(), 'a moment offline (a tunnel) says nothing before the check is due').to.equal(due - h.t.now);
    h.source.setPaused('offline', false);
    expect(h.source.state.error).to.equal(undefined);
    h.source.dispose();
  });

  it('a 304 with nothing cached is a network error, never a blank or an all-clear', async () => {
    const h = harness(keys, () => ({ status: 304 }));
    h.source.subscribe(() => {});
    await h.source.whenIdle();
    expect(h.source.state.error?.code).to.equal('network');
    expect(h.source.state.document).to.equal(undefined);
    h.source.dispose();
  });

  it('with lingerMs: no polling while nobody is subscribed, polling where it was on return, ended when the time is up', async () => {
    const env = await envelopeAt(key, Date.now(), 500);
    let idle = 0;
    const h = harness(keys, () => ({ body: env }), { lingerMs: 60_000 });
    const source = new FeedSource<'status'>({ ...h.source.options }, () => idle++);
    const t = h.t;
    let off = source.subscribe(() => {});
    await source.whenIdle();
    const requests = h.requests();
    expect(source.timerPending).to.equal(true);
    off();
    expect(source.timerPending, 'no poll while lingering').to.equal(false);
    expect(t.only()).to.equal(60_000);
    // Back within the minute: the document at once, the poll timer armed again, no request.
    let seen: unknown;
    off = source.subscribe((state) => (seen = state.document?.payload.seq));
    expect(seen).to.equal(500);
    expect(source.timerPending).to.equal(true);
    expect(h.requests()).to.equal(requests);
    off();
    t.fire();
    expect(idle, 'ended after the minute').to.equal(1);
    expect(t.pending.size).to.equal(0);
    expect(h.requests()).to.equal(requests);
  });

  it('stops its timer and aborts its request when the last subscriber leaves', async () => {
    let aborted = false;
    const t = new FakeTimers();
    const source = new FeedSource<'status'>({
      kind: 'status',
      url: 'https://feeds.example/hang.json',
      keys,
      timers: t.timers,
      now: t.clock,
      store: null,
      fetch: ((_u: unknown, init?: RequestInit) =>
        new Promise((_, reject) => init?.signal?.addEventListener('abort', () => ((aborted = true), reject(init.signal!.reason))))) as typeof fetch,
    });
    const off = source.subscribe(() => {});
    await new Promise((r) => setTimeout(r, 20));
    off();
    await new Promise((r) => setTimeout(r, 0));
    expect(aborted).to.equal(true);
    expect(t.pending.size).to.equal(0);
  });

  it('soak: 10,000 poll cycles leave one timer, no request in flight and no growth', async function () {
    this.timeout(120_000);
    let seq = 100;
    let env = '';
    let validUntil = 0;
    let cycle = 0;
    const rnd = seeded(11);
    const h = harness(keys, async () => {
      cycle++;
      const r = rnd();
      if (r < 0.15) return { status: 500 };
      if (r < 0.2) return { status: 429, headers: { 'retry-after': '31' } };
      if (r < 0.25) return 'throw';
      if (h.t.now > validUntil - 86_400_000) {
        env = await envelopeAt(key, h.t.now, ++seq);
        validUntil = h.t.now + 6 * 86_400_000;
      }
      return { body: env };
    });
    const seen: number[] = [];
    h.source.subscribe((s) => seen.push(s.document?.payload.seq ?? 0));
    await h.source.whenIdle();
    const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
    // Chromium runs with --expose-gc and precise memory info (web-test-runner.config.js).
    const gc = (window as unknown as { gc?: () => void }).gc;
    expect(gc, 'window.gc (Chromium started with --js-flags=--expose-gc)').to.be.a('function');
    const heapAfterGc = async () => {
      gc!();
      await new Promise((r) => setTimeout(r, 0));
      gc!();
      return heap();
    };
    const heapStart = heap();
    let heapWarm = 0;
    for (let i = 0; i < 10_000; i++) {
      if (i === 2_000) heapWarm = await heapAfterGc();
      if (i % 97 === 0) h.source.setPaused('hidden', true);
      if (i % 97 === 3) h.source.setPaused('hidden', false);
      if (i % 389 === 5) h.source.setPaused('offline', true);
      if (i % 389 === 9) h.source.setPaused('offline', false);
      if (h.t.pending.size === 0) continue;
      expect(h.t.pending.size).to.equal(1);
      h.t.fire();
      await h.source.whenIdle();
      expect(h.inflight()).to.equal(0);
    }
    h.source.setPaused('hidden', false);
    h.source.setPaused('offline', false);
    expect(h.t.pending.size).to.equal(1);
    expect(cycle).to.be.above(9_000);
    expect(h.source.state.document?.payload.seq).to.equal(seq);
    // One listener, one timer; the state object holds one document, not a history.
    expect(Object.keys(h.source.state).sort()).to.deep.equal(['confirmedAt', 'document', 'error', 'loading']);
    // After warm-up, 8,000 more cycles must not keep memory: a leak of one response per cycle would show.
    const heapEnd = await heapAfterGc();
    expect(heapEnd - heapWarm, `heap after GC grew from ${heapWarm} to ${heapEnd} bytes`).to.be.below(1_000_000);
    h.source.dispose();
    expect(h.t.pending.size).to.equal(0);
    console.log(`soak: heap after GC ${(heapWarm / 1e6).toFixed(2)} MB at cycle 2,000 -> ${(heapEnd / 1e6).toFixed(2)} MB at the end;`, ` ${cycle} requests, ${h.t.delays.length} timers set, heap ${(heapStart / 1e6).toFixed(1)} MB -> ${(heap() / 1e6).toFixed(1)} MB, ${((h.t.now - Date.now()) / 86_400_000).toFixed(1)} simulated days`);
  });
});

describe('<clearline-status> polling wiring', () => {
  let key: TestKey;
  const realFetch = window.fetch;
  let requests = 0;
  before(async () => {
    key = await keygen();
    window.fetch = ((...args: Parameters<typeof fetch>) => (requests++, realFetch(...args))) as typeof fetch;
  });
  after(() => {
    window.fetch = realFetch;
  });

  const blobFeed = async () => URL.createObjectURL(new Blob([JSON.stringify(await sign(statusFeed(), [key]))], { type: 'application/json' }));

  it('one request and one poller per feed whatever the number of elements; removal stops it', async () => {
    const src = await blobFeed();
    requests = 0;
    const els = Array.from({ length: 5 }, () => {
      const el = document.createElement('clearline-status');
      el.setAttribute('src', src);
      el.setAttribute('public-key', JSON.stringify(key.publicJwk));
      document.body.append(el);
      return el;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(requests).to.equal(1);
    const mine = [...activeSources()].filter((s) => s.options.url === src);
    expect(mine.length).to.equal(1);
    expect(mine[0]!.timerPending).to.equal(true);
    els.forEach((e) => e.remove());
    expect(mine[0]!.timerPending).to.equal(false);
    // It lingers a minute without polling (a single-page app's route change adds the elements again), then ends;
    // meanwhile it is not offered to other elements (an FAQ would take the status of the page left).
    expect(mine[0]!.isLingering).to.equal(true);
    expect([...activeSources()].includes(mine[0]!)).to.equal(false);
    mine[0]!.dispose();
    expect([...activeSources()].some((s) => s.options.url === src)).to.equal(false);
  });

  it('an element added again after all were removed (a route change) draws the document at once, with no new request (trial J)', async () => {
    const src = await blobFeed();
    requests = 0;
    const make = () => {
      const el = document.createElement('clearline-status');
      el.setAttribute('src', src);
      el.setAttribute('public-key', JSON.stringify(key.publicJwk));
      return el;
    };
    const first = make();
    document.body.append(first);
    await waitUntil(() => first.shadowRoot?.querySelector('[part~=incident]'), 'first load');
    first.remove();
    for (let i = 0; i < 5; i++) {
      const again = make();
      document.body.append(again);
      await (again as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(again.shadowRoot!.querySelector('[part~=incident]'), `return ${i + 1}: drawn in its first render`).to.not.equal(null);
      again.remove();
    }
    expect(requests, 'one request for six mounts').to.equal(1);
    [...activeSources()].filter((s) => s.options.url === src).forEach((s) => s.dispose());
  });

  it('pauses on visibilitychange to hidden and leaves no page listeners after 500 mounts', async () => {
    const src = await blobFeed();
    const counts = new Map<string, number>();
    const targets = [document, window] as EventTarget[];
    const orig = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
    targets.forEach((t, i) => {
      t.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        counts.set(type, (counts.get(type) ?? 0) + 1);
        return (orig[i]![0] as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof t.addEventListener;
      t.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        counts.set(type, (counts.get(type) ?? 0) - 1);
        return (orig[i]![1] as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof t.removeEventListener;
    });
    try {
      const el = document.createElement('clearline-status');
      el.setAttribute('src', src);
      el.setAttribute('public-key', JSON.stringify(key.publicJwk));
      document.body.append(el);
      await new Promise((r) => setTimeout(r, 300));
      const source = [...activeSources()].find((s) => s.options.url === src)!;
      expect(source.timerPending).to.equal(true);
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(source.timerPending, 'hidden: paused').to.equal(false);
      delete (document as { hidden?: boolean }).hidden;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(source.timerPending, 'visible again').to.equal(true);
      el.remove();
      for (let i = 0; i < 500; i++) {
        document.body.append(el);
        el.remove();
      }
      await new Promise((r) => setTimeout(r, 50));
      for (const type of ['visibilitychange', 'online', 'offline', 'storage']) expect(counts.get(type) ?? 0, type).to.equal(0);
    } finally {
      targets.forEach((t, i) => {
        t.addEventListener = orig[i]![0];
        t.removeEventListener = orig[i]![1];
      });
    }
  });
});
