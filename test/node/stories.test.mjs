// Builds Storybook (npm run build-storybook), serves storybook-static/ on 127.0.0.1 and renders
// every story in Chromium: no console errors, no uncaught exceptions, zero axe-core violations,
// and the states the story names (errors, stale data, language) actually on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepTextSource, launchChromium, recordingPage, serveStatic } from './browser-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const STATIC = join(ROOT, 'storybook-static');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Text a story must show (all of `has`) and must never show (any of `not`), by story id suffix. */
const EXPECT = {
  'clearline-status--no-known-disruptions': { has: ['No known disruptions'] },
  'clearline-status--storm': { has: ['Storm: flights cancelled at Amsterdam', 'What we know', "What we don't know yet"] },
  'clearline-status--overdue-update': { has: ['Storm: flights cancelled'], not: ['No known disruptions'] },
  'clearline-status--out-of-date': { has: ['Outdated'], not: ['No known disruptions'] },
  'clearline-status--dutch': { has: ['Storm: vluchten geannuleerd op Amsterdam'] },
  'clearline-status--error-config': { has: ['not set up correctly'], not: ['No known disruptions'] },
  'clearline-status--error-network': { has: ['could not be reached'], not: ['No known disruptions'] },
  'clearline-status--error-network-dutch': { has: ['kon niet worden opgehaald'] },
  'clearline-status--error-too-large': { has: ['too large'] },
  'clearline-status--error-signature': { has: ['confirmed as genuine'], not: ['Storm'] },
  'clearline-status--error-invalid': { has: ['not in a form'], not: ['Storm'] },
  'clearline-status--error-expired': { has: ['out of date'], not: ['No known disruptions'] },
  'clearline-status--error-rollback': { has: ['older version'], not: ['No known disruptions'] },
  'clearline-banner--storm': { has: ['Storm: flights cancelled at Amsterdam'] },
  'clearline-badge--out-of-date': { not: ['No known disruptions'] },
  'clearline-banner--no-known-disruptions': { empty: true },
  'clearline-faq--searching': { has: ['2 results', 'within 7 working days'] },
  'clearline-faq--typo': { has: ['1 result', 'Usually not for extreme weather'] },
  'clearline-faq--no-answer': { has: ['No results', 'Contact us'] },
  'clearline-faq--deep-linked-entry': { has: ['transfer desks in departure hall 2'] },
  'clearline-status--last-confirmed-stale': { has: ['Last confirmed at', 'could not be reached', 'Storm: flights cancelled at Amsterdam'] },
};
/** Every story shows something; only the invalid-feed story may say the data is not valid. */
const NEVER = ['not in a form this page can show'];

let site;
let chromium;
let stories = [];

before(async () => {
  const started = Date.now();
  const build = spawnSync('npm', ['run', 'build-storybook'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  assert.equal(build.status, 0, `build-storybook failed:\n${build.stdout}\n${build.stderr}`);
  console.log(`# build-storybook took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8'));
  stories = Object.values(index.entries).filter((e) => e.type === 'story');
  // Chromium asks every new origin for /favicon.ico; Storybook ships only an SVG one.
  site = await serveStatic(STATIC, { '/favicon.ico': () => ({ status: 204, type: 'image/x-icon', body: '' }) });
  chromium = await launchChromium();
});

after(async () => {
  await chromium?.close();
  await site?.close();
});

test('Storybook has a story for every expected state', () => {
  const ids = stories.map((s) => s.id);
  for (const suffix of Object.keys(EXPECT)) assert.ok(ids.some((id) => id.endsWith(suffix)), `no story ${suffix}`);
  assert.ok(stories.length >= 30, `only ${stories.length} stories`);
});

test('every story renders without console errors or axe violations', async (t) => {
  for (const story of stories) {
    await t.test(story.id, async () => {
      const { page, errors } = await recordingPage(chromium.browser);
      try {
        await page.goto(`${site.origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
        const expect = Object.entries(EXPECT).find(([suffix]) => story.id.endsWith(suffix))?.[1] ?? {};
        // Rendered: the story root holds a clearline element whose shadow DOM shows the expected text.
        await page
          .waitForFunction(
            (src, has, empty) => {
              const root = document.querySelector('#storybook-root');
              if (!root) return false;
              const hosts = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('clearline-'));
              if (!hosts.length || hosts.some((h) => !h.shadowRoot || (!empty && h.shadowRoot.childElementCount === 0))) return false;
              const text = eval(src)(root);
              return has.every((s) => text.includes(s));
            },
            { timeout: 8000 },
            deepTextSource,
            expect.has ?? [],
            !!expect.empty,
          )
          .catch(async () => {
            const text = await page.evaluate((src) => eval(src)(document.querySelector('#storybook-root') ?? document.body), deepTextSource);
            assert.fail(`story did not render its expected state ${JSON.stringify(expect.has ?? [])}; it shows: ${text.slice(0, 400)}`);
          });
        const text = await page.evaluate((src) => eval(src)(document.querySelector('#storybook-root')), deepTextSource);
        if (expect.empty) assert.equal(text, '', 'shows nothing');
        for (const s of expect.not ?? []) assert.ok(!text.includes(s), `shows "${s}"`);
        if (!story.id.endsWith('--error-invalid')) for (const s of NEVER) assert.ok(!text.includes(s), `shows "${s}": its data is not valid`);
        await page.evaluate(AXE);
        const violations = await page.evaluate(async () => {
          // The a11y addon runs its own axe after each render; wait for it to finish first.
          let result;
          for (let attempt = 0; !result; attempt++) {
            try {
              result = await globalThis.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
            } catch (e) {
              if (attempt > 50 || !/already running/.test(e.message)) throw e;
              await new Promise((r) => setTimeout(r, 100));
            }
          }
          return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' > ')).slice(0, 3).join('\n    ')}`);
        });
        assert.deepEqual(violations, [], `axe violations:\n${violations.join('\n')}`);
        assert.deepEqual(errors, [], `console errors:\n${errors.join('\n')}`);
      } finally {
        await page.close();
      }
    });
  }
});
