/**
 * Keystroke to rendered results in headless Chromium (puppeteer-core), with the real
 * <clearline-faq> and Zipf-vocabulary entries (bench/search/corpus.mjs) at 1,000 and 10,000
 * entries; and, while the index is built, the longest task (the Long Tasks API reports only tasks
 * over 50 ms: 0 means none) and the longest gap between animation frames.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_ARGS, CHROMIUM } from '../lib/machine.mjs';
import { typedQueries, zipfEntries } from './corpus.mjs';

const round = (x) => Math.round(x * 100) / 100;
const pct = (sorted, p) => round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN);

/** Bundles the bench page from `src` (a checkout's root: the repository, or another for a before/after). */
async function bundle(srcRoot, pageFile, outdir) {
  await build({
    entryPoints: [pageFile],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir,
    minify: true,
    tsconfig: join(srcRoot, 'tsconfig.json'),
    nodePaths: [join(srcRoot, 'node_modules')],
    logLevel: 'error',
  });
  await writeFile(join(outdir, 'index.html'), '<!doctype html><html lang="en"><body><script type="module" src="search-page.js"></script></body></html>');
}

export async function runLatency({ srcRoot, pageFile, words, sizes = [1000, 10000], queries = 25 }) {
  const { default: puppeteer } = await import('puppeteer-core');
  const dir = await mkdtemp(join(tmpdir(), 'clearline-search-latency-'));
  const www = join(dir, 'www');
  // The page imports ../src/…: give it the sources of `srcRoot` (this checkout or another).
  await mkdir(join(dir, 'page', 'bench'), { recursive: true });
  await copyFile(pageFile, join(dir, 'page', 'bench', 'search-page.ts'));
  await symlink(join(srcRoot, 'src'), join(dir, 'page', 'src'));
  await bundle(srcRoot, join(dir, 'page', 'bench', 'search-page.ts'), www);
  const server = createServer(async (req, res) => {
    try {
      const file = join(www, new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html'));
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html' : 'application/json' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, userDataDir: join(dir, 'profile'), args: CHROME_ARGS });
  const out = {};
  try {
    for (const n of sizes) {
      const entries = zipfEntries(n, words);
      await writeFile(join(www, 'entries.json'), JSON.stringify(entries));
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForFunction('window.benchReady === true', { timeout: 120000 });
      const input = await page.evaluateHandle(() => document.querySelector('clearline-faq').shadowRoot.querySelector('input[type=search]'));
      await input.focus();
      await page.waitForFunction('window.benchIndexed === true', { timeout: 120000 });
      const longDuringBuild = await page.evaluate('window.benchLongTasks.filter((t) => t.start >= window.benchFocusAt && t.start <= window.benchFocusAt + window.benchIndexMs).map((t) => t.duration)');
      const indexMs = await page.evaluate('window.benchIndexMs');
      const gaps = (await page.evaluate('window.benchFrameGaps')).sort((a, b) => a - b);
      for (const q of typedQueries(entries, queries)) {
        await page.evaluate(() => window.benchClear());
        await input.type(q, { delay: 30 });
        await page.evaluate(() => window.benchSettle());
      }
      const times = (await page.evaluate('window.benchTimes')).sort((a, b) => a - b);
      const frames = (await page.evaluate('window.benchFrames')).sort((a, b) => a - b);
      out[n] = {
        keystrokes: times.length,
        p50_ms: pct(times, 0.5),
        p95_ms: pct(times, 0.95),
        max_ms: round(times[times.length - 1]),
        to_next_frame_p50_ms: pct(frames, 0.5),
        to_next_frame_p95_ms: pct(frames, 0.95),
        index_ready_ms: round(indexMs),
        longest_task_while_indexing_ms: round(Math.max(0, ...longDuringBuild)),
        long_tasks_while_indexing: longDuringBuild.length,
        longest_frame_gap_while_indexing_ms: round(gaps[gaps.length - 1] ?? 0),
        frame_gap_p95_while_indexing_ms: pct(gaps, 0.95),
      };
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}
