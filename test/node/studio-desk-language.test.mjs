// A Flemish school's desk ran `clearline studio feed.json` beside its Dutch feed and got an English
// studio: every other command (update, lint, sign, keygen…) speaks the feed's first language, the
// studio only with --lang nl. Now the studio does too (an explicit --lang still wins; a new feed follows the clock
// (below)). And a payload that is not a valid feed (asked of /api/sign by a script or an older
// page) was refused as "incidents/0/severity: must be one of minor, major, critical" in English:
// now in the studio's language and the form's words, with `errors` as for lint errors.
// Uses dist/ (run `npm run build` first).
import { test, after } from 'node:test';
import { startStudio, stopStudios } from './studio-kit.mjs';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { sign } from './studio-api-kit.mjs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const dirs = [];
after(() => {
  stopStudios();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A Flemish school's feed: Dutch first, English second. */
function feed(now) {
  return {
    type: 'status', version: 1, feed_id: 'hogeschool-voorbeeld', publisher: { name: 'Hogeschool Voorbeeld', url: 'https://hogeschool.example' }, time_zone: 'Europe/Brussels',
    channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Onthaal', en: 'Reception' }, href: 'tel:+3232001234' }],
    incidents: [{
      id: 'storm', title: { nl: 'Storm: campus Hoboken blijft dicht', en: 'Storm: Hoboken campus stays closed' }, severity: 'major', phase: 'identified',
      started_at: iso(now - 90 * MIN), updated_at: iso(now - 60 * MIN),
      known: { nl: 'De campus is vandaag dicht door stormschade.', en: 'The campus is closed today because of storm damage.' },
      unknown: { nl: 'Wanneer de campus weer opengaat.', en: 'When the campus reopens.' },
      next_update_at: iso(now + 60 * MIN),
    }],
  };
}

function folder(doc) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-studio-lang-'));
  dirs.push(dir);
  if (doc) writeFileSync(join(dir, 'feed.json'), JSON.stringify(doc, null, 2) + '\n');
  assert.equal(spawnSync(process.execPath, [CLI, 'keygen', '--out', 'key.jwk.json'], { cwd: dir }).status, 0);
  return dir;
}

/**
 * Starts the studio; resolves with its URL and the line it printed. On a UTC clock: a feed not yet made (or not JSON
 * yet) follows this computer's zone (Dutch on Dutch time, the test below), so on a machine in Amsterdam it was Dutch.
 */
const studio = (dir, ...args) => startStudio(dir, ['--port', '0', '--key', 'key.jwk.json', ...args], { TZ: 'UTC' });

/** The page's language: the <html lang> and the editor's `lang`. */
async function pageLang(url) {
  const html = await (await fetch(url)).text();
  return [/<html lang="([^"]*)"/.exec(html)?.[1], /<clearline-editor[^>]* lang="([^"]*)"/.exec(html)?.[1] ?? ''];
}

test('the studio speaks the feed\'s first language without --lang; --lang still wins', async () => {
  const dir = folder(feed(Date.now()));
  const nl = await studio(dir);
  assert.deepEqual(await pageLang(nl.url), ['nl', 'nl']);
  assert.match(nl.line, /^clearline studio: http:\S+ \(bewerkt .*feed\.json; stoppen met Ctrl\+C\)/);
  const en = await studio(dir, '--lang', 'en');
  assert.deepEqual(await pageLang(en.url), ['en', 'en']);
  assert.match(en.line, /\(editing .*feed\.json; press Ctrl\+C to stop\)/);

  // An English-first feed stays English; a feed not yet made and one without texts too.
  const english = feed(Date.now());
  english.incidents[0].title = { en: 'Storm: Hoboken campus stays closed', nl: 'Storm: campus Hoboken blijft dicht' };
  english.channels = [];
  assert.deepEqual(await pageLang((await studio(folder(english))).url), ['en', 'en']);
  // A new feed: English, and still English after its first save wrote Dutch first (read once, at start).
  const fresh = folder();
  const made = await studio(fresh);
  assert.deepEqual(await pageLang(made.url), ['en', 'en']);
  writeFileSync(join(fresh, 'feed.json'), JSON.stringify(feed(Date.now())));
  assert.deepEqual(await pageLang(made.url), ['en', 'en']);
  // A feed without texts on a Belgian clock: Dutch, as `new feed` speaks on Dutch or Belgian time.
  assert.deepEqual(await pageLang((await studio(folder({ ...english, incidents: [], channels: [] }))).url), ['nl', 'nl']);
  assert.deepEqual(await pageLang((await studio(folder({ ...english, time_zone: 'Europe/London', incidents: [], channels: [] }))).url), ['en', 'en']);
  // A feed.json that is not JSON (yet) still opens, in English, as before.
  const broken = folder();
  writeFileSync(join(broken, 'feed.json'), '{"type": "status",');
  const started = await studio(broken);
  assert.deepEqual(await pageLang(started.url), ['en', 'en']);
  assert.match(started.line, /\(editing /);
  // A Dutch feed.json with a comma missing: the studio is Dutch (its first title read from the text, as
  // the CLI reads it; it opened in English), and the page is told where and what in Dutch, not JSON.parse's English.
  const dutch = folder();
  writeFileSync(join(dutch, 'feed.json'), JSON.stringify(feed(Date.now()), null, 2).replace('"version": 1,', '"version": 1'));
  const opened = await studio(dutch);
  assert.deepEqual(await pageLang(opened.url), ['nl', 'nl']);
  assert.match(opened.line, /\(bewerkt /);
  const res = await fetch(new URL('/api/feed', opened.url));
  assert.equal(res.status, 422);
  const { message } = await res.json();
  assert.match(message, /^feed\.json is geen geldige JSON, op regel 4, kolom 3: hier vlak vóór mist een komma, vaak aan het eind van de regel erboven \(of een \} die het blok sluit\)\n {2}4 \| {3}"feed_id": "hogeschool-voorbeeld",\n {4}\| {3}\^\n\(meestal .*verbeter het daar, bewaar het bestand en laad deze pagina opnieuw\)$/);
  // English with --lang en.
  const english2 = await studio(dutch, '--lang', 'en');
  assert.match((await (await fetch(new URL('/api/feed', english2.url))).json()).message, /^feed\.json is not valid JSON, at line 4, column 3: a comma is missing just before this, .*fix it there, save the file and reload this page\)$/s);
});

// A bank's night desk on Amsterdam time started `clearline studio` on a feed not made yet and got an English page, whose
// New feed already had Europe/Amsterdam and "Dutch and English" chosen. Now a new feed's studio follows this computer's
// clock, as `new feed` follows --time-zone: Dutch on Dutch or Belgian time, else English.
test('a new feed on a Dutch clock opens a Dutch studio; on a British or UTC clock an English one', async () => {
  const amsterdam = await startStudio(folder(), ['--port', '0', '--key', 'key.jwk.json'], { TZ: 'Europe/Amsterdam' });
  assert.deepEqual(await pageLang(amsterdam.url), ['nl', 'nl']);
  assert.match(amsterdam.line, /\(bewerkt /);
  for (const TZ of ['Europe/London', 'UTC']) assert.deepEqual(await pageLang((await startStudio(folder(), ['--port', '0', '--key', 'key.jwk.json'], { TZ })).url), ['en', 'en'], TZ);
});

test('/api/sign refuses a payload that is not a valid feed in the studio\'s language and the form\'s words, with errors', async () => {
  const dir = folder(feed(Date.now()));
  const now = Date.now();
  const bad = { ...feed(now), seq: 3, issued_at: iso(now), expires_at: iso(now + 60 * MIN) };
  bad.incidents[0].severity = 'huge';
  const nl = await sign((await studio(dir)).url, { payload: bad });
  assert.equal(nl.status, 422);
  assert.equal(nl.body.envelope, undefined);
  assert.match(nl.body.message, /^Niet ondertekend: 1 fout om eerst op te lossen\. Incident “Storm: campus Hoboken blijft dicht”, ernst: moet een van deze zijn: /);
  assert.doesNotMatch(nl.body.message, /incidents\/0|must be one of/);
  assert.deepEqual(nl.body.errors.map((e) => [e.path, e.rule]), [['incidents/0/severity', 'schema']]);
  assert.ok(nl.body.errors[0].fix, JSON.stringify(nl.body.errors[0]));

  // What lint does not check (sign stamps it): said too, never the schema's "seq: is required".
  const { seq: _, ...unstamped } = bad;
  unstamped.incidents = feed(now).incidents;
  const en = await sign((await studio(dir, '--lang', 'en')).url, { payload: unstamped });
  assert.equal(en.status, 422);
  assert.match(en.body.message, /^Not signed: 1 error to fix first\. Sequence number: is required\. /);
  assert.deepEqual(en.body.errors.map((e) => e.path), ['seq']);
  const nlSeq = await sign((await studio(dir)).url, { payload: unstamped });
  assert.match(nlSeq.body.message, /^Niet ondertekend: 1 fout om eerst op te lossen\. Volgnummer: moet ingevuld zijn\. Pas dit veld aan/);

  // A valid feed is still signed.
  const ok = await sign((await studio(dir)).url, { payload: { ...feed(now), seq: 3, issued_at: iso(now), expires_at: iso(now + 60 * MIN) } });
  assert.equal(ok.status, 200, JSON.stringify(ok.body));
  assert.ok(ok.body.envelope?.signatures?.length);
});
