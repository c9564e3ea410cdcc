// `clearline studio` end to end: a service-desk user in Chromium writes a signed, bilingual update
// on an empty feed in at most 12 interactions, with the key file picked in the page. The envelope
// passes `clearline verify` and `clearline lint`, renders in <clearline-status>, and no request
// carried the private key. Then: save next to the feed + --publish-cmd, a refused save when
// feed.json changed meanwhile (applied on top), and a refused non-loopback Host. Needs dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepTextSource, launchChromium, recordingPage, serveStatic } from './browser-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'clearline-studio-'));
const FEED = join(dir, 'feed.json');
const cli = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });

const EMPTY = { type: 'status', version: 1, feed_id: 'acme-energy', publisher: { name: 'Acme Energy', url: 'https://acme.example' }, time_zone: 'Europe/Amsterdam', channels: [], incidents: [] };
const TEXT = {
  'Title — English': 'The app does not let you log in',
  'Title — Dutch': 'Inloggen in de app werkt niet',
  'What we know — English': 'Since 09:10 nobody can log in to the app. The website works.',
  'What we know — Dutch': 'Sinds 09:10 kan niemand inloggen in de app. De website werkt wel.',
  "What we don't know yet — English": 'The cause, and when it will be fixed.',
  "What we don't know yet — Dutch": 'De oorzaak, en wanneer het is opgelost.',
};

let child;
let url;
let output = '';
let chromium;
let privateD;

before(async () => {
  writeFileSync(FEED, JSON.stringify(EMPTY, null, 2) + '\n');
  assert.equal(cli('keygen', '--out', 'key.jwk.json', '--public-out', 'public.jwk.json').status, 0);
  privateD = JSON.parse(readFileSync(join(dir, 'key.jwk.json'), 'utf8')).d;
  const publish = `${JSON.stringify(process.execPath)} -e "require('fs').copyFileSync('feed.jws.json','published.jws.json');console.log('copied to the web server')"`;
  child = spawn(process.execPath, [CLI, 'studio', 'feed.json', '--lang', 'en', '--port', '0', '--publish-cmd', publish], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  url = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`studio did not start:\n${output}`)), 20_000);
    child.stdout.on('data', () => {
      const m = /clearline studio: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (m) ok(m[1], clearTimeout(timer));
    });
    child.once('exit', (code) => fail(new Error(`studio exited with ${code}:\n${output}`)));
  });
  chromium = await launchChromium();
});

