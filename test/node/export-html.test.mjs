// The no-script status page: a complete page that passes axe-core in Chromium with JavaScript
// disabled, links its other language and its Atom feed, and shows the same parts as the element.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { launchChromium, serveStatic } from './browser-kit.mjs';
import { exporters, feed, NOW, ROOT } from './export-kit.mjs';

const x = await exporters();
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

test('the no-script page passes axe-core with JavaScript disabled, in both languages, light and dark', async () => {
  const f = feed();
  const routes = {};
  for (const lang of ['nl', 'en']) {
    routes[`/status.${lang}.html`] = () => ({ type: 'text/html; charset=utf-8', body: x.exportHtml(f, { lang, now: NOW }).text });
    routes[`/status.${lang}.atom`] = () => ({ type: 'application/atom+xml', body: x.exportAtom(f, { lang, now: NOW }).text });
  }
  const site = await serveStatic(join(ROOT, 'test/fixtures/export'), routes);
  const { browser, close } = await launchChromium();
  try {
    for (const lang of ['nl', 'en']) {
      for (const scheme of ['light', 'dark']) {
        const page = await browser.newPage();
        await page.setJavaScriptEnabled(false);
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.setViewport({ width: 360, height: 740 });
        await page.goto(`${site.origin}/status.${lang}.html`, { waitUntil: 'load' });
        // The page was parsed and laid out with JavaScript off; switching it back on (without a
        // reload) only lets the test itself look at that DOM and run axe in it.
        await page.setJavaScriptEnabled(true);
        assert.equal(await page.evaluate(() => document.scripts.length), 0, 'the page has no script');
        const links = await page.evaluate(() => ({
          atom: document.querySelector('link[rel=alternate][type="application/atom+xml"]')?.getAttribute('href'),
          visibleAtom: [...document.querySelectorAll('a[type="application/atom+xml"]')].map((a) => a.getAttribute('href')),
          other: [...document.querySelectorAll('nav a[hreflang]')].map((a) => a.getAttribute('href')),
          h1: document.querySelector('h1')?.textContent,
          lang: document.documentElement.lang,
        }));
        assert.equal(links.atom, `status.${lang}.atom`);
        assert.deepEqual(links.visibleAtom, [`status.${lang}.atom`]);
        assert.deepEqual(links.other, [`status.${lang === 'nl' ? 'en' : 'nl'}.html`]);
        assert.equal(links.lang, lang);
        // The linked files exist where the page says.
        for (const href of [links.atom, ...links.other]) assert.equal((await fetch(new URL(href, `${site.origin}/`))).status, 200, href);
        await page.evaluate(AXE);
        const violations = await page.evaluate(async () => {
          const r = await globalThis.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        assert.deepEqual(violations, [], `axe (${lang}, ${scheme}):\n${violations.join('\n')}`);
        if (process.env.SCREENSHOTS) await page.screenshot({ path: `/tmp/status.${lang}.${scheme}.png`, fullPage: true });
        await page.close();
      }
    }
  } finally {
    await close();
    await site.close();
  }
});

// A municipality's storm page without script at 360 px: "▶ 1 eerdere update", the last line of the incident, sat on the
// card's bottom border (0 px between them), as if cut off.
test('the earlier updates of an incident keep room above the bottom border of its card', async () => {
  const f = feed();
  const [incident] = f.incidents.filter((i) => i.phase !== 'resolved');
  incident.updates = [{ at: '2026-12-03T00:30:00Z', known: { nl: 'Eerder bericht.', en: 'Earlier message.' } }];
  const { browser, close } = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 740 });
    await page.setJavaScriptEnabled(false);
    await page.setContent(x.exportHtml(f, { lang: 'nl', now: NOW }).text);
    await page.setJavaScriptEnabled(true);
    const gap = await page.evaluate(() => {
      const d = document.querySelector('.incident > details');
      return d && d.closest('.incident').getBoundingClientRect().bottom - d.getBoundingClientRect().bottom;
    });
    assert.ok(gap !== null, 'the incident shows its earlier updates');
    assert.ok(gap >= 8, `room under "eerdere update": ${gap}px`);
  } finally {
    await close();
  }
});
