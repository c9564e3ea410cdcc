// Layout shift on the demo pages at phone width (412 × 823, as Lighthouse's mobile run), counted
// with the browser's own layout-shift entries from the first paint until the widgets show the
// storm. The bench (bench/lighthouse.mjs) reports the same pages with Lighthouse; this keeps the
// demo honest between bench runs: its own translation script must run before the first paint,
// and what follows the status element must not be pushed down on screen when the incident arrives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { waitForDeepText } from './browser-kit.mjs';
import { demoInChromium } from './demo-server.mjs';

const TITLE = 'Storm: flights cancelled at Amsterdam';

const running = demoInChromium();

/** Loads `path` at 412 × 823, waits for `selector` to show the storm, returns the layout shifts. */
async function shiftsWhileLoading(path, selector) {
  const context = await running.chromium.browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 412, height: 823 });
    await page.evaluateOnNewDocument(() => {
      window.__shifts = [];
      const name = (n) => (n?.nodeType === 1 ? n.localName + (n.className && typeof n.className === 'string' ? '.' + n.className.trim().replace(/\s+/g, '.') : '') : n?.nodeName ?? '?');
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shifts.push({ value: e.value, sources: e.sources.map((s) => name(s.node)) });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(running.demo.origin + path, { waitUntil: 'load' });
    await waitForDeepText(page, selector, TITLE);
    // The Markdown renderer and the clock may arrive after the title: give them a moment.
    await new Promise((r) => setTimeout(r, 1500));
    return await page.evaluate(() => window.__shifts);
  } finally {
    await context.close();
  }
}

const total = (shifts) => shifts.reduce((n, s) => n + s.value, 0);

for (const [name, path, selector] of [
  ['home page', '/demo/?lang=en', 'clearline-banner'],
  ['status page', '/demo/status.html?lang=en', 'clearline-status'],
]) {
  test(`demo ${name} at 412 px: nothing moves while the page and clearline load`, async () => {
    for (let run = 0; run < 2; run++) {
      const shifts = await shiftsWhileLoading(path, selector);
      assert.ok(total(shifts) < 0.001, `run ${run + 1}: CLS ${total(shifts).toFixed(4)}: ${JSON.stringify(shifts)}`);
    }
  });
}
