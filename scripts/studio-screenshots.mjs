#!/usr/bin/env node
// Screenshots of `clearline studio` (the <clearline-editor> page) in English and Dutch, at 360 and
// 1280 px wide, light and dark: a new outage incident half written, with its findings and preview.
// Writes docs/screenshots/editor-<lang>-<theme>-<width>.png. Needs dist/ (npm run build) and Chromium.
//
//   node scripts/studio-screenshots.mjs
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const dir = mkdtempSync(join(tmpdir(), 'clearline-studio-shots-'));
const feed = {
  type: 'status', version: 1, feed_id: 'example-energy', publisher: { name: 'Example Energy', url: 'https://example.com' }, time_zone: 'Europe/Amsterdam',
  channels: [{ id: 'phone', kind: 'phone', label: { en: 'Call us', nl: 'Bel ons' }, href: 'tel:+31201234567', wait_minutes: 40 }],
  incidents: [],
};
writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'keygen', '--out', join(dir, 'key.jwk.json')]);

const written = [];
for (const lang of ['en', 'nl']) {
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'studio', join(dir, 'feed.json'), '--lang', lang], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((ok) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) ok(m[1]);
    });
  });
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', userDataDir: mkdtempSync(join(tmpdir(), 'clearline-shots-')), args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run'] });
  try {
    for (const theme of ['light', 'dark']) {
      for (const width of [360, 1280]) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
        await page.goto(url, { waitUntil: 'networkidle0' });
        const t = lang === 'en'
          ? { tpl: 'Template', new: 'New incident', title: 'Title — English', known: 'What we know — English', q: '+30 min', sign: 'Sign', text: ['Gas supply interrupted in Utrecht-Oost', 'Since 08:40 about 2,000 homes in Utrecht-Oost have no gas. A main pipe is damaged.'] }
          : { tpl: 'Sjabloon', new: 'Nieuw incident', title: 'Titel — Nederlands', known: 'Wat we weten — Nederlands', q: '+30 min', sign: 'Ondertekenen', text: ['Geen gas in Utrecht-Oost', 'Sinds 08:40 hebben ongeveer 2.000 woningen in Utrecht-Oost geen gas. Een hoofdleiding is beschadigd.'] };
        await page.locator(`::-p-aria(${t.tpl})`).fill('outage');
        await page.locator(`::-p-aria(${t.new})`).click();
        await page.locator(`::-p-aria(${t.title})`).fill(t.text[0]);
        await page.locator(`::-p-aria(${t.known})`).fill(t.text[1]);
        await page.locator(`::-p-aria(${t.q})`).click();
        await page.locator(`::-p-aria(${t.sign})`).click();
        await page.evaluate(() => document.activeElement?.blur?.());
        await new Promise((r) => setTimeout(r, 300));
        const file = join(OUT, `editor-${lang}-${theme}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        written.push(file);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    child.kill();
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(`wrote ${written.length} screenshots to ${OUT}`);
