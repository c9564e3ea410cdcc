#!/usr/bin/env node
// `npm run bench`: every benchmark in one run on one machine; prints a table and writes
// bench/RESULTS.md and bench/results.json. Timings are medians with p10/p90 over repeated runs.
//
//   npm run bench                      everything (a few minutes)
//   npm run bench -- --only=size,ttvc  some sections (size, ttvc, verify, search, hostload, lighthouse, cls, report)
//   npm run bench -- --only=cls        Lighthouse's layout-shift audits alone (no score, TBT or LCP), for a busy machine
//   npm run bench -- --only=none       measure nothing; rewrite RESULTS.md from bench/results.json
//   npm run bench -- --quick           fewer repetitions, for trying the harness
//   npm run bench -- --only=search --reuse-search   rewrite RESULTS.md from the last bench/search-results.json
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './lib/feeds.mjs';
import { machine } from './lib/machine.mjs';
import { runHostLoad } from './hostload.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { runReport } from './report.mjs';
import { runSize } from './size.mjs';
import { PHONE, runTtvc } from './ttvc.mjs';
import { runVerify } from './verify.mjs';
import { searchTable } from './lib/search-table.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const want = (id) => !only || only.includes(id);
const log = (...a) => console.error(...a);

async function runSearch() {
  const script = join(ROOT, 'bench', 'search.mjs');
  // --reuse-search: take the figures of the last full `node bench/search.mjs` run instead of running it again.
  if (args.includes('--reuse-search') && existsSync(join(ROOT, 'bench', 'search-results.json'))) return JSON.parse(readFileSync(join(ROOT, 'bench', 'search-results.json'), 'utf8'));
  if (!existsSync(script)) return { pending: 'bench/search.mjs does not exist yet (issue 4)' };
  const r = spawnSync(process.execPath, [script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000 });
  if (r.status !== 0) throw new Error(`bench/search.mjs exited with ${r.status ?? r.signal}`);
  return JSON.parse(readFileSync(join(ROOT, 'bench', 'search-results.json'), 'utf8'));
}

const SECTIONS = [
  ['size', () => runSize()],
  // The budget is the unthrottled run; the phone-like run is reported beside it for information.
  ['ttvc', async () => ({ ...(await runTtvc({ loads: quick ? 5 : 30, log })), phone: await runTtvc({ loads: quick ? 3 : 12, log, throttle: PHONE }) })],
  ['verify', () => runVerify({ runs: quick ? 10 : 30, log })],
  ['search', () => runSearch()],
  ['hostload', () => runHostLoad({ log, seeds: quick ? [1] : [1, 2, 3] })],
  ['lighthouse', () => runLighthouse({ runs: quick ? 1 : 5, log })],
  // CLS does not depend on a quiet CPU; the score, TBT and LCP do. Not part of a full run (lighthouse has CLS).
  ['cls', () => runLighthouse({ runs: quick ? 1 : 3, log, clsOnly: true }), { explicit: true }],
  ['report', () => runReport({ sizes: quick ? [100_000] : [100_000, 1_000_000], log })],
];

