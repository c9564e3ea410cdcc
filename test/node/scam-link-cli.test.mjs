// Trial U (a Belgian bank, nl-BE + en, a phishing wave): at 07:40 the desk quoted the scam address in the bank's own
// warning ("… te "herbevestigen" via https://scheldebank-verificatie.be/login."), lint gave a warning among five, `sign`
// signed, and the status page made it a link three lines below "Klik niet op de link". Written as
// www.scheldebank-verificatie.be, lint said nothing. Now both are an error (`scam-link`) that stops `sign`, with a fix
// the desk can act on; written so nobody can tap it, the feed signs. The feed is the trial's own (feed.0743-mistakes.json).
// Uses dist/cli.js: run `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const FIXED_CLOCK = pathToFileURL(join(ROOT, 'test/node/fixed-clock.mjs')).href;
// Tuesday 8 December 2026, 07:43 in Brussels: when the trial signed it.
const AT = Date.parse('2026-12-08T06:43:00Z');
const FEED = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/trial-u-0743-mistakes.json'), 'utf8'));
let dir;

const cli = (...args) => spawnSync(process.execPath, ['--import', FIXED_CLOCK, CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'Europe/Brussels', CLEARLINE_TEST_NOW: String(AT) } });

/**
 * The trial's feed with the Dutch "what we know" of the phishing incident changed by `edit`. Its other slip (action 2
 * names Card Stop's 078 170 170 but dials a paid 070 number: action-number-differs, an error of its own) is put right,
 * so this file is about the address only.
 */
function feedWith(edit) {
  const doc = structuredClone(FEED);
  doc.incidents[0].actions[1].href = 'tel:+3278170170';
  doc.incidents[0].known['nl-BE'] = edit(doc.incidents[0].known['nl-BE']);
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(doc, null, 2));
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearline-scam-link-'));
  assert.equal(cli('keygen', '--out', 'private.jwk.json').status, 0);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("sign refuses the trial's feed: the scam site quoted bare in the bank's warning about fake texts is an error", () => {
  feedWith((t) => t);
  const r = cli('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
  assert.equal(r.status, 2, r.stderr);
  assert.equal(existsSync(join(dir, 'feed.jws.json')), false);
  assert.match(r.stderr, /^fout {4}incidents\/0\/known\/nl-BE .*noemt https:\/\/scheldebank-verificatie\.be\/login, dat niet van u is, als los adres.*\[scam-link\]$/m);
  assert.match(r.stderr, /oplossing: Schrijf het zo dat niemand erop kan tikken: scheldebank-verificatie\[\.\]be\/login, of laat het adres weg en beschrijf het/);
  assert.match(r.stderr, /niet ondertekend: 1 fout hierboven/);
  const en = cli('lint', '--lang', 'en', 'feed.json');
  assert.equal(en.status, 2);
  assert.match(en.stdout + en.stderr, /fix: Write it so nobody can tap it: scheldebank-verificatie\[\.\]be\/login, or leave the address out and describe it/);
});

test('the www. form (no https:) is the same error; lint said nothing about it before', () => {
  feedWith((t) => t.replace('https://scheldebank-verificatie.be/login', 'www.scheldebank-verificatie.be'));
  const r = cli('lint', 'feed.json');
  assert.equal(r.status, 2);
  assert.match(r.stdout + r.stderr, /noemt www\.scheldebank-verificatie\.be, dat niet van u is.*\[scam-link\]\n.*www\[\.\]scheldebank-verificatie\[\.\]be/);
});

test('written so nobody can tap it, or described, the warning signs', () => {
  for (const safe of ['scheldebank-verificatie[.]be/login', 'een site die op de onze lijkt']) {
    feedWith((t) => t.replace('https://scheldebank-verificatie.be/login', safe));
    const r = cli('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /scam-link|foreign-link/);
  }
});
