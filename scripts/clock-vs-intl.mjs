// Compares src/i18n/clock.ts (Dutch and English times written without Intl, issue 13) with this
// machine's Chromium Intl, on an instant every 7 h 13 min through 2026 and relative times from -60
// to 60 of each unit (and the half hours within 5), in the zone given by TZ (default Europe/Amsterdam). Run it after a Chromium
// update: if Intl's strings changed, the fallback paths (other languages, a reader abroad) and the
// hand-written ones now differ. `node scripts/clock-vs-intl.mjs` (TZ=America/New_York to vary).
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const { outputFiles } = await build({ entryPoints: ['src/i18n/clock.ts'], bundle: true, format: 'iife', globalName: 'Clock', write: false });
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'], env: { ...process.env, TZ: process.env.TZ ?? 'Europe/Amsterdam' } });
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: outputFiles[0].text });
  const res = await page.evaluate(() => {
    const bad = [];
    let n = 0;
    for (const tag of ['nl', 'nl-NL', 'nl-BE', 'en', 'en-US', 'en-GB']) {
      const c = globalThis.Clock.handClock(tag);
      // The options of lang.ts TIME: two-digit hours in Dutch and British English ("04:00"), 'numeric' in American ("4:00 AM").
      const hour = /^(nl|en-gb)\b/i.test(tag) ? '2-digit' : 'numeric';
      const t = new Intl.DateTimeFormat(tag, { hour, minute: '2-digit' });
      const dt = new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', hour, minute: '2-digit' });
      const rtf = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 7 * 3600e3 + 13 * 60e3) {
        n += 2;
        if (c.time(ms) !== t.format(ms)) bad.push([tag, 'time', c.time(ms), t.format(ms)]);
        if (c.dateTime(ms) !== dt.format(ms)) bad.push([tag, 'date and time', c.dateTime(ms), dt.format(ms)]);
      }
      for (const u of ['second', 'minute', 'hour', 'day']) {
        for (let k = -60; k <= 60; k++) {
          n++;
          if (c.relative(k, u) !== rtf.format(k, u)) bad.push([tag, u, k, c.relative(k, u), rtf.format(k, u)]);
        }
        // Hours within 5 are said to the half hour (lang.ts formatRelative).
        for (let k = -4.5; k <= 4.5; k += 1) {
          n++;
          if (c.relative(k, u) !== rtf.format(k, u)) bad.push([tag, u, k, c.relative(k, u), rtf.format(k, u)]);
        }
      }
    }
    return { n, bad, zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  });
  console.log(`${res.n} strings compared in ${res.zone} (${await browser.version()}): ${res.bad.length} differ`);
  for (const b of res.bad.slice(0, 20)) console.log('  ', JSON.stringify(b));
  process.exitCode = res.bad.length ? 1 : 0;
} finally {
  await browser.close();
}