async function main() {
  const started = new Date();
  log('Preparing: build when src/ changed, sign the demo feed (node scripts/start.mjs --no-serve)');
  const prep = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--no-serve'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (prep.status !== 0) throw new Error('scripts/start.mjs --no-serve failed; see above');
  const results = { date: started.toISOString(), machine: machine(), quick, only, sections: {} };
  // --only re-runs some sections and keeps the others from the last bench/results.json.
  const previous = join(ROOT, 'bench', 'results.json');
  if (only && existsSync(previous)) results.sections = JSON.parse(readFileSync(previous, 'utf8')).sections ?? {};
  // When each section was last measured: an --only run keeps the others from an earlier run.
  results.sectionDates = only && existsSync(previous) ? previousDates(JSON.parse(readFileSync(previous, 'utf8'))) : {};
  for (const [id, fn, opts] of SECTIONS) {
    if (!want(id) || (opts?.explicit && !only?.includes(id))) continue;
    log(`\n== ${id}`);
    const t = performance.now();
    try {
      results.sections[id] = await fn();
      // A section taken from an earlier run's file (--reuse-search) keeps that run's date.
      results.sectionDates[id] = results.sections[id]?.date ?? new Date().toISOString();
    } catch (e) {
      log(`  ${id} FAILED: ${e.stack ?? e}`);
      results.sections[id] = { error: String(e.message ?? e) };
    }
    log(`  (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
  results.seconds = Math.round((Date.now() - started) / 1000);
  // The figures first: a fault in the report below must not lose a long run.
  await writeFile(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const md = markdown(results);
  await writeFile(join(ROOT, 'bench', 'RESULTS.md'), md);
  console.log(md);
  log('Wrote bench/RESULTS.md and bench/results.json');
}

/** The measurement date of each section of an earlier results.json. */
function previousDates(r) {
  const dates = { ...(r.sectionDates ?? {}) };
  for (const id of Object.keys(r.sections ?? {})) dates[id] ??= r.date;
  return dates;
}

const kB = (n) => (n == null ? 'n/a' : (n / 1000).toFixed(1) + ' kB');
const spread = (s, unit = '') => (!s || !s.n ? 'n/a' : `${s.median}${unit} (${s.p10}–${s.p90})`);

function markdown(r) {
  const m = r.machine;
  const out = [
    '# clearline benchmark results',
    '',
    r.only?.join() === 'none' ? `Rewritten from bench/results.json on ${r.date}; each section as measured below.` : `Generated by \`npm run bench${r.quick || r.only ? ' --' : ''}${r.quick ? ' --quick' : ''}${r.only ? ` --only=${r.only.join(',')}` : ''}\` on ${r.date} in ${r.seconds} s.`,
    '',
    ...sectionDateLines(r),
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.os}; Node ${m.node}; ${m.chromium}.`,
    '',
    'Timings are the median with the p10–p90 spread in brackets; n is the number of repetitions.',
    '',
  ];
  const s = r.sections;
  out.push(...budgetTable(s, r.sectionDates ?? {}));
  const err = (x) => (x?.error ? [`**Failed:** ${x.error}`, ''] : x?.pending ? [`Pending: ${x.pending}.`, ''] : null);

  if (s.size) {
    out.push('## 1. Size', '', `${s.size.unit ?? ''}`, '');
    out.push(...(err(s.size) ?? [
      '| What | files | raw | gzip | brotli |', '|---|---|---|---|---|',
      ...s.size.rows.map((x) => `| ${x.name} | ${x.files.length}${x.dynamic?.length ? ` (+${x.dynamic.length} lazy)` : ''} | ${kB(x.raw)} | ${kB(x.gzip)} | ${kB(x.brotli)} |`),
      '',
      '| Budget (gzip) | limit | measured | |', '|---|---|---|---|',
      ...s.size.checks.map((c) => `| ${c.label} | ${c.limit} B | ${c.gzip ?? 'n/a'} B | ${c.ok ? 'ok' : '**over**'} |`),
      '',
    ]));
  }
  if (s.ttvc) {
    out.push('## 2. Time to verified content', '');
    out.push(...(err(s.ttvc) ?? [
      `Navigation start to the incident text ("${s.ttvc.marker}") in the DOM (shadow roots included), and to the end of the frame that paints it (a task queued from that frame's animation callbacks, which runs after its style, layout and paint; before 2026-12-02 this column stopped at the animation callback, before layout); cold cache, fresh browser context per load, ${s.ttvc.devtools ? 'DevTools attached' : 'no DevTools session attached to the page (it reports by beacon; each load starts on a small same-origin page that navigates to it, so the renderer process is running as in a reader\'s browser; bench/lib/bare-browser.mjs says why: with DevTools attached a fetch() from a large script cost 23–128 ms, from a small one 2–8 ms)'}, the three widgets interleaved (one load of each per round, so a busy spell of the machine falls on all alike), local 127.0.0.1 server, gzip. Feed ${s.ttvc.feedBytes} B signed; stand-in summary.json ${s.ttvc.summaryBytes} B.`,
      '',
      '| Widget | to text in DOM (ms) | to painted frame (ms) | failed loads |', '|---|---|---|---|',
      ...Object.values(s.ttvc.results).map((x) => `| ${x.name} | ${spread(x.toDomMs)} | ${spread(x.toFrameMs)} n ${x.toFrameMs.n} | ${x.failures}${x.errors.length ? ': ' + x.errors.join('; ') : ''} |`),
      '',
      ...(ttvcRatio(s.ttvc, 'module') != null
        ? [`Ratio to \`@statuspage/status-widget\` in the same run (medians, text in DOM / painted frame): module ${ttvcRatio(s.ttvc, 'module')} / ${ttvcRatio(s.ttvc, 'module', 'toFrameMs')}, classic ${ttvcRatio(s.ttvc, 'classic')} / ${ttvcRatio(s.ttvc, 'classic', 'toFrameMs')}.`, '']
        : []),
      ...(s.ttvc.phone?.results
        ? [
            `For information (not the budget): the same three on phone-like conditions, ${s.ttvc.phone.loads} loads each, CPU ${s.ttvc.phone.throttle.cpuSlowdown}× slower, ${s.ttvc.phone.throttle.rttMs} ms round trip, ${s.ttvc.phone.throttle.downKbps} kbit/s down (DevTools throttling, so DevTools is attached here and adds its cost per request, to every widget). Here the network waits dominate and the code's CPU work overlaps them.`,
            '',
            '| Widget, phone-like | to text in DOM (ms) | to painted frame (ms) | failed loads |', '|---|---|---|---|',
            ...Object.values(s.ttvc.phone.results).map((x) => `| ${x.name} | ${spread(x.toDomMs)} | ${spread(x.toFrameMs)} n ${x.toFrameMs.n} | ${x.failures}${x.errors.length ? ': ' + x.errors.join('; ') : ''} |`),
            '',
            `Ratio, phone-like (text in DOM / painted frame): module ${ttvcRatio(s.ttvc.phone, 'module')} / ${ttvcRatio(s.ttvc.phone, 'module', 'toFrameMs')}, classic ${ttvcRatio(s.ttvc.phone, 'classic')} / ${ttvcRatio(s.ttvc.phone, 'classic', 'toFrameMs')}.`,
            '',
          ]
        : []),
    ]));
  }
  if (s.verify) {
    out.push('## 3. Verification in the browser', '');
    out.push(...(err(s.verify) ?? [
      `${s.verify.note}; ${s.verify.runs} runs each after 3 warm-up runs (Chromium timer resolution 0.1 ms).`,
      '',
      '| Signed feed | incidents | updates | verifyDocument (ms) |', '|---|---|---|---|',
      ...s.verify.results.map((x) => `| ${kB(x.bytes)} | ${x.incidents} | ${x.updates} | ${spread(x.ms)} |`),
      '',
    ]));
  }
  if (s.search) {
    out.push('## 4. Search', '');
    out.push(...(err(s.search) ?? searchTable(s.search)));
  }
  if (s.hostload) {
    const h = s.hostload;
    out.push('## 5. Feed host load', '');
    out.push(...(err(h) ?? [
      `One revalidation of an unchanged feed (request + 304, HTTP/1.1 headers as Chromium sends them): ${h.revalidation.bytesPer304} B (${h.revalidation.requestBytes} B request + ${h.revalidation.responseBytes} B response); the first full load was ${h.revalidation.fullLoadBytes} B.`,
      '',
      '| poll interval | requests per client-hour | bytes per client-hour |', '|---|---|---|',
      ...h.perClientHour.map((x) => `| ${x.pollSeconds} s${x.pollSeconds === h.defaultPollSeconds ? ' (default)' : ''} | ${x.requestsPerClientHour} | ${kB(x.bytesPerClientHour)} |`),
      '',
      `Simulation: ${h.clients} clients running FeedSource (src/feed/source.ts + poll.ts) under fake timers for ${h.simulatedMinutes} simulated minutes, default interval; medians over ${Object.values(h.sim)[0].seeds} seeds (p10–p90).`,
      '',
      '| Scenario | requests | peak-second / mean, minutes 2–10 | requests/s in minutes 4–10 | requests/s in minutes 5–10 |', '|---|---|---|---|---|',
      ...Object.values(h.sim).map((x) => `| ${x.name} | ${spread(x.totalRequests)} | ${spread(x.steadyPeakToMean)} | ${spread(x.outagePerSecond ?? x.min4to7PerSecond)} | ${spread(x.settledPerSecond)} |`),
      '',
      `Request rate while the host answers 503 (from minute 4 on), relative to normal operation in the same minutes: **${h.outageRatio.settledWithRetryAfter}×** with \`Retry-After: 120\` and ${h.outageRatio.settledWithoutRetryAfter}× without in minutes 5–10; ${h.outageRatio.withRetryAfter}× and ${h.outageRatio.withoutRetryAfter}× over minutes 4–10. In the outage's first minute every reader's scheduled poll meets the 503 before it can know, so any window that includes that minute has a floor of one request per reader (1/3 of normal for a 3-minute window); the settled figure is what the readers' backoff controls.`,
      '',
      h.independentPhaseFloor
        ? `Peak-second / mean has a floor for readers that do not coordinate: ${h.clients.toLocaleString('en-US')} readers each on its own random phase of a ${h.defaultPollSeconds} s interval, counted in one-second bins, give ${spread(h.independentPhaseFloor)} (${h.independentPhaseFloor.trials} draws of the phases); ≤ 1.5 in ${Math.round(h.independentPhaseFloor.atMost1_5 * 100)}% of draws. A planner that keeps every reader exactly on its phase (src/feed/poll.ts) reaches this floor and cannot go below it; only coordination between readers (or the host) could.`
        : 'Peak-second / mean has a floor for independent readers (see bench/hostload.mjs, independentPhaseFloor).',
      '',
    ]));
  }
  if (s.lighthouse) {
    const l = s.lighthouse;
    out.push('## 6. Host page cost (Lighthouse)', '');
    if (err(l)) out.push(...err(l));
    else if (!l.pages) out.push('Old format; run `npm run bench -- --only=lighthouse`.', '');
    else {
      out.push(
        `Lighthouse ${l.lighthouse}, ${l.settings}, ${l.runs} runs each; medians (p10–p90). "without" is the same page with the clearline script and elements removed.`,
        '',
        '| Page | clearline | performance score | CLS | total blocking time (ms) | LCP (ms) | transfer |', '|---|---|---|---|---|---|---|',
      );
      for (const [id, p] of Object.entries(l.pages)) {
        for (const k of ['with', 'without']) out.push(`| ${id} (\`${p.path}\`) | ${k} | ${spread(p[k].score)} | ${spread(p[k].cls)} | ${spread(p[k].tbtMs)} | ${spread(p[k].lcpMs)} | ${kB(p[k].transferBytes.median)} |`);
      }
      out.push('', 'Elements that moved (Lighthouse "layout shifts", the run with the median CLS):', '');
      for (const [id, p] of Object.entries(l.pages)) {
        for (const k of ['with', 'without']) {
          const list = p[k].shifts.length ? p[k].shifts.map((x) => `\`${x.node}\` ${x.score}`).join('; ') : 'none';
          out.push(`- ${id}, ${k} clearline: ${list}`);
        }
      }
      out.push('');
    }
  }
  if (s.cls) {
    const c = s.cls;
    out.push('## 6b. Layout shift alone (Lighthouse)', '');
    if (err(c)) out.push(...err(c));
    else {
      out.push(
        `Lighthouse ${c.lighthouse} with only its layout-shift audits (\`--only=cls\`: CLS does not depend on a quiet CPU, the score, TBT and LCP do), mobile defaults, ${c.runs} runs each; medians (p10–p90).`,
        '',
        '| Page | clearline | CLS | elements that moved (the run with the median CLS) |', '|---|---|---|---|',
      );
      for (const [id, p] of Object.entries(c.pages)) {
        for (const k of ['with', 'without']) out.push(`| ${id} (\`${p.path}\`) | ${k} | ${spread(p[k].cls)} | ${p[k].shifts.length ? p[k].shifts.map((x) => `\`${x.node}\` ${x.score}`).join('; ') : 'none'} |`);
      }
      out.push('');
    }
  }
  if (s.report) {
    out.push('## 7. clearline report (streaming)', '');
    out.push(...(err(s.report) ?? [
      `\`clearline report --json\` on synthetic report lines (bench/report.mjs); budget: 1,000,000 events in under ${s.report.budgetSeconds} s with flat memory. Wall time includes the machine's other load; CPU time is the report's own.`,
      '',
      '| events | file | wall (s) | CPU (s) | peak RSS |', '|---|---|---|---|---|',
      ...s.report.results.map((x) => `| ${x.events.toLocaleString('en-US')} | ${x.fileMB} MB | ${x.seconds} | ${x.cpuSeconds} | ${x.maxRssMB} MB |`),
      '',
    ]));
  }
  return out.join('\n');
}

