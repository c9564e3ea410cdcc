// Builds Storybook (npm run build-storybook), serves storybook-static/ on 127.0.0.1 and checks, in
// headless Chromium:
// - every story: renders the state it names, no console errors or uncaught exceptions, zero
//   axe-core violations, and looks like its committed reference image (visual regression);
// - every element's docs page opens on an incident (not a skeleton) and stays at the top, with
//   nothing focused;
// - every theme playground: its controls change the rendered colours and radius.
//
// VISUAL REGRESSION. Each story is captured on a deterministic page (Date frozen at Monday
// 23 November 2026 09:30 Amsterdam, 640 px viewport, light scheme, reduced motion, fonts loaded),
// cropped to the story's host page (at most 1800 px high) and compared with
// test/visual/<story-id>.png by pixelmatch (colour threshold 0.02, anti-aliasing ignored, 0 pixels
// tolerated). A failure names the story, the number of pixels and the diff image in .visual-diff/.
// A new story without a reference image fails until its reference is created.
// After a change of look ON PURPOSE, look at the diff images, then update the references with
//   UPDATE_SNAPSHOTS=1 npm run test:visual
// and commit test/visual/ (it also removes references of deleted stories). See docs/storybook.md.
// SKIP_STORYBOOK_BUILD=1 reuses an existing storybook-static/ (only when nothing changed since).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepTextSource, launchChromium, recordingPage, serveStatic } from './browser-kit.mjs';
import { DOCS_FIRST, EXPECT, NEVER } from './story-expectations.mjs';
import { captureStory, compareWithReference, freezePage, makeDeterministic, orphanReferences, screenshotEnv, UPDATE, UPDATE_COMMAND } from './visual-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const STATIC = join(ROOT, 'storybook-static');
const REF_DIR = join(ROOT, 'test/visual');
const DIFF_DIR = join(ROOT, '.visual-diff');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let site;
let chromium;
let stories = [];
let docs = [];

