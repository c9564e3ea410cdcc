// Trial G: on a telecom site with <clearline-help> at the end of the body, a keyboard user reached "Help" after 13 Tab
// presses (the header, the page, the footer, the cookie bar). The docs now say to put it right after the skip link, and
// the demo pages, which site teams copy, do: Tab, Tab reaches it (the skip link first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoInChromium } from './demo-server.mjs';

const running = demoInChromium();

for (const path of ['/demo/?lang=en', '/demo/status.html?lang=en', '/demo/help.html?lang=nl', '/demo/energy.html?lang=en', '/demo/classic.html?lang=en']) {
  test(`demo ${path}: the second Tab stop is the Help button`, async () => {
    const context = await running.chromium.browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport({ width: 360, height: 780 });
      await page.goto(running.demo.origin + path, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('clearline-help')?.shadowRoot?.querySelector('button.launcher'), { timeout: 15_000 });
      const stops = [];
      for (let i = 0; i < 2; i++) {
        await page.keyboard.press('Tab');
        stops.push(await page.evaluate(() => {
          const a = document.activeElement;
          const inner = a?.shadowRoot?.activeElement;
          return `${a?.localName}${inner ? ` > ${inner.localName}.${inner.className}` : ''}`;
        }));
      }
      assert.deepEqual(stops, ['a', 'clearline-help > button.launcher']);
    } finally {
      await context.close();
    }
  });
}