/** Which sections this run measured and which it kept from earlier runs (an --only run). */
function sectionDateLines(r) {
  const dates = r.sectionDates ?? {};
  const ids = Object.keys(r.sections).filter((id) => dates[id]);
  if (!ids.length || ids.every((id) => dates[id] === dates[ids[0]])) return [];
  const byDate = new Map();
  for (const id of ids) byDate.set(dates[id].slice(0, 16), [...(byDate.get(dates[id].slice(0, 16)) ?? []), id]);
  return [`Sections by the time they were measured: ${[...byDate].map(([d, list]) => `${list.join(', ')} ${d.replace('T', ' ')} UTC`).join('; ')}.`, ''];
}

function ttvcRatio(t, id, key = 'toDomMs') {
  const a = t?.results?.[id]?.[key]?.median;
  const b = t?.results?.statuspage?.[key]?.median;
  return a && b ? Number((a / b).toFixed(2)) : null;
}

/** The goals of issue 13, measured in this run. */
function budgetTable(s, d) {
  const rows = [];
  const home = s.lighthouse?.pages?.home;
  const row = (what, value, goal, ok) => rows.push(`| ${what} | ${value ?? 'n/a'} | ${goal} | ${value == null ? 'not measured' : ok ? 'met' : '**missed**'} |`);
  // CLS from the newer of the full Lighthouse run and the CLS-only run.
  const clsHome = s.cls?.pages?.home && !s.cls.error && (!home || (d.cls ?? '') >= (d.lighthouse ?? '')) ? s.cls.pages.home : home;
  if (clsHome) {
    const cls = Math.max(0, clsHome.with.cls.median - clsHome.without.cls.median);
    const from = clsHome === home ? '' : ', Lighthouse CLS-only run';
    row(`CLS caused by clearline, demo home page (with − without, mobile 412 px${from})`, `${cls.toFixed(3)} (${clsHome.with.cls.median} − ${clsHome.without.cls.median})`, '0.00 (0.01 tolerance)', cls <= 0.01);
  }
  if (home) row(`Lighthouse performance, demo home page, with / without${d.lighthouse ? ` (${d.lighthouse.slice(0, 16).replace('T', ' ')} UTC)` : ''}`, `${home.with.score.median} / ${home.without.score.median}`, '≥ 98 / 100', home.with.score.median >= 98);
  const m = ttvcRatio(s.ttvc, 'module');
  const c = ttvcRatio(s.ttvc, 'classic');
  if (m != null) row('time to incident text ÷ Statuspage widget, module / classic', `${m} / ${c}`, '≤ 1.0, classic too', m <= 1 && c <= 1);
  const embed = (id) => s.size?.rows?.find((r) => r.id === id);
  const readme = embed('module-status');
  if (readme) row('JS before first render, README embed, status-only page (gzip)', `${(readme.gzip / 1000).toFixed(1)} kB`, '≤ 45 kB', readme.gzip <= 45_000);
  const bb = embed('module-banner-badge');
  if (bb) row('JS downloaded by a banner+badge-only page', bb.forbidden?.length ? `FAQ/search code: ${bb.forbidden.join(', ')}` : `${(bb.gzip / 1000).toFixed(1)} kB, no FAQ or search code`, 'no FAQ or search code', !bb.forbidden?.length);
  const h = s.hostload;
  if (h?.sim) {
    const crowd = h.sim.lockstep?.steadyPeakToMean?.median;
    row('1,000 readers in one second, peak-second / mean, minutes 2–10', crowd, '≤ 1.5', crowd <= 1.5);
    const r = h.outageRatio?.settledWithRetryAfter;
    row('request rate while 503 + Retry-After: 120 (minutes 5–10 of an outage from minute 4)', r == null ? null : `${r}×`, '≤ 0.25×', r <= 0.25);
  }
  if (!rows.length) return [];
  return ['## Budgets (issue 13)', '', '| measure | this run | goal | |', '|---|---|---|---|', ...rows, ''];
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
