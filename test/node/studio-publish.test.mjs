// `clearline studio` publish flow, from a 2 a.m. walk-through by a water company (Dutch studio):
// a second Publish from the same tab is saved (not refused as someone else's change) and the
// published incident is listed; a failing --publish-cmd is said plainly, with both saved files and
// their folder, and no "check again in a minute"; without --publish-cmd the page says nothing went
// to the website; the page gets the site's public key (--public-key, else the public half of --key)
// so "expires within 15 minutes" and "this key is not one your site trusts" appear. Needs dist/.
import { test, before, after } from 'node:test';
import { startStudio, stopStudios } from './studio-kit.mjs';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepTextSource, launchChromium, recordingPage } from './browser-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const EMPTY = { type: 'status', version: 1, feed_id: 'zeist-water', publisher: { name: 'Waterbedrijf Zeist', url: 'https://water.example' }, time_zone: 'Europe/Amsterdam', channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Bel ons', en: 'Call us' }, href: 'tel:+31301234567' }], incidents: [] };

const dirs = [];
let chromium;

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-studio-publish-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(EMPTY, null, 2) + '\n');
  return dir;
}
const cli = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
const keygen = (dir, name) => assert.equal(cli(dir, 'keygen', '--out', `${name}.jwk.json`, '--public-out', `${name}.public.jwk.json`).status, 0);

/** Starts the studio in `dir`; resolves with its URL. */
const studio = async (dir, args) => (await startStudio(dir, ['--port', '0', ...args])).url;

before(async () => (chromium = await launchChromium()));
after(async () => {
  await chromium?.close();
  stopStudios();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const aria = (page, name) => page.locator(`::-p-aria(${name.replace(/[()]/g, '\\$&')})`);
const shown = (page) => page.evaluate(`${deepTextSource}(document.querySelector('clearline-editor'))`);
const outcome = (page) => page.evaluate(() => document.querySelector('clearline-editor').shadowRoot.querySelector('.outcome')?.textContent.replace(/\s+/g, ' ') ?? '');
async function pickKey(page, label, file) {
  const input = await page.evaluateHandle((l) => [...document.querySelector('clearline-editor').shadowRoot.querySelectorAll('label')].find((x) => x.textContent.trim() === l).control, label);
  await input.uploadFile(file);
  await page.waitForFunction(() => document.querySelector('clearline-editor').shadowRoot.querySelector('.key-ready'));
}
async function open(url) {
  const { page, errors } = await recordingPage(chromium.browser);
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, errors };
}

test('Dutch studio, failing --publish-cmd: both files and their folder, the failure with its output, no "kijk over een minuut"; a second Publish from the same tab is saved', async () => {
  const dir = folder();
  keygen(dir, 'site');
  // A public URL that does not answer with a feed, as when nothing reached the web server.
  const web = createServer((_, res) => res.writeHead(404).end('not found'));
  await new Promise((ok) => web.listen(0, '127.0.0.1', ok));
  try {
    const url = await studio(dir, ['--lang', 'nl', '--publish-cmd', 'cp feed.jws.json /mnt/nonexistent/', '--public-url', `http://127.0.0.1:${web.address().port}/feed.jws.json`]);
    const { page, errors } = await open(url);
    await aria(page, 'Sjabloon').fill('outage');
    await aria(page, 'Nieuw incident').click();
    const texts = {
      'Titel — Engels': 'No tap water in Zeist',
      'Titel — Nederlands': 'Geen kraanwater in Zeist',
      'Wat we weten — Engels': 'A main pipe burst at 01:40. About 3,000 homes have no water.',
      'Wat we weten — Nederlands': 'Om 01:40 is een hoofdleiding gesprongen. Zo’n 3.000 woningen hebben geen water.',
      'Wat we nog niet weten — Engels': 'When the water comes back.',
      'Wat we nog niet weten — Nederlands': 'Wanneer het water terugkomt.',
    };
    for (const [name, value] of Object.entries(texts)) await aria(page, name).fill(value);
    await aria(page, '+30 min').click();
    await pickKey(page, 'Ondertekeningssleutel', join(dir, 'site.jwk.json'));
    await aria(page, 'Ondertekenen').click();
    await aria(page, 'Publiceren').click();
    await page.waitForFunction(() => /mislukt|Nog niet live/.test(document.querySelector('clearline-editor').shadowRoot.querySelector('.outcome')?.textContent ?? ''), { timeout: 15_000 });
    await new Promise((r) => setTimeout(r, 500));
    let said = await outcome(page);
    assert.match(said, new RegExp(`feed\\.json en feed\\.jws\\.json opgeslagen in ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`));
    assert.match(said, /De publicatieopdracht is mislukt \(code 1\)/);
    assert.match(said, /cp: cannot create regular file/);
    assert.doesNotMatch(said, /Kijk over een minuut opnieuw|Nog niet live/);
    // The incident just published is listed as open, and the form continues it.
    let page1 = await shown(page);
    assert.doesNotMatch(page1, /Geen open incidenten/);
    assert.match(page1, /Open incidenten Geen kraanwater in Zeist Volgende update/);
    assert.match(page1, /Update: Geen kraanwater in Zeist/);

    // Fix a sentence, sign and publish again from the same tab: nobody else changed feed.json.
    await aria(page, 'Wat we weten — Nederlands').fill('Om 01:40 is een hoofdleiding gesprongen. Zo’n 3.500 woningen hebben geen water.');
    await aria(page, 'Ondertekenen').click();
    await aria(page, 'Publiceren').click();
    await page.waitForFunction(() => /mislukt|gewijzigd/.test(document.querySelector('clearline-editor').shadowRoot.querySelector('.outcome')?.textContent ?? ''), { timeout: 15_000 });
    said = await outcome(page);
    assert.doesNotMatch(said, /Iemand anders heeft de feed gewijzigd/);
    const saved = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    assert.equal(saved.incidents.length, 1);
    assert.equal(saved.incidents[0].known.nl, 'Om 01:40 is een hoofdleiding gesprongen. Zo’n 3.500 woningen hebben geen water.');
    assert.deepEqual(errors.filter((e) => !/404|Failed to fetch|ERR_|CORS/.test(e)), []);
    await page.close();
  } finally {
    await new Promise((ok) => web.close(ok));
  }
});

test('--public-key: the page pins it, says the signed feed expires within 15 minutes, and flags a key the site does not trust; without --publish-cmd it says nothing went to the website', async () => {
  const dir = folder();
  keygen(dir, 'site');
  keygen(dir, 'other');
  const signed = cli(dir, 'sign', '--key', 'site.jwk.json', '--valid', '10m', 'feed.json', '--out', 'feed.jws.json');
  assert.equal(signed.status, 0, signed.stderr);
  const url = await studio(dir, ['--lang', 'en', '--public-key', 'site.public.jwk.json']);
  const html = await (await fetch(url)).text();
  const attr = /public-key="([^"]*)"/.exec(html)?.[1];
  assert.ok(attr, 'the page has a public-key attribute');
  assert.deepEqual(JSON.parse(attr.replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)))), JSON.parse(readFileSync(join(dir, 'site.public.jwk.json'), 'utf8')));

  const { page } = await open(url);
  await aria(page, 'Re-sign now').wait();
  // "at 14:30", or "on Sat 5 Dec, 0:02" when it expires after midnight (this ran red at 23:52 Amsterdam time).
  assert.match(await shown(page), /The published feed expires (?:at|on)/);
  await aria(page, 'Re-sign now').click();
  await pickKey(page, 'Signing key', join(dir, 'other.jwk.json'));
  assert.match(await shown(page), /This key is not one your site trusts/);
  await pickKey(page, 'Signing key', join(dir, 'site.jwk.json'));
  assert.doesNotMatch(await shown(page), /This key is not one your site trusts/);
  await aria(page, 'Sign').click();
  await aria(page, 'Publish').click();
  await page.waitForFunction(() => /Saved/.test(document.querySelector('clearline-editor').shadowRoot.querySelector('.outcome')?.textContent ?? ''), { timeout: 15_000 });
  const said = await outcome(page);
  assert.ok(said.includes(`Saved feed.json and feed.jws.json in ${dir}.`), said);
  assert.match(said, /Nothing was sent to the website: the studio has no publish command/);
  // Re-signed and saved: the prompt is gone.
  assert.doesNotMatch(await shown(page), /The published feed expires (?:at|on)/);
  await page.close();
});

