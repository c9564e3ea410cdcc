// Feed host load. (1) Bytes of one revalidation (request + 304) measured from Chromium against
// the bench server, times the poll rate. (2) 1,000 clients running the real polling code
// (FeedSource from src/feed/source.ts + src/feed/poll.ts, bundled with esbuild) under fake timers
// for 10 simulated minutes, against a simulated host that answers 304 while the feed is
// unchanged, optionally 503 for a while.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROMIUM } from './lib/machine.mjs';
import { ROOT, benchKeyAndFeed } from './lib/feeds.mjs';
import { startServer } from './lib/server.mjs';
import { summarize } from './lib/stats.mjs';

const CLIENTS = 1000;
const SIM_MS = 10 * 60_000;

async function bundleFeedSrc() {
  const src = join(ROOT, 'src', 'feed', 'index.ts');
  const out = join(ROOT, 'bench', '.tmp', 'feed-src.mjs');
  await mkdir(join(ROOT, 'bench', '.tmp'), { recursive: true });
  await build({ entryPoints: [src], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'error' });
  return import(pathToFileURL(out).href + `?t=${Date.now()}`);
}

/** One conditional revalidation as Chromium sends it (fetch with cache: 'no-cache'), in bytes. */
export async function revalidationBytes() {
  const { envelope } = await benchKeyAndFeed();
  const routes = new Map([
    ['/bench/feed.jws.json', { body: envelope, type: 'application/json', headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } }],
    ['/bench/blank.html', { body: '<!doctype html><title>x</title>', type: 'text/html' }],
  ]);
  const server = await startServer({ root: ROOT, routes });
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROME_ARGS });
  try {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}/bench/blank.html`);
    await tab.evaluate(async () => {
      const { fetchText } = await import('/dist/feed.js');
      for (let i = 0; i < 3; i++) await fetchText('/bench/feed.jws.json');
    });
    const feed = server.log.filter((r) => r.path === '/bench/feed.jws.json');
    const first = feed[0];
    const reval = feed.filter((r) => r.status === 304);
    if (!reval.length) throw new Error(`no 304 seen (statuses ${feed.map((r) => r.status).join(',')})`);
    const r = reval.at(-1);
    return {
      fullLoadBytes: first.requestBytes + first.headerBytes + first.bodyBytes,
      bytesPer304: r.requestBytes + r.headerBytes,
      requestBytes: r.requestBytes,
      responseBytes: r.headerBytes,
      feedBodyBytes: first.bodyBytes,
      note: 'HTTP/1.1 header bytes as sent by Chromium fetch(cache: no-cache) and answered by the bench server; no TLS/TCP overhead',
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A small seeded PRNG so each simulation is reproducible. */
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const memoryStore = () => {
  const m = new Map();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k) };
};

/**
 * scenario: { arrivalMs: clients arrive uniformly in [0, arrivalMs); outage: [fromMs, toMs, retryAfterSeconds|null] }
 */
async function simulate(lib, feed, scenario, seed = 1) {
  const { envelope, key } = feed;
  const t0 = Date.now();
  let now = t0;
  const random = mulberry32(seed);
  const heap = []; // [due, seq, fn, client]
  let seqNo = 0;
  const push = (item) => {
    heap.push(item);
    heap.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  };
  const requests = [];
  const ETAG = '"v1"';
  const host = (t, conditional) => {
    const o = scenario.outage;
    if (o && t >= t0 + o[0] && t < t0 + o[1]) return { status: 503, retryAfter: o[2] };
    return { status: conditional ? 304 : 200 };
  };
  const sources = [];
  const pending = new Set();
  for (let c = 0; c < CLIENTS; c++) {
    const httpCache = { etag: null };
    const fetch = async (_url, init) => {
      init?.signal?.throwIfAborted?.();
      const conditional = httpCache.etag !== null && init?.cache !== 'reload';
      const r = host(now, conditional);
      requests.push({ t: now - t0, status: r.status, client: c });
      if (r.status === 503) {
        const headers = { 'content-type': 'text/plain' };
        if (r.retryAfter != null) headers['retry-after'] = String(r.retryAfter);
        return new Response('busy', { status: 503, headers });
      }
      httpCache.etag = ETAG; // what the browser's HTTP cache does: a 304 is served as a 200 from cache
      return new Response(envelope, { status: 200, headers: { 'content-type': 'application/json', etag: ETAG } });
    };
    const timers = {
      setTimeout: (fn, ms) => {
        const item = [now + Math.max(0, ms), ++seqNo, fn, c];
        push(item);
        return item;
      },
      clearTimeout: (item) => {
        const i = heap.indexOf(item);
        if (i >= 0) heap.splice(i, 1);
      },
    };
    const source = new lib.FeedSource({
      kind: 'status', url: 'https://status.example/feed.jws.json', keys: [key.publicJwk], feedId: 'example-air',
      fetch, timers, random, now: () => now, store: memoryStore(), cache: memoryStore(),
    });
    sources.push(source);
    const arrive = Math.floor(random() * scenario.arrivalMs);
    push([t0 + arrive, ++seqNo, () => source.subscribe(() => {}), c]);
  }
  // Run: pop the earliest timer, set the clock, run it, wait for that client's load to settle.
  while (heap.length && heap[0][0] <= t0 + SIM_MS) {
    const [due, , fn, c] = heap.shift();
    now = due;
    fn();
    await sources[c].whenIdle();
  }
  for (const s of sources) s.dispose();
  return requests;
}

function rates(requests, fromMs, toMs) {
  const secs = Math.round((toMs - fromMs) / 1000);
  const bins = new Array(secs).fill(0);
  for (const r of requests) if (r.t >= fromMs && r.t < toMs) bins[Math.floor((r.t - fromMs) / 1000)]++;
  const total = bins.reduce((a, b) => a + b, 0);
  const mean = total / secs;
  return { requests: total, perSecond: Number(mean.toFixed(2)), peakSecond: Math.max(...bins), peakToMean: mean ? Number((Math.max(...bins) / mean).toFixed(2)) : null };
}

/**
 * What independent readers cannot beat: each of `clients` readers on its own uniformly random
 * phase of the interval, one request per interval, counted in one-second bins. The busiest bin
 * over the mean, for `trials` draws of the phases (seeded). No reader knows the others' phases,
 * so a planner that keeps every reader exactly on its phase reaches this and nothing lower.
 */
export function independentPhaseFloor({ clients = CLIENTS, bins = 60, trials = 2000, seed = 7 } = {}) {
  const random = mulberry32(seed);
  const ratios = [];
  for (let t = 0; t < trials; t++) {
    const counts = new Array(bins).fill(0);
    for (let c = 0; c < clients; c++) counts[Math.floor(random() * bins)]++;
    ratios.push(Number((Math.max(...counts) / (clients / bins)).toFixed(2)));
  }
  return { ...summarize(ratios, 2), atMost1_5: Number((ratios.filter((r) => r <= 1.5).length / trials).toFixed(2)), trials };
}

export async function runHostLoad({ log = console.log, seeds = [1, 2, 3] } = {}) {
  if (!existsSync(join(ROOT, 'src', 'feed', 'poll.ts'))) return { pending: 'src/feed/poll.ts does not exist yet (issue 5)' };
  const lib = await bundleFeedSrc();
  const feed = await benchKeyAndFeed();
  const bytes = await revalidationBytes();
  const interval = lib.DEFAULT_POLL_SECONDS ?? 60;
  const perHour = (s) => ({ pollSeconds: s, requestsPerClientHour: 3600 / s, bytesPerClientHour: Math.round((3600 / s) * bytes.bytesPer304) });
  const analytic = [lib.POLL_MIN_SECONDS ?? 30, interval, 300].map(perHour);
  log(`  host load: ${bytes.bytesPer304} B per 304 revalidation; ${analytic[1].requestsPerClientHour} req and ${analytic[1].bytesPerClientHour} B per client-hour at ${interval} s`);

  // The outage runs from minute 4 to the end. In its first minute every reader's scheduled poll
  // meets the 503 (it cannot know before asking), so that minute is 1x by construction; what the
  // client controls is the rate after that: minutes 5-10 ("settled").
  const OUT = [4 * 60_000, SIM_MS];
  const SETTLED = [5 * 60_000, SIM_MS];
  const scenarios = [
    { id: 'arrive60s', name: `${CLIENTS} clients arriving over the first 60 s`, arrivalMs: 60_000 },
    { id: 'lockstep', name: `${CLIENTS} clients arriving in the same second`, arrivalMs: 1_000 },
    { id: 'outage503ra', name: 'arrive over 60 s; host answers 503 + Retry-After: 120 from minute 4 on', arrivalMs: 60_000, outage: [...OUT, 120] },
    { id: 'outage503', name: 'arrive over 60 s; host answers 503 without Retry-After from minute 4 on', arrivalMs: 60_000, outage: [...OUT, null] },
  ];
  const sim = {};
  for (const sc of scenarios) {
    const runs = [];
    for (const seed of seeds) {
      const t = performance.now();
      const req = await simulate(lib, feed, sc, seed);
      const steady = rates(req, 2 * 60_000, SIM_MS);
      const during = rates(req, OUT[0], OUT[1]);
      const settled = rates(req, SETTLED[0], SETTLED[1]);
      const whole = rates(req, 0, SIM_MS);
      const status = req.reduce((m, r) => ((m[r.status] = (m[r.status] ?? 0) + 1), m), {});
      runs.push({ steady, during, settled, whole, status, wallMs: Math.round(performance.now() - t) });
    }
    const pick = (f) => summarize(runs.map(f), 2);
    sim[sc.id] = {
      name: sc.name,
      totalRequests: pick((r) => r.whole.requests),
      steadyPeakToMean: pick((r) => r.steady.peakToMean),
      steadyPerSecond: pick((r) => r.steady.perSecond),
      wholePeakToMean: pick((r) => r.whole.peakToMean),
      outagePerSecond: pick((r) => r.during.perSecond),
      settledPerSecond: pick((r) => r.settled.perSecond),
      statuses: runs[0].status,
      seeds: seeds.length,
    };
    log(`  sim ${sc.id}: ${sim[sc.id].totalRequests.median} requests, steady peak/mean ${sim[sc.id].steadyPeakToMean.median}, min 4-10: ${sim[sc.id].outagePerSecond.median}/s, min 5-10: ${sim[sc.id].settledPerSecond.median}/s (${runs[0].wallMs} ms wall)`);
  }
  const normal = sim.arrive60s.outagePerSecond.median;
  const normalSettled = sim.arrive60s.settledPerSecond.median;
  const ratio = (x, n) => (n ? Number((x / n).toFixed(2)) : null);
  const floor = independentPhaseFloor({ bins: interval });
  log(`  independent-phase floor of peak-second/mean: median ${floor.median} (p10 ${floor.p10}, p90 ${floor.p90}); <= 1.5 in ${Math.round(floor.atMost1_5 * 100)}% of draws`);
  return {
    clients: CLIENTS,
    independentPhaseFloor: floor,
    simulatedMinutes: SIM_MS / 60_000,
    defaultPollSeconds: interval,
    revalidation: bytes,
    perClientHour: analytic,
    sim,
    outageWindow: { from: OUT[0] / 60_000, settledFrom: SETTLED[0] / 60_000, to: OUT[1] / 60_000 },
    outageRatio: {
      withRetryAfter: ratio(sim.outage503ra.outagePerSecond.median, normal),
      withoutRetryAfter: ratio(sim.outage503.outagePerSecond.median, normal),
      settledWithRetryAfter: ratio(sim.outage503ra.settledPerSecond.median, normalSettled),
      settledWithoutRetryAfter: ratio(sim.outage503.settledPerSecond.median, normalSettled),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runHostLoad({ seeds: [1] }), null, 2));
