#!/usr/bin/env node
// Screenshots of <clearline-help> as a reader meets it, into docs/screenshots/help-<state>-<lang>-<theme>-<width>.png:
// the closed launcher on a host page, the dialog with the incident and the FAQ, the contact reasons,
// and an urgent reason (emergency line first). Serves the repository with Vite like screenshots.mjs.
//
//   node scripts/screenshots-help.mjs        (needs /usr/bin/chromium, or CHROME_PATH)
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'screenshots');
// [lang, theme, width]: both languages and themes, phone and desktop.
const RUNS = [['en', 'light', 1024], ['nl', 'dark', 360], ['nl', 'light', 360], ['en', 'dark', 1024]];

const server = await createServer({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  userDataDir: await mkdtemp(join(tmpdir(), 'clearline-shots-')),
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const written = [];
const click = (page, selector) => page.evaluate((s) => document.querySelector('clearline-help').shadowRoot.querySelector(s).click(), selector);
const settle = (page) => page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  for (const [lang, theme, width] of RUNS) {
    await page.setViewport({ width, height: width < 500 ? 740 : 760, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
    await page.goto(`http://127.0.0.1:${port}/docs/screenshots/help.html?lang=${lang}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => window.ready !== undefined);
    await page.evaluate(() => window.ready);
    const shot = async (state) => {
      await settle(page);
      const file = join(OUT, `help-${state}-${lang}-${theme}-${width}.png`);
      await page.screenshot({ path: file });
      written.push(file);
    };
    await shot('closed');
    await click(page, 'button.launcher');
    await page.waitForFunction(() => document.querySelector('clearline-help').shadowRoot.querySelector('clearline-faq')?.shadowRoot?.querySelector('[part~=entry]'), { timeout: 10_000 });
    await shot('open');
    await click(page, '[part~=still-need-us]');
    await shot('reasons');
    await click(page, 'button.reason[data-reason="smell-gas"]');
    await shot('urgent');
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`wrote ${written.length} screenshots to ${OUT}`);