after(async () => {
  await chromium?.close();
  child?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const aria = (page, name) => page.locator(`::-p-aria(${name.replace(/[()]/g, '\\$&')})`);

test('a service-desk user signs a bilingual update in at most 12 interactions; no request carries the key', async () => {
  const { page, errors } = await recordingPage(chromium.browser);
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '', headers: JSON.stringify(r.headers()) }));
  const violations = [];
  await page.exposeFunction('__csp', (v) => violations.push(v));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__csp(`${e.violatedDirective} ${e.blockedURI}`));
    window.__signed = new Promise((ok) => document.addEventListener('clearline-signed', (e) => ok(JSON.stringify(e.detail))));
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await aria(page, 'New incident').wait();

  let interactions = 0;
  const started = Date.now();
  const act = async (fn) => (interactions++, fn());
  await act(() => aria(page, 'Template').fill('outage'));
  await act(() => aria(page, 'New incident').click());
  for (const [name, value] of Object.entries(TEXT)) await act(() => aria(page, name).fill(value));
  await act(() => aria(page, '+30 min').click());
  await act(() => aria(page, 'Act now: add “Use the website meanwhile”').click());
  // A file input's accessible name is on its inner button, which ARIA selectors do not reach: find it by its label, check the name.
  const keyInput = await page.evaluateHandle(() => [...document.querySelector('clearline-editor').shadowRoot.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Signing key').control);
  assert.equal((await page.accessibility.snapshot({ root: keyInput, interestingOnly: false }))?.name, 'Signing key');
  await act(() => keyInput.uploadFile(join(dir, 'key.jwk.json')));
  await page.waitForFunction(() => document.querySelector('clearline-editor').shadowRoot.querySelector('.key-ready'));
  await act(() => aria(page, 'Sign').click());
  const detail = JSON.parse(await page.evaluate(() => window.__signed));
  const seconds = (Date.now() - started) / 1000;
  console.log(`# ${interactions} interactions, scripted flow ${seconds.toFixed(1)} s`);
  assert.ok(interactions <= 12, `${interactions} interactions`);

  // clearline verify and lint accept what the browser signed.
  writeFileSync(join(dir, 'signed.jws.json'), JSON.stringify(detail.envelope));
  const verified = cli('verify', '--key', 'public.jwk.json', '--feed-id', 'acme-energy', '--json', 'signed.jws.json');
  assert.equal(verified.status, 0, verified.stdout + verified.stderr);
  assert.equal(JSON.parse(verified.stdout).open_incidents, 1);
  const lint = cli('lint', '--json', 'signed.jws.json');
  assert.equal(lint.status, 0, lint.stdout + lint.stderr);
  assert.equal(JSON.parse(lint.stdout).errors, 0);
  const inc = detail.payload.incidents[0];
  assert.deepEqual(inc.title, { nl: TEXT['Title — Dutch'], en: TEXT['Title — English'] });
  assert.equal(inc.actions.filter((a) => a.urgent).length, 1);
  const minutes = (Date.parse(inc.next_update_at) - Date.parse(detail.payload.issued_at)) / 60_000;
  assert.ok(minutes >= 29 && minutes <= 31, `next update ${minutes} min ahead`);

  // The private key: in no request, not in the DOM, not in web storage.
  for (const r of requests) for (const part of [r.url, r.body, r.headers]) assert.ok(!part.includes(privateD), `${r.method} ${r.url} carried the private key`);
  const leaks = await page.evaluate((d) => {
    const html = (n) => (n.shadowRoot ? n.shadowRoot.innerHTML + [...n.shadowRoot.querySelectorAll('*')].map(html).join('') : '');
    const values = [...document.querySelector('clearline-editor').shadowRoot.querySelectorAll('input, textarea')].map((e) => e.value).join('\n');
    return [document.documentElement.outerHTML + html(document.querySelector('clearline-editor')), values, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })].filter((s) => s.includes(d)).length;
  }, privateD);
  assert.equal(leaks, 0, 'the private key is somewhere in the page');
  assert.ok(requests.every((r) => r.url.startsWith(url)), `only the studio was asked: ${requests.map((r) => r.url).join(', ')}`);
  assert.deepEqual(violations, [], 'no CSP or Trusted Types violation');
  assert.deepEqual(errors, []);

  // <clearline-status> renders the envelope.
  const site = await serveStatic(ROOT, {
    '/signed.jws.json': () => ({ type: 'application/json', body: JSON.stringify(detail.envelope) }),
    '/reader.html': () => ({ type: 'text/html', body: '<!doctype html><html lang="en"><title>reader</title><body></body></html>' }),
  });
  try {
    const reader = await chromium.browser.newPage();
    await reader.goto(`${site.origin}/reader.html`);
    await reader.evaluate(
      async (origin, pub) => {
        await import(`${origin}/dist/status.js`);
        const el = document.createElement('clearline-status');
        el.setAttribute('src', `${origin}/signed.jws.json`);
        el.setAttribute('public-key', pub);
        el.setAttribute('feed-id', 'acme-energy');
        document.body.append(el);
        await new Promise((ok) => el.addEventListener('clearline-load', ok, { once: true }));
        await el.updateComplete;
      },
      site.origin,
      readFileSync(join(dir, 'public.jwk.json'), 'utf8'),
    );
    const text = await reader.evaluate(`${deepTextSource}(document.body)`);
    assert.match(text, /The app does not let you log in/);
    assert.match(text, /Since 09:10 nobody can log in/);
    await reader.close();
  } finally {
    await site.close();
  }

  // Publish: both files next to feed.json, the publish command run and its output shown.
  await aria(page, 'Publish').click();
  await page.waitForFunction(() => /publish command finished/.test(document.querySelector('clearline-editor').shadowRoot.querySelector('.outcome')?.textContent ?? ''), { timeout: 15_000 });
  const onDisk = JSON.parse(readFileSync(FEED, 'utf8'));
  assert.equal(onDisk.incidents[0].title.en, TEXT['Title — English']);
  assert.equal(onDisk.seq, undefined, 'feed.json stays an unsigned draft');
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8')), detail.envelope);
  assert.ok(existsSync(join(dir, 'published.jws.json')), 'the publish command ran');
  const shown = await page.evaluate(`${deepTextSource}(document.querySelector('clearline-editor'))`);
  assert.match(shown, /copied to the web server/);
  await page.close();
});

