// The demo pages on a phone with large text (32 px, Chromium's largest setting but one) or at 200 % zoom (a 360 px
// phone is then 180 CSS px wide), in Dutch and English: nothing may make the page wider than the screen. It did: the
// badge's invisible longest label, the header tools that would not wrap, the cards' 14rem minimum, a long Dutch word in
// the footer and the status element's emergency label made the page up to 484 px wide on a 360 px phone, so the banner's
// close button and the language switch were off-screen (WCAG 1.4.10, reflow).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { waitForDeepText } from './browser-kit.mjs';
import { demoInChromium } from './demo-server.mjs';

const running = demoInChromium();

/** The page's width and the screen's, once `selector` shows `text`, at `width` CSS px with `font` px text. */
async function widths(path, width, font, selector, text) {
  const context = await running.chromium.browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width, height: 780 });
    const cdp = await page.createCDPSession();
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: font, fixed: font } });
    await page.goto(running.demo.origin + path, { waitUntil: 'load' });
    await waitForDeepText(page, selector, text);
    await new Promise((r) => setTimeout(r, 500));
    return await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: document.documentElement.clientWidth }));
  } finally {
    await context.close();
  }
}

for (const [name, path, selector, text] of [
  ['home page', '/demo/?lang=nl', 'clearline-banner', 'Storm: vluchten geannuleerd'],
  ['status page', '/demo/status.html?lang=nl', 'clearline-status', 'Storm: vluchten geannuleerd'],
  ['energy status page', '/demo/energy.html?lang=en', 'clearline-status', 'In an emergency'],
  ['help page', '/demo/help.html?lang=en', 'clearline-banner', 'Storm: flights cancelled'],
]) {
  test(`demo ${name}: no wider than a 360 px phone with 32 px text, or at 200 % zoom`, async () => {
    for (const [width, font] of [[360, 32], [180, 16]]) {
      const w = await widths(path, width, font, selector, text);
      assert.equal(w.page, w.screen, `${width} px, ${font} px text: the page is ${w.page} px wide`);
    }
  });
}
