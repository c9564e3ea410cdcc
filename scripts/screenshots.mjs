#!/usr/bin/env node
// Screenshots of every component in light and dark, English and Dutch, at 360 and 1024 px wide,
// into docs/screenshots/<component>-<lang>-<theme>-<width>.png, each clipped to its component.
//
//   node scripts/screenshots.mjs        (needs /usr/bin/chromium, or CHROME_PATH)
//
// Serves the repository with Vite on 127.0.0.1 (a free port) and opens docs/screenshots/page.html,
// which gives each element a representative payload through its `data` property.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const COMPONENTS = ['banner', 'badge', 'status', 'faq'];
const LANGS = ['en', 'nl'];
const THEMES = ['light', 'dark'];
const WIDTHS = [360, 1024];

const server = await createServer({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  userDataDir: await mkdtemp(join(tmpdir(), 'clearline-shots-')),
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const written = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
        await page.goto(`http://127.0.0.1:${port}/docs/screenshots/page.html?lang=${lang}`, { waitUntil: 'networkidle0' });
        await page.waitForFunction(() => window.ready !== undefined);
        await page.evaluate(() => window.ready);
        await page.evaluate(() => document.fonts.ready);
        for (const component of COMPONENTS) {
          const el = await page.$(`#${component}`);
          const file = join(OUT, `${component}-${lang}-${theme}-${width}.png`);
          await el.screenshot({ path: file });
          written.push(file);
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`wrote ${written.length} screenshots to ${OUT}`);
