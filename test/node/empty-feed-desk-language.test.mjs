// A Dutch desk (Amsterdam's clock) that has just made its feed, no texts in it yet: `edit reason` answered in Dutch (the
// language the feed is about to be written in), but `edit channel`, `edit feed`, `update`, `lint`, every --help and every
// usage error in English; `new feed --help` and its usage errors were English while `new feed` itself answered in Dutch;
// keygen's embed code said feed-id="your-feed-id" under Dutch words. One rule now (desk-lang.ts feedDeskLanguage).
// The CLI's clock stands still (fixed-clock.mjs). Uses dist/ (npm run build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const CLI = resolve(here, '../../dist/cli.js');
const FIXED_CLOCK = pathToFileURL(resolve(here, 'fixed-clock.mjs')).href;
const NOW = Date.UTC(2026, 11, 3, 1, 0); // 02:00 in Amsterdam

/** A fresh folder and the CLI run in it on the clock of `tz`, standing still at NOW. */
function desk(tz, body) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-empty-desk-'));
  const run = (...args) =>
    spawnSync(process.execPath, ['--import', FIXED_CLOCK, CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: tz, CLEARLINE_TEST_NOW: String(NOW) } });
  try {
    return body(run);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('new feed --help and its usage errors on a Dutch clock are Dutch, as new feed answers; --lang en keeps them English', () => {
  desk('Europe/Amsterdam', (run) => {
    const help = run('new', 'feed', '--help');
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^maak een lege statusfeed/);
    assert.match(help.stdout, /\nGebruik: clearline new feed /);
    const typo = run('new', 'feed', '--feed-id', 'water', '--kye');
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /^clearline new feed: --kye is geen optie van clearline new feed\. Er is niets gewijzigd\.\n\nGebruik: /);
    assert.match(run('new', 'feed', '--lang', 'en', '--help').stdout, /^make an empty status feed/);
  });
  desk('Europe/London', (run) => assert.match(run('new', 'feed', '--help').stdout, /^make an empty status feed/));
});

test('a Dutch desk\'s feed without texts yet: edit channel, edit feed, update, lint, --help and usage errors answer in Dutch, as edit reason', () => {
  desk('Europe/Amsterdam', (run) => {
    assert.equal(run('new', 'feed', '--feed-id', 'water', '--publisher', 'Water', '--publisher-url', 'https://water.example', '--time-zone', 'Europe/Amsterdam').status, 0);
    assert.match(run('edit', 'reason').stdout, /^feed\.json heeft nog geen contactredenen/);
    assert.match(run('edit', 'channel').stdout, /^feed\.json heeft nog geen kanalen; voeg er een toe met clearline new channel/);
    assert.match(run('edit', 'channel', '--help').stdout, /^wijzig of verwijder een contactkanaal/);
    assert.match(run('edit', 'channel', '--kye').stderr, /^clearline edit channel: --kye is geen optie van clearline edit channel\./);
    assert.match(run('edit', 'feed').stdout, /^feed\.json: gepubliceerd door Water/);
    assert.equal(run('update', 'feed.json').stderr, 'clearline update: geef --incident ID\n');
    assert.equal(run('lint', 'feed.json').stdout, 'feed.json: geen problemen gevonden\n');
    assert.match(run('--help').stdout, /^clearline: publiceer ondertekende statusfeeds/);
  });
});

test('an English desk\'s feed without texts yet (London\'s clock) stays English', () => {
  desk('Europe/London', (run) => {
    assert.equal(run('new', 'feed', '--feed-id', 'water', '--publisher', 'Water', '--publisher-url', 'https://water.example', '--time-zone', 'Europe/London').status, 0);
    assert.match(run('edit', 'reason').stdout, /^feed\.json has no contact reasons yet/);
    assert.match(run('edit', 'channel').stdout, /^feed\.json has no channels yet/);
    assert.match(run('edit', 'channel', '--help').stdout, /^change or remove a contact channel/);
    assert.match(run('edit', 'feed').stdout, /^feed\.json: published by Water/);
    assert.equal(run('lint', 'feed.json').stdout, 'feed.json: no problems found\n');
  });
});

// No feed id yet, no embed code (trial W: a web team copied feed-id="your-feed-id"): said in the desk's language.
test('keygen on a Dutch desk without a feed: no embed code yet, said in Dutch; on an English one in English', () => {
  desk('Europe/Amsterdam', (run) => {
    const r = run('keygen', '--out', 'private.jwk.json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Nog geen insluitcode: [^\n]*clearline new feed --feed-id/);
    assert.doesNotMatch(r.stdout, /uw-feed-id|your-feed-id|<clearline-/);
  });
  desk('Europe/London', (run) => {
    const r = run('keygen', '--out', 'private.jwk.json');
    assert.match(r.stdout, /No embed code yet: [^\n]*clearline new feed --feed-id/);
    assert.doesNotMatch(r.stdout, /uw-feed-id|your-feed-id/);
  });
});

test('keygen beside a Dutch desk\'s feed without texts yet speaks Dutch, whatever the computer\'s clock', () => {
  desk('UTC', (run) => {
    assert.equal(run('new', 'feed', '--feed-id', 'water', '--publisher', 'Water', '--publisher-url', 'https://water.example', '--time-zone', 'Europe/Amsterdam').status, 0);
    const r = run('keygen', '--out', 'private.jwk.json');
    assert.match(r.stdout, /^Privésleutel opgeslagen/);
    assert.match(r.stdout, /feed-id="water"/);
  });
});

test('keygen --help and its usage mistakes in an empty folder speak as keygen does: Dutch on Amsterdam\'s clock, English on London\'s', () => {
  desk('Europe/Amsterdam', (run) => {
    assert.match(run('keygen', '--help').stdout, /^maak een sleutelpaar/);
    assert.match(run('keygen', '--kye').stderr, /^clearline keygen: --kye is geen optie van clearline keygen\./);
    assert.match(run('keygen').stderr, /^clearline keygen: geef --out BESTAND/);
  });
  desk('Europe/London', (run) => {
    assert.match(run('keygen', '--help').stdout, /^make a signing key pair/);
    assert.match(run('keygen', '--kye').stderr, /^clearline keygen: --kye is not an option of clearline keygen\./);
  });
});