test('two editors: a save over a changed feed.json is refused, shows what changed, and applies on top', async () => {
  const { page, errors } = await recordingPage(chromium.browser);
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await aria(page, 'Post update').click();
  await aria(page, 'What we know — English').fill('The app works again for most people.');
  await aria(page, 'What we know — Dutch').fill('De app werkt weer voor de meeste mensen.');
  await aria(page, '+1 h').click();
  const keyInput = await page.evaluateHandle(() => [...document.querySelector('clearline-editor').shadowRoot.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Signing key').control);
  await keyInput.uploadFile(join(dir, 'key.jwk.json'));
  await page.waitForFunction(() => document.querySelector('clearline-editor').shadowRoot.querySelector('.key-ready'));

  // Meanwhile a colleague saves feed.json with another incident.
  const theirs = JSON.parse(readFileSync(FEED, 'utf8'));
  const now = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  theirs.incidents.push({ id: 'billing-done', title: { en: 'Bills were late', nl: 'Rekeningen waren te laat' }, severity: 'minor', phase: 'resolved', started_at: now, updated_at: now, resolved_at: now, known: { en: 'Sent.', nl: 'Verstuurd.' }, unknown: { en: 'Nothing.', nl: 'Niets.' }, next_update_at: null });
  writeFileSync(FEED, JSON.stringify(theirs, null, 2) + '\n');

  await aria(page, 'Sign').click();
  await aria(page, 'Publish').click();
  await aria(page, 'Apply my edit on top of the newer feed').wait();
  const said = await page.evaluate(`${deepTextSource}(document.querySelector('clearline-editor'))`);
  assert.match(said, /changed the feed after you opened it/);
  assert.match(said, /Changed: \+ Bills were late/);
  assert.equal(JSON.parse(readFileSync(FEED, 'utf8')).incidents.length, 2, 'nothing was overwritten');

  await aria(page, 'Apply my edit on top of the newer feed').click();
  await aria(page, 'Sign').click();
  await aria(page, 'Publish').click();
  await page.waitForFunction(() => /publish command finished/.test(document.querySelector('clearline-editor').shadowRoot.querySelector('.outcome')?.textContent ?? ''), { timeout: 15_000 });
  const saved = JSON.parse(readFileSync(FEED, 'utf8'));
  assert.deepEqual(saved.incidents.map((i) => i.id).sort(), ['billing-done', saved.incidents.find((i) => i.id !== 'billing-done').id].sort());
  const mine = saved.incidents.find((i) => i.id !== 'billing-done');
  assert.equal(mine.known.en, 'The app works again for most people.');
  assert.equal(mine.updates[0].known.en, TEXT['What we know — English'], 'the old text moved into the history');
  assert.deepEqual(errors.filter((e) => !e.includes('409 (Conflict)')), [], 'only the refused save');
  await page.close();
});

function get(path, host, headers = {}, method = 'GET', body) {
  const { port } = new URL(url);
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { Host: host, ...headers } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

test('studio answers only loopback Host headers and same-origin writes; the page has a strict CSP with Trusted Types', async () => {
  const { port } = new URL(url);
  const evil = await get('/', `status.evil.example:${port}`);
  assert.equal(evil.status, 421);
  assert.equal((await get('/api/feed', `evil.example`)).status, 421);
  const ok = await get('/', `localhost:${port}`);
  assert.equal(ok.status, 200);
  const csp = ok.headers['content-security-policy'];
  assert.match(csp, /require-trusted-types-for 'script'/);
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  const before = readFileSync(FEED, 'utf8');
  const forged = await get('/api/save', `127.0.0.1:${port}`, { Origin: 'https://evil.example', 'Content-Type': 'application/json' }, 'POST', JSON.stringify({ feed: '{}', envelope: {}, version: 'x' }));
  assert.equal(forged.status, 403);
  const text = await get('/api/save', `127.0.0.1:${port}`, { 'Content-Type': 'text/plain' }, 'POST', '{}');
  assert.equal(text.status, 403);
  assert.equal(readFileSync(FEED, 'utf8'), before, 'nothing was written');
  assert.equal((await get('/cli.js', `127.0.0.1:${port}`)).status, 404);
});
