// The embedding examples (examples/) in Chromium: plain HTML with the module script, the classic
// script injected from JavaScript as a tag manager does, React 19 and Vue 3 (built with vite by
// scripts/build-examples.mjs). Each must verify a freshly signed feed and show its incident; the
// React and Vue apps must receive the element's events and hand an object over as a property.
// Needs dist/ (`npm run build`, which `npm test` runs first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepTextSource, launchChromium, recordingPage, serveStatic, signedDemoFeed } from './browser-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TITLE = 'Storm: flights cancelled at Amsterdam';

/** A page with the classic script and an FAQ given its entries as a property. */
const classicFaq = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ</title><script src="${script}" defer></script></head>
<body><clearline-faq lang="en"></clearline-faq><script>
customElements.whenDefined('clearline-faq').then(() => { document.querySelector('clearline-faq').entries = ${JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'demo/faq.json'), 'utf8')).entries)}; });
</script></body></html>`;

let site;
let chromium;
let feedLoads = 0;

before(async () => {
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build-examples.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  assert.equal(built.status, 0, `build-examples failed:\n${built.stdout}\n${built.stderr}`);
  // A link: the Markdown renderer draws it as <a href>, the plain stand-in as text only.
  const { publicJwk, doc, envelope } = await signedDemoFeed(ROOT, (d) => (d.incidents[0].known.en += ' See [the rebooking page](https://example.com/rebook).'));
  const config = `window.CLEARLINE_DEMO = ${JSON.stringify({ src: '/demo/.generated/feed.jws.json', publicKey: publicJwk, feedId: doc.feed_id })};`;
  // The examples read the demo's generated config; here it comes from this test's own key.
  site = await serveStatic(ROOT, {
    '/demo/.generated/config.js': () => ({ type: 'text/javascript', body: config }),
    '/demo/.generated/feed.jws.json': () => (feedLoads++, { type: 'application/json', body: envelope }),
    '/favicon.ico': () => ({ status: 204, type: 'image/x-icon', body: '' }),
    // The classic script from another directory, beside a Markdown file that is not the one it was built with.
    '/tampered/clearline.iife.js': () => ({ type: 'text/javascript', body: readFileSync(join(ROOT, 'dist/clearline.iife.js')) }),
    '/tampered/clearline-markdown.js': () => ({ type: 'text/javascript', body: readFileSync(join(ROOT, 'dist/clearline-markdown.js'), 'utf8') + '\nglobalThis.__clearlineTampered = true;\n' }),
    '/tampered/clearline-search.js': () => ({ type: 'text/javascript', body: readFileSync(join(ROOT, 'dist/clearline-search.js'), 'utf8') + '\nglobalThis.__clearlineTampered = true;\n' }),
    '/classic-faq.html': () => ({ type: 'text/html', body: classicFaq('/dist/clearline.iife.js') }),
    '/tampered/faq.html': () => ({ type: 'text/html', body: classicFaq('/tampered/clearline.iife.js') }),
    '/tampered/page.html': () => ({ type: 'text/html', body: readFileSync(join(ROOT, 'examples/classic-script.html'), 'utf8').replace("'/dist/clearline.iife.js'", "'/tampered/clearline.iife.js'") }),
  });
  chromium = await launchChromium();
});

after(async () => {
  await chromium?.close();
  await site?.close();
});

/** Opens an example and waits until the element with `selector` shows `text` in its shadow DOM. */
async function open(path, selector, text) {
  const { page, errors } = await recordingPage(chromium.browser);
  await page.goto(site.origin + path, { waitUntil: 'load' });
  await page
    .waitForFunction((sel, src, want) => {
      const el = document.querySelector(sel);
      return !!el?.shadowRoot && eval(src)(el).includes(want);
    }, { timeout: 10_000 }, selector, deepTextSource, text)
    .catch(async () => {
      const shown = await page.evaluate((src) => eval(src)(document.body), deepTextSource);
      assert.fail(`${path}: "${text}" never appeared; the page shows: ${shown.slice(0, 300)}\n${errors.join('\n')}`);
    });
  return { page, errors };
}

test('plain HTML with the module script verifies the feed and shows the incident', async () => {
  const before = feedLoads;
  const { page, errors } = await open('/examples/plain-module.html', 'clearline-status', TITLE);
  assert.ok(feedLoads > before, 'the feed was fetched');
  assert.equal(await page.evaluate(() => typeof customElements.get('clearline-status')), 'function');
  assert.deepEqual(errors, []);
  await page.close();
});

test('classic script injected from JavaScript (tag manager) shows the incident', async () => {
  const { page, errors } = await open('/examples/classic-script.html', 'clearline-status', TITLE);
  // The element came from the IIFE build, not a module.
  assert.equal(await page.evaluate(() => [...document.scripts].some((s) => s.src.endsWith('/dist/clearline.iife.js') && s.type === '')), true);
  // Markdown is drawn by dist/clearline-markdown.js, which the classic script loads after the first paint, pinned by its hash.
  await page.waitForFunction(() => document.querySelector('clearline-status').shadowRoot.querySelector('[part~=known] a[href="https://example.com/rebook"]'), { timeout: 10_000 });
  assert.ok(await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload]')].some((l) => l.href.endsWith('/dist/clearline-markdown.js') && l.integrity.startsWith('sha384-'))));
  assert.deepEqual(errors, []);
  await page.close();
});

/** Types a query into the FAQ on the page. */
async function searchFaq(page, query) {
  await page.waitForFunction(() => document.querySelector('clearline-faq')?.shadowRoot?.querySelector('input[type=search]'), { timeout: 10_000 });
  const input = await page.evaluateHandle(() => document.querySelector('clearline-faq').shadowRoot.querySelector('input[type=search]'));
  await input.focus();
  await page.keyboard.type(query);
}

test('classic script: the FAQ search engine comes from clearline-search.js, pinned by its hash', async () => {
  const { page, errors } = await recordingPage(chromium.browser);
  await page.goto(site.origin + '/classic-faq.html', { waitUntil: 'load' });
  await searchFaq(page, 'refund');
  await page.waitForFunction(() => document.querySelector('clearline-faq').shadowRoot.querySelectorAll('[part~=result]').length > 0, { timeout: 10_000 });
  assert.ok(await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload]')].some((l) => l.href.endsWith('/dist/clearline-search.js') && l.integrity.startsWith('sha384-'))));
  assert.deepEqual(errors, []);
  await page.close();
});

test('classic script: a search file that does not match its built-in hash never runs', async () => {
  const { page, errors } = await recordingPage(chromium.browser);
  await page.goto(site.origin + '/tampered/faq.html', { waitUntil: 'load' });
  await searchFaq(page, 'refund');
  await page.waitForFunction(() => [...document.querySelectorAll('link[rel=modulepreload]')].some((l) => l.href.endsWith('/tampered/clearline-search.js')), { timeout: 10_000 });
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await page.evaluate(() => globalThis.__clearlineTampered), undefined, 'the changed file ran');
  assert.equal(await page.evaluate(() => document.querySelector('clearline-faq').shadowRoot.querySelectorAll('[part~=result]').length), 0);
  assert.ok(errors.some((e) => /integrity/i.test(e)), `the browser reports the integrity failure: ${errors.join(' | ')}`);
  // The reader is told, and can still browse every question.
  await page.waitForFunction(() => /Search does not work right now/.test(document.querySelector('clearline-faq').shadowRoot.querySelector('[part~=count]').textContent), { timeout: 5000 });
  assert.ok(await page.evaluate(() => document.querySelector('clearline-faq').shadowRoot.querySelectorAll('[part~=entry]').length > 0), 'the questions stay listed');
  await page.close();
});

test('classic script in a browser without modulepreload: its parts are not loaded unchecked; plain text, and search says it does not work', async () => {
  for (const path of ['/classic-faq.html', '/examples/classic-script.html']) {
    const { page } = await recordingPage(chromium.browser);
    await page.evaluateOnNewDocument(() => {
      const supports = DOMTokenList.prototype.supports;
      DOMTokenList.prototype.supports = function (token) {
        return token === 'modulepreload' ? false : supports.call(this, token);
      };
    });
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(site.origin + path, { waitUntil: 'load' });
    if (path === '/classic-faq.html') {
      await searchFaq(page, 'refund');
      await page.waitForFunction(() => /Search does not work right now/.test(document.querySelector('clearline-faq').shadowRoot.querySelector('[part~=count]').textContent), { timeout: 5000 });
      assert.ok(await page.evaluate(() => document.querySelector('clearline-faq').shadowRoot.querySelectorAll('[part~=entry]').length > 0), 'the questions stay listed');
    } else {
      await page.waitForFunction(() => document.querySelector('clearline-status')?.shadowRoot?.querySelector('[part~=known]'), { timeout: 10_000 });
      await new Promise((r) => setTimeout(r, 1000));
      assert.equal(await page.evaluate(() => document.querySelector('clearline-status').shadowRoot.querySelector('[part~=known] a')), null, 'drawn by the plain stand-in');
    }
    assert.deepEqual(requested.filter((u) => /clearline-(markdown|search)\.js/.test(u)), [], 'no part was requested');
    await page.close();
  }
});

test('classic script: a Markdown file that does not match its built-in hash never runs; the text stays plain', async () => {
  const { page, errors } = await open('/tampered/page.html', 'clearline-status', TITLE);
  await page.waitForFunction(() => [...document.querySelectorAll('link[rel=modulepreload]')].some((l) => l.href.endsWith('/tampered/clearline-markdown.js')), { timeout: 10_000 });
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await page.evaluate(() => globalThis.__clearlineTampered), undefined, 'the changed file ran');
  const known = await page.evaluate(() => !!document.querySelector('clearline-status').shadowRoot.querySelector('[part~=known]'));
  assert.ok(known, 'the incident is shown');
  assert.equal(await page.evaluate(() => document.querySelector('clearline-status').shadowRoot.querySelector('[part~=known] a')), null, 'drawn by the plain stand-in: the link is text');
  assert.match(await page.evaluate(() => document.querySelector('clearline-status').shadowRoot.querySelector('[part~=known]').textContent), /See the rebooking page/);
  assert.ok(errors.some((e) => /integrity/i.test(e)), `the browser reports the integrity failure: ${errors.join(' | ')}`);
  await page.close();
});

for (const [name, stateId, framework] of [
  ['react', 'react-state', 'React'],
  ['vue', 'vue-state', 'Vue'],
]) {
  test(`${framework}: the feed shows, clearline-load reaches the app, data goes in as a property`, async () => {
    const { page, errors } = await open(`/examples/${name}/dist/index.html`, '#feed', TITLE);
    await page.waitForFunction((id) => /clearline-load: seq \d+/.test(document.getElementById(id)?.textContent ?? ''), { timeout: 5000 }, stateId);
    const state = await page.$eval(`#${stateId}`, (e) => e.textContent.trim());
    assert.match(state, new RegExp(`^${framework} saw clearline-load: seq \\d+$`));
    // `data` is an object: only a property can carry it, never an attribute.
    const data = await page.$eval('#from-data', (e) => ({ isObject: typeof e.data === 'object' && e.data !== null, attr: e.getAttribute('data'), title: e.data?.incidents?.[0]?.title }));
    assert.deepEqual(data, { isObject: true, attr: null, title: 'Planned maintenance of the app tonight' });
    await page.waitForFunction((src) => eval(src)(document.getElementById('from-data')).includes('Planned maintenance of the app tonight'), { timeout: 5000 }, deepTextSource);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
