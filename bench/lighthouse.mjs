// Host page cost: Lighthouse (npm, performance category, default mobile emulation and simulated
// throttling) on the demo's home page with and without the widget. The demo is built and signed
// by `node scripts/start.mjs --no-serve`; the bench server serves the project root (gzip, as a
// CDN would) plus a copy of demo/index.html without the script and the element.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROME_ARGS, CHROMIUM } from './lib/machine.mjs';
import { ROOT } from './lib/feeds.mjs';
import { startServer } from './lib/server.mjs';
import { summarize } from './lib/stats.mjs';

const run = promisify(execFile);
const TMP = join(ROOT, 'bench', '.tmp');

/** The demo's home page without clearline: no library script and none of its elements (banner, badge). */
export function withoutWidget(html) {
  const out = html
    .replace(/\s*<script type="module" src="\/dist\/clearline\.js"><\/script>/, '')
    .replace(/<clearline-([a-z]+)\b[^>]*><\/clearline-\1>/g, '');
  if (out === html || /<clearline-|\/dist\/clearline/.test(out)) {
    throw new Error('could not remove clearline from demo/index.html; update bench/lighthouse.mjs');
  }
  return out;
}

async function lighthouse(url, outFile) {
  const bin = join(ROOT, 'node_modules', '.bin', 'lighthouse');
  const flags = [...CHROME_ARGS, '--headless=new', `--user-data-dir=${join(TMP, 'lh-profile-' + Date.now())}`].join(' ');
  await run(bin, [url, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${outFile}`, `--chrome-flags=${flags}`], {
    env: { ...process.env, CHROME_PATH: CHROMIUM },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const r = JSON.parse(await readFile(outFile, 'utf8'));
  if (r.runtimeError) throw new Error(`lighthouse: ${r.runtimeError.code} ${r.runtimeError.message}`);
  const a = r.audits;
  return {
    score: Math.round(r.categories.performance.score * 100),
    tbt: a['total-blocking-time'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    fcp: a['first-contentful-paint'].numericValue,
    transferBytes: a['total-byte-weight'].numericValue,
    lighthouse: r.lighthouseVersion,
  };
}

export async function runLighthouse({ runs = 3, log = console.log } = {}) {
  await mkdir(TMP, { recursive: true });
  const sign = await run(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--no-serve'], { cwd: ROOT, timeout: 300_000 }).catch((e) => e);
  if (sign instanceof Error) throw new Error(`scripts/start.mjs --no-serve failed: ${sign.stderr || sign.message}`);
  const html = await readFile(join(ROOT, 'demo', 'index.html'), 'utf8');
  const bare = withoutWidget(html);
  await writeFile(join(TMP, 'index-no-widget.html'), bare);
  const routes = new Map([['/demo/no-widget.html', { body: bare, type: 'text/html; charset=utf-8' }]]);
  const server = await startServer({ root: ROOT, routes });
  const pages = { with: `${server.origin}/demo/?lang=en`, without: `${server.origin}/demo/no-widget.html?lang=en` };
  const raw = { with: [], without: [] };
  try {
    for (let i = 0; i < runs; i++) {
      for (const k of ['with', 'without']) raw[k].push(await lighthouse(pages[k], join(TMP, `lh-${k}-${i}.json`)));
    }
  } finally {
    await server.close();
  }
  const out = { runs, lighthouse: raw.with[0]?.lighthouse, settings: 'performance category, Lighthouse defaults (mobile, simulated throttling)' };
  for (const k of ['with', 'without']) {
    out[k] = {
      score: summarize(raw[k].map((r) => r.score), 0),
      tbtMs: summarize(raw[k].map((r) => r.tbt), 0),
      lcpMs: summarize(raw[k].map((r) => r.lcp), 0),
      transferBytes: summarize(raw[k].map((r) => r.transferBytes), 0),
    };
    log(`  lighthouse ${k} widget: score ${out[k].score.median}, TBT ${out[k].tbtMs.median} ms, LCP ${out[k].lcpMs.median} ms, ${out[k].transferBytes.median} B`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runLighthouse({ runs: 1 }), null, 2));
