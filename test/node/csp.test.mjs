// A bank's page with a strict Content-Security-Policy (docs/embedding.md): no 'unsafe-inline', the
// feed host in connect-src, Trusted Types required. Every element, the Markdown renderer and the
// module and classic builds must work there without one violation; a policy list without
// `dompurify` still shows the texts (plain); one without `lit-html` says in the console which line
// to add. Needs dist/ (`npm run build`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepTextSource, launchChromium, recordingPage, serveStatic, signedDemoFeed } from './browser-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TITLE = 'Storm: flights cancelled at Amsterdam';
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

// The policy docs/embedding.md shows, as a site would copy it: its lines joined into one header.
const DOCS = readFileSync(join(ROOT, 'docs/embedding.md'), 'utf8').split('## Content-Security-Policy')[1].split('```')[1].trim().split('\n').join(' ');
const NONE = DOCS.replace("default-src 'self'", "default-src 'none'");

let site;
let chromium;

// The banner is inline: floating, it shows nothing beside a status of the same feed (banner.ts), and here it must render.
function page(csp, script, publicKey, feedId) {
  const attrs = `src="/csp/feed.jws.json" public-key='${JSON.stringify(publicKey)}' feed-id="${feedId}"`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><title>Bank</title>${script}</head>
<body><header><clearline-badge ${attrs} href="/status"></clearline-badge></header><main><clearline-status ${attrs}></clearline-status></main>
<clearline-banner ${attrs} href="/status" placement="inline"></clearline-banner><clearline-help ${attrs}></clearline-help></body></html>`;
}

before(async () => {
  const { publicJwk, doc, envelope } = await signedDemoFeed(ROOT, (d) => (d.incidents[0].known.en += ' See [the rebooking page](https://example.com/rebook).'));
  const module = '<script type="module" src="/dist/clearline.js"></script>';
  const classic = '<script src="/dist/clearline.iife.js" defer></script>';
  const html = (csp, script) => () => ({ type: 'text/html', body: page(csp, script, publicJwk, doc.feed_id) });
  site = await serveStatic(ROOT, {
    '/csp/feed.jws.json': () => ({ type: 'application/json', body: envelope }),
    '/favicon.ico': () => ({ status: 204, type: 'image/x-icon', body: '' }),
    '/csp/module.html': html(STRICT, module),
    '/csp/classic.html': html(STRICT, classic),
    '/csp/named.html': html(`${STRICT}; trusted-types lit-html dompurify`, module),
    '/csp/docs.html': html(DOCS, module),
    '/csp/docs-none.html': html(NONE, classic),
    '/csp/no-dompurify.html': html(`${STRICT}; trusted-types lit-html`, module),
    '/csp/no-lit.html': html(`${STRICT}; trusted-types bank-app`, module),
  });
  chromium = await launchChromium();
});

after(async () => {
  await chromium?.close();
  await site?.close();
});

/** Opens a page, records every CSP violation, waits for the status title. */
async function open(path) {
  const { page, errors } = await recordingPage(chromium.browser);
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  });
  await page.goto(site.origin + path, { waitUntil: 'load' });
  return { page, errors, violations: () => page.evaluate(() => window.__violations) };
}

const statusText = (page) => page.evaluate((src) => eval(src)(document.querySelector('clearline-status')), deepTextSource);

for (const path of ['/csp/module.html', '/csp/classic.html', '/csp/named.html', '/csp/docs.html', '/csp/docs-none.html']) {
  test(`${path}: every element and the Markdown work under a strict policy, without one violation`, async () => {
    const { page, errors, violations } = await open(path);
    await page.waitForFunction(() => document.querySelector('clearline-status')?.shadowRoot?.querySelector('[part~=known] a[href="https://example.com/rebook"]'), { timeout: 15_000 });
    assert.match(await statusText(page), new RegExp(TITLE));
    assert.ok(await page.evaluate(() => !!document.querySelector('clearline-badge').shadowRoot?.querySelector('[part~=badge]')), 'badge');
    assert.ok(await page.evaluate(() => !!document.querySelector('clearline-banner').shadowRoot?.querySelector('[part~=banner]')), 'banner');
    assert.ok(await page.evaluate(() => !!document.querySelector('clearline-help').shadowRoot?.querySelector('[part~=launcher]')), 'help');
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the policy in docs/embedding.md can be copied as it stands: every directive is real, none is lost', () => {
  const directives = DOCS.split(';').map((d) => d.trim().split(/\s+/)[0]);
  assert.deepEqual(directives, ['default-src', 'script-src', 'style-src', 'connect-src', 'require-trusted-types-for', 'trusted-types']);
  assert.doesNotMatch(DOCS, /unsafe-inline|unsafe-eval/);
  assert.notEqual(NONE, DOCS);
});

test('a Trusted Types list without dompurify: the texts are there, as plain text', async () => {
  const { page } = await open('/csp/no-dompurify.html');
  for (let i = 0; i < 150 && !(await statusText(page)).includes(TITLE); i++) await new Promise((r) => setTimeout(r, 100));
  // Wait until the Markdown renderer has had its turn, then the texts must still be there.
  await new Promise((r) => setTimeout(r, 1500));
  const known = await page.evaluate(() => document.querySelector('clearline-status').shadowRoot.querySelector('[part~=known] .md').textContent);
  assert.match(known, /Because of the severe storm/);
  assert.match(known, /the rebooking page/);
  await page.close();
});

test('a Trusted Types list without lit-html: the console says which line to add', async () => {
  const { page, errors } = await open('/csp/no-lit.html');
  await new Promise((r) => setTimeout(r, 2500));
  assert.ok(errors.some((e) => e.includes('add "trusted-types lit-html dompurify" to this page\'s Content-Security-Policy')), errors.join('\n'));
  await page.close();
});
