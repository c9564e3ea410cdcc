// The theme playground's "Copy CSS" (stories/theme-playground.ts): pasted as it is, the colours
// chosen in one theme's playground must not reach the other theme. Trial J: the light playground
// handed out `clearline-status { --clearline-text: #0b2545 }` with no media query, and a reader in
// dark mode got navy text on the dark card (1.15:1). Also: the playground names the text/background
// pairs below WCAG AA (a brand link on its own soft fill came out at 4.38:1, unnoticed).
// Needs dist/ (npm run build): the real element, its real theme styles, in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveStatic } from './browser-kit.mjs';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const playground = await importTs('stories/theme-playground.ts');

const NAVY = '#0b2545';
const TEAL = '#0e7c7b';
const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const defaults = playground.themeDefaults();

let site;
let chromium;
before(async () => {
  site = await serveStatic(ROOT, { '/page.html': () => ({ type: 'text/html', body: '<!doctype html><html><body></body></html>' }) });
  chromium = await launchChromium();
});
after(async () => {
  await chromium?.close();
  await site?.close();
});

/** The text and link colours a `clearline-status` resolves with `css` on the page, per scheme and `theme`. */
async function resolved(css) {
  const page = await chromium.browser.newPage();
  try {
    await page.goto(`${site.origin}/page.html`);
    await page.addScriptTag({ type: 'module', url: `${site.origin}/dist/status.js` });
    await page.addStyleTag({ content: css });
    await page.evaluate(() => {
      for (const theme of ['', 'light', 'dark']) {
        const el = document.createElement('clearline-status');
        if (theme) el.setAttribute('theme', theme);
        el.dataset.case = theme || 'auto';
        document.body.append(el);
      }
    });
    await page.waitForFunction(() => customElements.get('clearline-status'));
    const out = {};
    for (const scheme of ['light', 'dark']) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      for (const kind of ['auto', 'light', 'dark']) {
        out[`${scheme}/${kind}`] = await page.evaluate((k) => {
          const el = document.querySelector(`[data-case="${k}"]`);
          const style = getComputedStyle(el);
          return { text: style.color, link: style.getPropertyValue('--_link').trim(), radius: style.getPropertyValue('--_radius').trim() };
        }, kind);
      }
    }
    return out;
  } finally {
    await page.close();
  }
}

test('light playground CSS: brand colours in light mode and theme="light" only; dark mode keeps its defaults', async () => {
  const css = playground.themeCss('clearline-status', 'light', { theme: 'light', '--clearline-text': NAVY, '--clearline-link': TEAL, '--clearline-radius': 2 });
  const seen = await resolved(css);
  for (const where of ['light/auto', 'light/light', 'dark/light']) {
    assert.equal(seen[where].text, rgb(NAVY), `${where}: the brand text colour`);
    assert.equal(seen[where].link, TEAL, `${where}: the brand link colour`);
  }
  for (const where of ['dark/auto', 'dark/dark', 'light/dark']) {
    assert.equal(seen[where].text, rgb(defaults.dark['--clearline-text']), `${where}: the dark default text, not the light brand's navy:\n${css}`);
    assert.equal(seen[where].link, defaults.dark['--clearline-link'], `${where}: the dark default link`);
  }
  // Sizes are no colours: they apply in both themes.
  for (const where of Object.keys(seen)) assert.equal(seen[where].radius, '2px', `${where}: the radius`);
});

test('dark playground CSS: brand colours in dark mode and theme="dark" only', async () => {
  const css = playground.themeCss('clearline-status', 'dark', { theme: 'dark', '--clearline-text': '#f0e6d2' });
  const seen = await resolved(css);
  for (const where of ['dark/auto', 'dark/dark', 'light/dark']) assert.equal(seen[where].text, rgb('#f0e6d2'), where);
  for (const where of ['light/auto', 'light/light', 'dark/light']) assert.equal(seen[where].text, rgb(defaults.light['--clearline-text']), where);
});

test('the playground names text/background pairs below WCAG AA, in the page and in the copied CSS', () => {
  const args = { theme: 'light', '--clearline-link': TEAL, '--clearline-subtle': '#e6f2f1' };
  const problems = playground.playgroundContrast('clearline-status', 'light', args);
  assert.deepEqual(problems, [{ foreground: '--clearline-link', background: '--clearline-subtle', ratio: 4.37, minimum: 4.5 }]);
  assert.match(playground.themeCss('clearline-status', 'light', args), /Below WCAG AA contrast[^*]*--clearline-link on --clearline-subtle: 4\.37:1, needs 4\.5:1/);
  // Light-theme navy text chosen in the dark playground: on the dark card at 1.15:1.
  const dark = playground.playgroundContrast('clearline-banner', 'dark', { theme: 'dark', '--clearline-text': NAVY });
  assert.ok(dark.some((p) => p.foreground === '--clearline-text' && p.background === '--clearline-surface' && p.ratio < 1.2), JSON.stringify(dark));
});

test("every playground's defaults pass its own contrast checks (no warning until the designer changes a colour)", () => {
  for (const tag of ['clearline-status', 'clearline-banner', 'clearline-badge', 'clearline-faq', 'clearline-editor']) {
    for (const theme of ['light', 'dark']) assert.deepEqual(playground.playgroundContrast(tag, theme, { theme, ...defaults[theme] }), [], `${tag} ${theme}`);
  }
});

test("docs/embedding.md's brand-colour example keeps each theme's colours to that theme", async () => {
  const doc = readFileSync(join(ROOT, 'docs/embedding.md'), 'utf8');
  const css = /\*\*Brand colours: set them per theme\.\*\*[\s\S]*?```css\n([\s\S]*?)```/.exec(doc)?.[1];
  assert.ok(css, 'no CSS example under "Brand colours: set them per theme"');
  const seen = await resolved(css);
  for (const where of ['light/auto', 'light/light', 'dark/light']) assert.equal(seen[where].text, rgb(NAVY), where);
  for (const where of ['dark/auto', 'dark/dark', 'light/dark']) assert.equal(seen[where].text, rgb('#e6eef7'), where);
  for (const where of Object.keys(seen)) assert.equal(seen[where].radius, '2px', where);
});