before(async () => {
  const started = Date.now();
  if (process.env.SKIP_STORYBOOK_BUILD !== '1') {
    const build = spawnSync('npm', ['run', 'build-storybook'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    assert.equal(build.status, 0, `build-storybook failed:\n${build.stdout}\n${build.stderr}`);
    console.log(`# build-storybook took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8'));
  stories = Object.values(index.entries).filter((e) => e.type === 'story');
  docs = Object.values(index.entries).filter((e) => e.type === 'docs');
  // Chromium asks every new origin for /favicon.ico; Storybook ships only an SVG one.
  site = await serveStatic(STATIC, { '/favicon.ico': () => ({ status: 204, type: 'image/x-icon', body: '' }) });
  chromium = await launchChromium({ env: screenshotEnv() });
});

after(async () => {
  await chromium?.close();
  await site?.close();
});

const deepText = (page, selector) => page.evaluate((src, sel) => eval(src)(document.querySelector(sel) ?? document.body), deepTextSource, selector);

/** Shows `storyId` in the already loaded preview, as the Storybook UI does, and waits for the render. */
function showStory(page, storyId) {
  return page.evaluate(
    (id) =>
      new Promise((ok) => {
        const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
        const events = ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'];
        const handlers = events.map((name) => {
          const h = (detail) => {
            events.forEach((n, i) => channel.off(n, handlers[i]));
            ok(name === 'storyRendered' ? null : `${name}: ${JSON.stringify(detail)?.slice(0, 300)}`);
          };
          channel.on(name, h);
          return h;
        });
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    storyId,
  );
}

/** Waits until every clearline element in the story root has rendered and `has` is all on screen. */
async function waitForState(page, expect) {
  await page
    .waitForFunction(
      (src, has, empty) => {
        const root = document.querySelector('#storybook-root');
        const hosts = root ? [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('clearline-')) : [];
        if (!hosts.length || hosts.some((h) => !h.shadowRoot || (!empty && h.shadowRoot.childElementCount === 0))) return false;
        const text = eval(src)(root);
        return has.every((s) => text.includes(s));
      },
      { timeout: 20_000, polling: 100 },
      deepTextSource,
      expect.has ?? [],
      !!expect.empty,
    )
    .catch(async () => assert.fail(`story did not render its expected state ${JSON.stringify(expect.has ?? [])}; it shows: ${(await deepText(page, '#storybook-root')).slice(0, 400)}`));
}

async function axeViolations(page) {
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' > ')).slice(0, 3).join('\n    ')}`);
  });
}

test('Storybook has a story for every expected state, and theme playgrounds and sectors', () => {
  const ids = stories.map((s) => s.id);
  for (const suffix of Object.keys(EXPECT)) assert.ok(ids.some((id) => id.endsWith(suffix)), `no story ${suffix}`);
  for (const el of ['status', 'banner', 'badge', 'faq']) {
    for (const t of ['theme-playground', 'theme-playground-dark']) assert.ok(ids.includes(`elements-clearline-${el}--${t}`), `no ${t} for ${el}`);
  }
  assert.ok(stories.length >= 60, `only ${stories.length} stories`);
});

test('every story: its state, no console errors, zero axe violations, same pixels as its reference', async (t) => {
  const { page, errors } = await recordingPage(chromium.browser);
  await makeDeterministic(page);
  // One page for all stories (switched as the Storybook UI does): loading the preview per story
  // would cost seconds each on a busy machine. The addon's own axe run is off (a11y.manual); ours
  // runs once the story shows its state.
  // Opened on the last story, so that switching to the first one renders it.
  await page.goto(`${site.origin}/iframe.html?id=${stories.at(-1).id}&viewMode=story&globals=a11y.manual:!true`, { waitUntil: 'load' });
  await freezePage(page);
  await page.evaluate(AXE);
  const visual = [];
  try {
    for (const story of stories) {
      await t.test(story.id, async () => {
        errors.length = 0;
        const failed = await showStory(page, story.id);
        assert.equal(failed, null, `story failed to render: ${failed}`);
        const expect = Object.entries(EXPECT).find(([suffix]) => story.id.endsWith(suffix))?.[1] ?? {};
        await waitForState(page, expect);
        const text = await deepText(page, '#storybook-root');
        if (expect.empty) assert.equal(text, '', 'shows nothing');
        for (const s of expect.not ?? []) assert.ok(!text.includes(s), `shows "${s}"`);
        if (!story.id.endsWith('--error-invalid')) for (const s of NEVER) assert.ok(!text.includes(s), `shows "${s}": its data is not valid`);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `axe violations:\n${violations.join('\n')}`);
        const result = compareWithReference(story.id, await captureStory(page), { refDir: REF_DIR, diffDir: DIFF_DIR });
        if (result.message) (UPDATE ? console.log(`# ${result.message}`) : visual.push(result.message));
        assert.ok(!['missing', 'size', 'mismatch'].includes(result.status), `visual regression: ${result.message}`);
        assert.deepEqual(errors, [], `console errors:\n${errors.join('\n')}`);
      });
    }
  } finally {
    await page.close();
  }
  const orphans = orphanReferences(REF_DIR, stories.map((s) => s.id));
  assert.deepEqual(orphans, [], `reference images without a story in ${REF_DIR}: remove them with ${UPDATE_COMMAND}`);
  if (visual.length) console.log(`# ${visual.length} stories differ from their reference images:\n# ${visual.join('\n# ')}`);
});

test("each element's docs page opens on an incident, at the top, with nothing focused", async (t) => {
  for (const [docsId, first] of Object.entries(DOCS_FIRST)) {
    assert.ok(docs.some((d) => d.id === docsId), `no docs page ${docsId}`);
    await t.test(docsId, async () => {
      const { page, errors } = await recordingPage(chromium.browser);
      try {
        await makeDeterministic(page);
        await page.goto(`${site.origin}/iframe.html?id=${docsId}&viewMode=docs&globals=a11y.manual:!true`, { waitUntil: 'load' });
        // The first story block on the page (the docs page's primary story) shows the incident.
        const firstStory = '.sbdocs .docs-story';
        await page.waitForFunction(
          (src, sel, want) => {
            const block = document.querySelector(sel);
            return block && eval(src)(block).includes(want);
          },
          { timeout: 60_000, polling: 250 },
          deepTextSource,
          firstStory,
          first,
        ).catch(async () => assert.fail(`the first story on ${docsId} does not show "${first}"; it shows: ${(await deepText(page, firstStory)).slice(0, 300) || '(nothing yet: a skeleton?)'}`));
        const skeleton = await page.evaluate((sel) => [...document.querySelector(sel).querySelectorAll('*')].some((e) => e.shadowRoot?.querySelector('[part~="skeleton"]')), firstStory);
        assert.equal(skeleton, false, 'the first story shows a loading skeleton');
        // Let every story on the page render (loaders, signed feeds, deep links) before looking.
        await page.waitForFunction(
          () => {
            const blocks = [...document.querySelectorAll('.sbdocs .docs-story')];
            const hosts = blocks.flatMap((b) => [...b.querySelectorAll('*')].filter((e) => e.localName.startsWith('clearline-')));
            return blocks.length > 1 && hosts.length >= blocks.length && hosts.every((h) => h.shadowRoot);
          },
          { timeout: 60_000, polling: 250 },
        );
        await new Promise((r) => setTimeout(r, 1500));
        const where = await page.evaluate(() => ({ y: scrollY, x: scrollX, active: document.activeElement?.localName ?? null, hash: location.hash }));
        assert.deepEqual(where, { y: 0, x: 0, active: 'body', hash: '' }, 'the docs page moved or something took focus');
        // Stories share the docs page's document: one story's brand (a style element) must not restyle another.
        const leaked = await page.evaluate((sel) => {
          const host = [...document.querySelector(sel).querySelectorAll('*')].find((e) => e.localName.startsWith('clearline-'));
          return ['--clearline-text', '--clearline-link', '--clearline-font'].filter((p) => getComputedStyle(host).getPropertyValue(p).trim());
        }, firstStory);
        assert.deepEqual(leaked, [], 'the first story is restyled by another story on the page');
        // The reference table: events and CSS properties are described, not set ("Set object"
        // there set nothing); a colour property's Default column shows its light default.
        const rows = await page.evaluate(() =>
          [...document.querySelectorAll('.docblock-argstable tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
        );
        const settable = rows.filter(([name, , , control]) => /^(--)?clearline-/.test(name ?? '') && /^Set /.test(control ?? '')).map(([name]) => name);
        assert.deepEqual(settable, [], 'events and CSS properties offer a control that sets nothing');
        // Only the public API (trial J: the banner's table opened with `space`, `store`, `clock`, ...).
        const tag = /^elements-(clearline-[a-z]+)--docs$/.exec(docsId)?.[1];
        if (tag) {
          const el = JSON.parse(readFileSync(join(ROOT, 'dist/custom-elements.json'), 'utf8')).modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
          const api = new Set([...(el.attributes ?? []), ...(el.events ?? []), ...(el.cssParts ?? []), ...(el.cssProperties ?? []), ...(el.members ?? []).filter((m) => !m.privacy && !m.static)].map((m) => m.name));
          const internal = (el.members ?? []).filter((m) => (m.privacy || m.static) && !api.has(m.name)).map((m) => m.name);
          const shown = rows.map(([name]) => name).filter((name) => internal.includes(name));
          assert.deepEqual(shown, [], `the reference table lists private, protected or static members of ${tag}`);
        }
        const surface = rows.find(([name]) => name === '--clearline-surface');
        if (docsId.startsWith('elements-')) assert.ok(surface?.[2]?.includes('#ffffff'), `--clearline-surface shows no default: ${JSON.stringify(surface)}`);
        assert.deepEqual(errors.filter((e) => !/404/.test(e)), [], `console errors:\n${errors.join('\n')}`);
      } finally {
        await page.close();
      }
    });
  }
});

test('theme playground controls change the rendered colours and radius', async (t) => {
  const { page } = await recordingPage(chromium.browser);
  await makeDeterministic(page);
  await page.goto(`${site.origin}/iframe.html?id=elements-clearline-badge--theme-playground&viewMode=story&globals=a11y.manual:!true`, { waitUntil: 'load' });
  try {
    for (const story of stories.filter((s) => /--theme-playground(-dark)?$/.test(s.id))) {
      await t.test(story.id, async () => {
        assert.equal(await showStory(page, story.id), null);
        await waitForState(page, {});
        const updated = { '--clearline-text': '#5a1e6e', '--clearline-surface': '#fde2e4', '--clearline-radius': 3 };
        // What the Controls panel sends when a designer picks a colour or drags the radius.
        await page.evaluate((id, args) => globalThis.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId: id, updatedArgs: args }), story.id, updated);
        // The badge has no rounded corner to show the radius on; the others must show it.
        const documentsRadius = story.id.includes('clearline-badge') === false;
        const read = () =>
          page.evaluate(() => {
            const host = document.querySelector('.theme-playground > *');
            const styles = [host, ...host.shadowRoot.querySelectorAll('*')].map((e) => getComputedStyle(e));
            const css = document.querySelector('.theme-css code')?.textContent ?? '';
            return {
              text: getComputedStyle(host).color === 'rgb(90, 30, 110)',
              surface: styles.some((s) => s.backgroundColor === 'rgb(253, 226, 228)'),
              radius: styles.some((s) => s.borderTopLeftRadius === '3px'),
              css: css.includes('--clearline-text: #5a1e6e;') && css.includes('--clearline-surface: #fde2e4;'),
            };
          });
        // Waits for every part of the update (colours, CSS shown, and the radius where the story
        // has corners): they can land in different frames. A heavy story (the editor) can still
        // be settling when the first update arrives and lose it; send it again, as a designer
        // would move the control again.
        let seen;
        for (const end = Date.now() + 30_000; Date.now() < end; await new Promise((r) => setTimeout(r, 500))) {
          seen = await read();
          if (seen.text && seen.surface && seen.css && (seen.radius || !documentsRadius)) break;
          await page.evaluate((id, args) => globalThis.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId: id, updatedArgs: args }), story.id, updated);
        }
        assert.ok(seen.text && seen.surface && seen.css, `the playground did not apply the new text and surface colours (computed style) or show them in the CSS: ${JSON.stringify(seen)}`);
        if (documentsRadius) assert.ok(seen.radius, 'the radius control did not change any rendered corner');
      });
    }
  } finally {
    await page.close();
  }
});

