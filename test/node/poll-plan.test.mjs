// The poll planner (src/feed/poll.ts) in a crowd, deterministically: readers are plain loops over
// nextDelayMs with an injected `random`, no timers. What the planner must do for the host is keep
// every reader on its own phase, from the first poll after arriving on and again after an outage,
// and add no clumping of its own. How flat the host's load then is depends only on how the
// phases fall: evenly spread phases give a flat load; random phases give the statistical floor
// that bench/hostload.mjs reports (no planner of independent readers can go below it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const poll = await importTs('src/feed/poll.ts');
const INTERVAL = poll.DEFAULT_POLL_SECONDS * 1000;
const MIN = 60_000;

/** mulberry32: a small seeded PRNG, as in the bench. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Request times of `phases.length` readers arriving in the same second (reader i at i ms), each
 * loading at once and then following nextDelayMs for `untilMs`. `host(t)` answers 'ok' or
 * {status: 503, retryAfterMs}; a reader that has loaded once has a document on screen.
 */
function crowd(phases, { untilMs = 10 * MIN, host = () => 'ok', random = () => 0.5 } = {}) {
  const times = [];
  phases.forEach((phase, i) => {
    let t = i * (1000 / phases.length);
    let failures = 0;
    let retryAfterMs = null;
    let hasDocument = false;
    while (t < untilMs) {
      times.push(t);
      const answer = host(t);
      if (answer === 'ok') [failures, retryAfterMs, hasDocument] = [0, null, true];
      else [failures, retryAfterMs] = [failures + 1, answer.retryAfterMs ?? null];
      t += poll.nextDelayMs({ failures, retryAfterMs, hasDocument, now: t, phase }, random);
    }
  });
  return times;
}

/** Requests per one-second bin in [fromMs, toMs): busiest bin over the mean. */
function peakToMean(times, fromMs, toMs) {
  const bins = new Array(Math.round((toMs - fromMs) / 1000)).fill(0);
  for (const t of times) if (t >= fromMs && t < toMs) bins[Math.floor((t - fromMs) / 1000)]++;
  const mean = bins.reduce((a, b) => a + b, 0) / bins.length;
  return { peak: Math.max(...bins), mean, ratio: Math.max(...bins) / mean };
}

const evenPhases = (n) => Array.from({ length: n }, (_, i) => (i + 0.5) / n);

test('1,000 readers arriving in the same second on evenly spread phases: a flat load from the first poll on (minutes 2–10)', () => {
  const times = crowd(evenPhases(1000));
  const { ratio, mean } = peakToMean(times, 2 * MIN, 10 * MIN);
  assert.ok(Math.abs(mean - 1000 / 60) < 0.01, `one request per reader per interval, got ${mean}/s`);
  // 1000 phases over 60 one-second bins: 16 or 17 per bin. A first poll that is not spread over
  // the interval, or a per-poll jitter instead of the reader's slot, piles readers up here.
  assert.ok(ratio <= 17 / (1000 / 60) + 1e-9, `peak-second/mean ${ratio.toFixed(3)}`);
  // Already flat from the first minute after the crowd's first requests.
  assert.ok(peakToMean(times, 30_000, 90_000).ratio <= 1.03, 'the first polls are spread over a whole interval');
});

test('the planner adds no clumping of its own: with random phases the busiest second is the busiest phase second', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const random = seeded(seed);
    const phases = Array.from({ length: 1000 }, () => random());
    const { peak } = peakToMean(crowd(phases, { random }), 2 * MIN, 10 * MIN);
    const phaseBins = new Array(60).fill(0);
    for (const p of phases) phaseBins[Math.floor(p * 60)]++;
    // Slots are rounded to whole ms, which can carry a slot across a bin edge: at most one request.
    assert.ok(Math.abs(peak - Math.max(...phaseBins)) <= 1, `seed ${seed}: peak ${peak}, busiest phase second ${Math.max(...phaseBins)}`);
  }
});

test('after a 503 + Retry-After: 120 outage, readers return to their own slots: the load is flat again', () => {
  const host = (t) => (t >= 4 * MIN && t < 5 * MIN ? { status: 503, retryAfterMs: 120_000 } : 'ok');
  const random = seeded(9); // the backoff's own jitter
  const times = crowd(evenPhases(1000), { untilMs: 12 * MIN, host, random });
  const during = times.filter((t) => t >= 5 * MIN && t < 8 * MIN).length / 180;
  assert.ok(during <= 0.25 * (1000 / 60), `while backing off: ${during.toFixed(2)}/s`);
  const { ratio, mean } = peakToMean(times, 10 * MIN, 12 * MIN);
  assert.ok(Math.abs(mean - 1000 / 60) < 0.01 && ratio <= 17 / (1000 / 60) + 1e-9, `after the outage: ${mean}/s, peak-second/mean ${ratio.toFixed(3)}`);
});
