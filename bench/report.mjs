#!/usr/bin/env node
// `clearline report` throughput and memory: writes N synthetic report lines (a realistic mix of
// searches, unanswered questions with typos, reasons, feedback, contacts and sessions over two
// days), runs the built CLI on them and records wall time and peak RSS. Flat memory means the
// peak at 1,000,000 lines is close to the peak at 100,000.
//
//   node bench/report.mjs            100,000 and 1,000,000 lines; prints JSON (wall time, CPU time, peak RSS)
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { ROOT } from './lib/feeds.mjs';

const QUESTIONS = [
  'when is the gas back', 'how long will the outage last', 'compensation for food in my freezer', 'can I use my electric heater',
  'is my boiler broken', 'why is my bill so high', 'wanneer is het gas terug', 'hoe lang duurt de storing', 'vergoeding voor eten in de vriezer',
  'smell gas in the street', 'my neighbour has gas', 'who pays the repair', 'how do I reset the meter', 'moving house next week',
];
const REASONS = ['no-heating', 'smell-gas', 'bill', 'moving', 'meter'];
const CHANNELS = ['phone', 'callback', 'chat', 'web', 'gas-emergency'];
const ENTRIES = ['when-back', 'compensation', 'gas-safety', 'meter-reset', 'bill-high', 'moving'];
const PHASES = ['investigating', 'identified', 'monitoring', 'resolved'];

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A query with an occasional typo (swapped letters) or an extra word, so that grouping has work to do. */
function query(r) {
  let q = QUESTIONS[Math.floor(r() * QUESTIONS.length)];
  if (r() < 0.2) {
    const i = 1 + Math.floor(r() * (q.length - 3));
    q = q.slice(0, i) + q[i + 1] + q[i] + q.slice(i + 2);
  }
  if (r() < 0.1) q += ` ${Math.floor(r() * 5000)}`;
  return q;
}

export async function write(path, n) {
  const r = rng(42);
  const out = createWriteStream(path);
  const start = Date.parse('2026-11-30T00:00:00Z');
  let buf = '';
  for (let i = 0; i < n; i++) {
    const t = new Date(start + Math.floor((i / n) * 48 * 3_600_000)).toISOString().slice(0, 16) + 'Z';
    const phase = PHASES[Math.min(3, Math.floor((i / n) * 4))];
    const base = { v: 1, t, feed: 'example-energy', lang: r() < 0.7 ? 'nl' : 'en', incidents: phase === 'resolved' ? [] : ['gas-outage'], phase: phase === 'resolved' ? 'none' : phase };
    const x = r();
    let e;
    if (x < 0.4) e = { ...base, type: 'search', query: query(r), results: Math.floor(r() * 8) };
    else if (x < 0.55) e = { ...base, type: 'no-answer', query: query(r) };
    else if (x < 0.7) e = { ...base, type: 'reason', reason: REASONS[Math.floor(r() * REASONS.length)] };
    else if (x < 0.8) e = { ...base, type: 'open', entry: ENTRIES[Math.floor(r() * ENTRIES.length)] };
    else if (x < 0.88) e = { ...base, type: 'feedback', entry: ENTRIES[Math.floor(r() * ENTRIES.length)], helpful: r() < 0.6 };
    else if (x < 0.95) e = { ...base, type: 'contact', channel: CHANNELS[Math.floor(r() * CHANNELS.length)], reason: REASONS[Math.floor(r() * REASONS.length)] };
    else e = { ...base, type: 'session', searches: 1, opened: r() < 0.5 ? 1 : 0, yes: r() < 0.3 ? 1 : 0, no: 0, reasons: 0, contacts: r() < 0.3 ? 1 : 0 };
    buf += JSON.stringify(e) + '\n';
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

export async function runReport({ sizes = [100_000, 1_000_000], log = console.error } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-report-bench-'));
  const results = [];
  try {
    for (const n of sizes) {
      const file = join(dir, `events-${n}.ndjson`);
      await write(file, n);
      const t = performance.now();
      const r = spawnSync(process.execPath, ['--import', join(ROOT, 'bench/lib/rss-on-exit.mjs'), process.env.CLEARLINE_CLI || join(ROOT, 'dist/cli.js'), 'report', file, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const seconds = (performance.now() - t) / 1000;
      if (r.status !== 0) throw new Error(`clearline report failed: ${r.stderr}`);
      const report = JSON.parse(r.stdout);
      const maxRssMB = Number(/MAXRSS_KB (\d+)/.exec(r.stderr)?.[1]) / 1024;
      const cpuSeconds = Number(/CPU_US (\d+)/.exec(r.stderr)?.[1]) / 1e6;
      const row = { events: n, fileMB: +(statSync(file).size / 1e6).toFixed(1), seconds: +seconds.toFixed(2), cpuSeconds: +cpuSeconds.toFixed(2), eventsPerSecond: Math.round(n / seconds), maxRssMB: +maxRssMB.toFixed(1), groups: report.unanswered.length, counted: report.events };
      log(`  ${n.toLocaleString('en-US')} events (${row.fileMB} MB): ${row.seconds} s wall, ${row.cpuSeconds} s CPU, peak RSS ${row.maxRssMB} MB`);
      results.push(row);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { budgetSeconds: 15, results };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runReport(), null, 2));
}