test('the host-font toolbar switch changes the font the elements inherit', async () => {
  const { page } = await recordingPage(chromium.browser);
  try {
    await page.goto(`${site.origin}/iframe.html?id=elements-clearline-status--storm&viewMode=story&globals=a11y.manual:!true`, { waitUntil: 'load' });
    await waitForState(page, { has: ['Storm: flights cancelled at Amsterdam'] });
    const fonts = {};
    for (const font of ['serif', 'rounded', 'system']) {
      // What the toolbar sends when a designer picks a host font.
      await page.evaluate((f) => globalThis.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { hostFont: f } }), font);
      fonts[font] = await page
        .waitForFunction(
          (f) => {
            const title = document.querySelector('clearline-status')?.shadowRoot?.querySelector('[part~="title"]');
            const family = title && getComputedStyle(title).fontFamily;
            const want = { serif: /Georgia/, rounded: /Nunito/, system: /system-ui/ }[f];
            return family && want.test(family) && family;
          },
          { timeout: 10_000, polling: 100 },
          font,
        )
        .then((h) => h.jsonValue())
        .catch(() => assert.fail(`host font "${font}" did not reach the element's text`));
    }
    assert.equal(new Set(Object.values(fonts)).size, 3, `the three host fonts: ${JSON.stringify(fonts)}`);
  } finally {
    await page.close();
  }
});
