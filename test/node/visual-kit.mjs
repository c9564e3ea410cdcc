// Visual regression for the Storybook test: a deterministic page (fixed clock, time zone, viewport,
// light colour scheme, no motion, fonts loaded), a screenshot cropped to the story's host page, and
// a real image diff (pixelmatch) against the reference images committed in test/visual/.
//
// Update the references on purpose (after looking at the diff images):
//   UPDATE_SNAPSHOTS=1 npm run test:visual
// Diff images of a failing run are written to .visual-diff/ (git-ignored).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Monday 23 November 2026, 09:30 in Amsterdam: every story's "now" in the visual test. */
export const FIXED_NOW = Date.UTC(2026, 10, 23, 8, 30, 0);
export const TIME_ZONE = 'Europe/Amsterdam';
export const VIEWPORT = { width: 640, height: 900, deviceScaleFactor: 1 };
/** Taller stories are cut here: the top of a page is what changes show in, and the repo stays light. */
export const MAX_HEIGHT = 1800;
/**
 * pixelmatch's per-pixel colour distance (0-1) and how many differing pixels are tolerated. Lower
 * than pixelmatch's default 0.1, which lets a recolour such as #1b6e3a -> #1b6e5a pass; renders
 * here are bit-exact from run to run, so 0.02 only absorbs rounding.
 */
export const THRESHOLD = 0.02;
export const MAX_DIFF_PIXELS = 0;

export const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
export const UPDATE_COMMAND = 'UPDATE_SNAPSHOTS=1 npm run test:visual';

/** Freezes Date (not timers) at FIXED_NOW before any page script runs. */
const clockSource = `(() => {
  const FIXED = ${FIXED_NOW};
  const RealDate = Date;
  function FixedDate(...args) {
    if (!new.target) return new RealDate(FIXED).toString();
    return args.length ? new RealDate(...args) : new RealDate(FIXED);
  }
  FixedDate.prototype = RealDate.prototype;
  FixedDate.now = () => FIXED;
  FixedDate.parse = RealDate.parse;
  FixedDate.UTC = RealDate.UTC;
  globalThis.Date = FixedDate;
})();`;

/**
 * Environment for the Chromium that takes the screenshots: system fonts drawn without
 * anti-aliasing (fontconfig), so text has a few colours instead of thousands. The reference
 * images are then about 5x smaller, and do not depend on the machine's smoothing settings.
 */
export function screenshotEnv() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-fontconfig-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <match target="font">
    <edit name="antialias" mode="assign"><bool>false</bool></edit>
    <edit name="hinting" mode="assign"><bool>true</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintfull</const></edit>
  </match>
</fontconfig>
`,
  );
  return { FONTCONFIG_FILE: file };
}

/** Same page, same pixels: call before the first navigation. */
export async function makeDeterministic(page) {
  await page.setViewport(VIEWPORT);
  await page.emulateTimezone(TIME_ZONE);
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  await page.evaluateOnNewDocument(clockSource);
}

/** After load: no blinking caret (inherited into shadow roots), no scrollbars, no motion in the light DOM. */
export async function freezePage(page) {
  await page.addStyleTag({
    content: `html { caret-color: transparent; scrollbar-width: none; }
      *, *::before, *::after { animation: none !important; transition: none !important; }`,
  });
}

/** A screenshot of the story's host page, taken once two in a row are identical (late fonts, lazy Markdown). */
export async function captureStory(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    // A text box's resize corner is the browser's own drawing and changes between Chromium versions
    // (Debian's 150 and 156 differ by 80 pixels a corner), so it is hidden in every shadow root.
    const hideResizers = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'textarea') el.style.resize = 'none';
        if (el.shadowRoot) hideResizers(el.shadowRoot);
      }
    };
    hideResizers(document);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  const clip = await page.evaluate((max) => {
    const el = document.querySelector('#storybook-root .clearline-host') ?? document.querySelector('#storybook-root');
    const r = el.getBoundingClientRect();
    return { x: Math.floor(r.left + scrollX), y: Math.floor(r.top + scrollY), width: Math.max(1, Math.ceil(r.width)), height: Math.max(1, Math.min(max, Math.ceil(r.height))) };
  }, MAX_HEIGHT);
  let previous = await page.screenshot({ clip, captureBeyondViewport: true });
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 120));
    const next = await page.screenshot({ clip, captureBeyondViewport: true });
    if (Buffer.compare(previous, next) === 0) return next;
    previous = next;
  }
  return previous;
}

const encode = (png) => PNG.sync.write(png, { colorType: 2, deflateLevel: 9 });

/**
 * Compares `shot` (PNG bytes) with `<refDir>/<name>.png`. In update mode writes the reference when
 * it is missing or differs. Returns { status, message } with status one of
 * match | created | updated | missing | size | mismatch.
 */
export function compareWithReference(name, shot, { refDir, diffDir }) {
  const refPath = join(refDir, `${name}.png`);
  const actual = PNG.sync.read(shot);
  const exists = existsSync(refPath);
  const expected = exists ? PNG.sync.read(readFileSync(refPath)) : undefined;
  const sameSize = expected && expected.width === actual.width && expected.height === actual.height;
  let diffPixels = 0;
  let diff;
  if (sameSize) {
    diff = new PNG({ width: actual.width, height: actual.height });
    diffPixels = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD });
  }
  if (UPDATE) {
    if (exists && sameSize && diffPixels === 0) return { status: 'match' };
    mkdirSync(refDir, { recursive: true });
    writeFileSync(refPath, shot); // Chromium's own PNG encoding is smaller than pngjs's
    return { status: exists ? 'updated' : 'created', message: `${exists ? 'updated' : 'created'} ${refPath}` };
  }
  mkdirSync(diffDir, { recursive: true });
  const actualPath = join(diffDir, `${name}.actual.png`);
  if (!exists) {
    writeFileSync(actualPath, shot);
    return {
      status: 'missing',
      message: `story ${name} has no reference image ${refPath}.\n  Its screenshot is ${actualPath}: look at it, then create the reference with ${UPDATE_COMMAND} and commit it.`,
    };
  }
  if (!sameSize) {
    writeFileSync(actualPath, shot);
    return {
      status: 'size',
      message: `story ${name} changed size: reference ${expected.width}x${expected.height}, now ${actual.width}x${actual.height}.\n  Screenshot: ${actualPath}, reference: ${refPath}. If the change is on purpose: ${UPDATE_COMMAND}`,
    };
  }
  if (diffPixels <= MAX_DIFF_PIXELS) return { status: 'match' };
  const diffPath = join(diffDir, `${name}.diff.png`);
  writeFileSync(diffPath, encode(diff));
  writeFileSync(actualPath, shot);
  return {
    status: 'mismatch',
    message: `story ${name}: ${diffPixels} pixels differ from the reference (tolerance ${MAX_DIFF_PIXELS} pixels at colour threshold ${THRESHOLD}).\n  Diff image (changed pixels in red): ${diffPath}\n  Screenshot: ${actualPath}\n  Reference: ${refPath}\n  If the change is on purpose: ${UPDATE_COMMAND}`,
  };
}

/** Reference images whose story is gone; removed in update mode. */
export function orphanReferences(refDir, names) {
  if (!existsSync(refDir)) return [];
  const keep = new Set(names.map((n) => `${n}.png`));
  const orphans = readdirSync(refDir).filter((f) => f.endsWith('.png') && !keep.has(f));
  if (UPDATE) for (const f of orphans) rmSync(join(refDir, f));
  return UPDATE ? [] : orphans;
}
