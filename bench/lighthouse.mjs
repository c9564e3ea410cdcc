// Host page cost: Lighthouse (npm, performance category, default mobile emulation and simulated
// throttling) on the demo's home page and status page, each with and without clearline. The demo is built and signed
// by `node scripts/start.mjs --no-serve`; the bench server serves the project root (gzip, as a
// CDN would) plus a copy of demo/index.html without the script and the element.
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROME_ARGS, CHROMIUM } from './lib/machine.mjs';
import { ROOT } from './lib/feeds.mjs';
import { startServer } from './lib/server.mjs';
import { summarize } from './lib/stats.mjs';

const run = promisify(execFile);
const TMP = join(ROOT, 'bench', '.tmp');

/** A demo page without clearline: no library script and none of its elements, with what they hold (the site's slot="fallback" words). */
export function withoutWidget(html) {
  const out = html
    .replace(/\s*<script type="module" src="\/dist\/clearline\.js"><\/script>/, '')
    .replace(/<clearline-([a-z]+)\b[^>]*>[\s\S]*?<\/clearline-\1>/g, '');
  if (out === html || /<clearline-|\/dist\/clearline/.test(out)) {
    throw new Error('could not remove clearline from a demo page; update bench/lighthouse.mjs');
  }
  return out;
}

/** With `clsOnly`, only the layout-shift audits run: no score, TBT or LCP (they need a quiet CPU; CLS does not). */
async function lighthouse(url, outFile, clsOnly = false) {
  const bin = join(ROOT, 'node_modules', '.bin', 'lighthouse');
  const flags = [...CHROME_ARGS, '--headless=new', `--user-data-dir=${join(TMP, 'lh-profile-' + Date.now())}`].join(' ');
  const only = clsOnly ? '--only-audits=cumulative-layout-shift,layout-shifts' : '--only-categories=performance';
  await run(bin, [url, '--quiet', only, '--output=json', `--output-path=${outFile}`, `--chrome-flags=${flags}`], {
    env: { ...process.env, CHROME_PATH: CHROMIUM },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const r = JSON.parse(await readFile(outFile, 'utf8'));
  if (r.runtimeError) throw new Error(`lighthouse: ${r.runtimeError.code} ${r.runtimeError.message}`);
  const a = r.audits;
  // Which elements moved, with their share of the layout shift (Lighthouse 12: layout-shifts).
  const shiftItems = (a['layout-shifts'] ?? a['layout-shift-elements'])?.details?.items ?? [];
  const shifts = shiftItems.map((i) => ({ score: Number((i.score ?? i.cumulativeLayoutShiftMainFrame ?? 0).toFixed(4)), node: i.node?.selector ?? i.node?.snippet ?? i.node?.nodeLabel ?? '?' }));
  if (clsOnly) return { cls: a['cumulative-layout-shift'].numericValue, shifts, lighthouse: r.lighthouseVersion };
  return {
    cls: a['cumulative-layout-shift'].numericValue,
    shifts,
    score: Math.round(r.categories.performance.score * 100),
    tbt: a['total-blocking-time'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    fcp: a['first-contentful-paint'].numericValue,
    transferBytes: a['total-byte-weight'].numericValue,
    lighthouse: r.lighthouseVersion,
  };
}

export async function runLighthouse({ runs = 3, log = console.log, clsOnly = false } = {}) {
  await mkdir(TMP, { recursive: true });
  const sign = await run(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--no-serve'], { cwd: ROOT, timeout: 300_000 }).catch((e) => e);
  if (sign instanceof Error) throw new Error(`scripts/start.mjs --no-serve failed: ${sign.stderr || sign.message}`);
  const routes = new Map();
  const PAGES = [
    { id: 'home', file: 'index.html', path: '/demo/' },
    { id: 'status', file: 'status.html', path: '/demo/status.html' },
  ];
  for (const p of PAGES) {
    const bare = withoutWidget(await readFile(join(ROOT, 'demo', p.file), 'utf8'));
    routes.set(`/demo/no-widget-${p.id}.html`, { body: bare, type: 'text/html; charset=utf-8' });
  }
  const server = await startServer({ root: ROOT, routes });
  const out = { runs, settings: clsOnly ? 'layout-shift audits only, Lighthouse defaults (mobile)' : 'performance category, Lighthouse defaults (mobile, simulated throttling)', pages: {} };
  try {
    for (const p of PAGES) {
      const urls = { with: `${server.origin}${p.path}?lang=en`, without: `${server.origin}/demo/no-widget-${p.id}.html?lang=en` };
      const raw = { with: [], without: [] };
      for (let i = 0; i < runs; i++) {
        for (const k of ['with', 'without']) raw[k].push(await lighthouse(urls[k], join(TMP, `lh-${p.id}-${k}-${i}.json`), clsOnly));
      }
      out.lighthouse ??= raw.with[0]?.lighthouse;
      const page = { path: `${p.path}?lang=en` };
      for (const k of ['with', 'without']) {
        // The shifting elements of the run with the median CLS.
        const byCls = [...raw[k]].sort((a, b) => a.cls - b.cls);
        const cls = summarize(raw[k].map((r) => r.cls), 3);
        const shifts = byCls[Math.floor(byCls.length / 2)]?.shifts ?? [];
        if (clsOnly) {
          page[k] = { cls, shifts };
          log(`  lighthouse (CLS only) ${p.id} ${k} clearline: CLS ${cls.median} ${JSON.stringify(shifts)}`);
          continue;
        }
        page[k] = {
          score: summarize(raw[k].map((r) => r.score), 0),
          cls,
          tbtMs: summarize(raw[k].map((r) => r.tbt), 0),
          lcpMs: summarize(raw[k].map((r) => r.lcp), 0),
          transferBytes: summarize(raw[k].map((r) => r.transferBytes), 0),
          shifts,
        };
        log(`  lighthouse ${p.id} ${k} clearline: score ${page[k].score.median}, CLS ${page[k].cls.median}, TBT ${page[k].tbtMs.median} ms, LCP ${page[k].lcpMs.median} ms, ${page[k].transferBytes.median} B`);
      }
      out.pages[p.id] = page;
    }
  } finally {
    await server.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runLighthouse({ runs: 1 }), null, 2));
