#!/usr/bin/env node
// Screenshots of every component in light and dark, English and Dutch, at 360 and 1024 px wide,
// into docs/screenshots/<component>-<lang>-<theme>-<width>.png, each clipped to its component.
//
//   node scripts/screenshots.mjs        (needs /usr/bin/chromium, or CHROME_PATH)
//
// Serves the repository with Vite on 127.0.0.1 (a free port) and opens docs/screenshots/page.html,
// which gives each element a representative payload through its `data` property.
//
// Then the utility company of the demo (demo/energy/, a gas outage) in both languages, from
// docs/screenshots/utility.html, into utility-<state>-<lang>-<width>.png: the emergency line with
// long waits, the contact section alone, an overdue update, and resolved.
//
//   node scripts/screenshots.mjs --only=utility    only those
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
const only = process.argv.map((a) => /^--only=(\w+)$/.exec(a)?.[1]).find(Boolean);
/** The utility company's states: [name, phase of demo/energy/phases.json, what to capture, widths]. */
const UTILITY = [
  ['emergency-long-waits', 2, '#status', [360, 1024]],
  ['contact', 2, 'channels', [360]],
  ['overdue', 3, '#status', [360]],
  ['resolved', 4, '#status', [360]],
];
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  for (const lang of only === 'utility' ? [] : LANGS) {
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
  for (const lang of LANGS) {
    for (const [name, phase, target, widths] of UTILITY) {
      for (const width of widths) {
        await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
        await page.goto(`http://127.0.0.1:${port}/docs/screenshots/utility.html?lang=${lang}&phase=${phase}`, { waitUntil: 'networkidle0' });
        await page.waitForFunction(() => window.ready !== undefined);
        await page.evaluate(() => window.ready);
        await page.evaluate(() => document.fonts.ready);
        const el = target === 'channels' ? await page.evaluateHandle(() => document.querySelector('clearline-status').shadowRoot.querySelector('[part~=channels]')) : await page.$(target);
        const file = join(OUT, `utility-${name}-${lang}-${width}.png`);
        await el.screenshot({ path: file });
        written.push(file);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`wrote ${written.length} screenshots to ${OUT}`);