test('--public-url with the site key: the page verifies the public feed and takes its expiry; --key alone pins its public half; a mismatched or private --public-key is refused', async () => {
  const dir = folder();
  keygen(dir, 'site');
  keygen(dir, 'other');
  // The public feed expires in 5 minutes; the copy beside feed.json lasts 50.
  assert.equal(cli(dir, 'sign', '--key', 'site.jwk.json', '--valid', '5m', 'feed.json', '--out', 'public.jws.json').status, 0);
  assert.equal(cli(dir, 'sign', '--key', 'site.jwk.json', '--valid', '50m', 'feed.json', '--out', 'feed.jws.json').status, 0);
  const web = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(readFileSync(join(dir, 'public.jws.json'))));
  await new Promise((ok) => web.listen(0, '127.0.0.1', ok));
  try {
    const url = await studio(dir, ['--lang', 'en', '--key', 'site.jwk.json', '--public-url', `http://127.0.0.1:${web.address().port}/feed.jws.json`]);
    const html = await (await fetch(url)).text();
    assert.match(html, /public-key="[^"]*&#34;x&#34;/);
    assert.doesNotMatch(html, /&#34;d&#34;/, 'never the private key');
    const { page } = await open(url);
    // Only the public feed expires within 15 minutes, so the prompt says the page read and verified it.
    await aria(page, 'Re-sign now').wait();
    assert.match(await shown(page), /The published feed expires (?:at|on)/);
    await page.close();
  } finally {
    await new Promise((ok) => web.close(ok));
  }
  const mismatch = cli(dir, 'studio', 'feed.json', '--lang', 'en', '--key', 'other.jwk.json', '--public-key', 'site.public.jwk.json', '--port', '0');
  assert.notEqual(mismatch.status, 0);
  assert.match(mismatch.stderr, /is not one of the --public-key keys: readers would refuse everything the studio signs/);
  const privateGiven = cli(dir, 'studio', 'feed.json', '--lang', 'en', '--public-key', 'site.jwk.json', '--port', '0');
  assert.notEqual(privateGiven.status, 0);
  assert.match(privateGiven.stderr, /--public-key: this is a private key/);
});
