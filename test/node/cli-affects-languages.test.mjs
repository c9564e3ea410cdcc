// `update --affects` (trials): a British council's one-language feed ({"en": …} texts) got `"Tewkesbury"` stored as a plain
// string beside per-language titles, and a bilingual bank's desk could not give "App" and "Online bankieren" / "Online
// banking" in one command. Each item is now written in the incident's languages (docs/feed-format.md: affects is Text[]),
// with --lang each item once per language in the order of --lang, and a count that does not fit is refused, in the
// desk's language, with how the texts were read and the command to give. Old feeds with plain strings still read.
// Uses dist/ (npm run build first); the CLI's clock stands still (fixed-clock.mjs).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { runAt } from './desk-kit.mjs';

const NOW = Date.parse('2026-12-08T10:06:00Z');
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A feed in `langs` (['en'] for the council, ['nl', 'en'] or ['en', 'nl'] for the bank), in a fresh folder. */
function folder(langs, affects) {
  const text = (nl, en) => (langs.length === 1 ? { [langs[0]]: langs[0] === 'en' ? en : nl } : Object.fromEntries(langs.map((l) => [l, l === 'nl' ? nl : en])));
  const doc = {
    type: 'status', version: 1, feed_id: 'bank', publisher: { name: 'Bank', url: 'https://bank.example' }, time_zone: langs.length === 1 ? 'Europe/London' : 'Europe/Amsterdam',
    channels: [{ id: 'service', kind: 'phone', label: text('Klantenservice', 'Service desk'), href: 'tel:+31201234567' }],
    incidents: [{
      id: 'storing', title: text('Storing bij de app en online bankieren', 'App and online banking down'), severity: 'major', phase: 'identified',
      started_at: iso(NOW - 90 * MIN), updated_at: iso(NOW - 30 * MIN), next_update_at: iso(NOW + 60 * MIN),
      known: text('De app en online bankieren werken niet.', 'The app and online banking do not work.'),
      unknown: text('Wanneer het weer werkt.', 'When it works again.'),
      ...(affects ? { affects } : {}),
    }],
  };
  const dir = mkdtempSync(join(tmpdir(), 'clearline-affects-'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(doc, null, 2));
  return dir;
}
const run = (dir, ...args) => runAt(NOW, dir, ...args);
const raw = (dir) => readFileSync(join(dir, 'feed.json'), 'utf8');
const affects = (dir) => JSON.parse(raw(dir)).incidents[0].affects;

test('a one-language feed: one --affects is written in its language, as its title is', () => {
  const dir = folder(['en']);
  const r = run(dir, 'update', 'feed.json', '--incident', 'storing', '--correct', '--affects', 'Tewkesbury');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(affects(dir), [{ en: 'Tewkesbury' }]);
});

test('a bilingual desk gives several items per language in one command, each item once per --lang language', () => {
  const dir = folder(['nl', 'en']);
  const r = run(dir, 'update', 'feed.json', '--incident', 'storing', '--lang', 'nl,en', '--affects', 'App', '--affects', 'App', '--affects', 'Online bankieren', '--affects', 'Online banking');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(affects(dir), [{ nl: 'App', en: 'App' }, { nl: 'Online bankieren', en: 'Online banking' }]);
  assert.doesNotMatch(r.stdout + r.stderr, /text-in-one-language/);
  // --lang en,nl reads English first.
  const en = run(dir, 'update', 'feed.json', '--incident', 'storing', '--correct', '--lang', 'en,nl', '--affects', 'Cards', '--affects', 'Pinpassen');
  assert.equal(en.status, 0, en.stderr);
  assert.deepEqual(affects(dir), [{ en: 'Cards', nl: 'Pinpassen' }]);
  // A name given once, without --lang, stands for every language, per language; "" clears the list.
  assert.equal(run(dir, 'update', 'feed.json', '--incident', 'storing', '--correct', '--affects', 'iDEAL', '--affects', 'Card Stop').status, 0);
  assert.deepEqual(affects(dir), [{ nl: 'iDEAL', en: 'iDEAL' }, { nl: 'Card Stop', en: 'Card Stop' }]);
  assert.equal(run(dir, 'update', 'feed.json', '--incident', 'storing', '--correct', '--lang', 'nl,en', '--affects', '').status, 0);
  assert.equal(affects(dir), undefined);
});

test('a count that does not fit --lang is refused before writing: in Dutch for a Dutch feed, with how it was read and the command', () => {
  const dir = folder(['nl', 'en']);
  const before = raw(dir);
  const r = run(dir, 'update', 'feed.json', '--incident', 'storing', '--lang', 'nl,en', '--affects', 'App', '--affects', 'App', '--affects', 'Online bankieren');
  assert.equal(r.status, 2, r.stdout);
  assert.match(r.stderr, /--lang nl,en noemt 2 talen \(Nederlands en Engels\), dus elk getroffen punt heeft 2 --affects-teksten nodig, één per taal in die volgorde; u gaf er 3\. Zo gelezen: punt 1: Nederlands "App", Engels "App"; punt 2: Nederlands "Online bankieren", Engels ontbreekt\. Geef de tekst die ontbreekt, bijvoorbeeld: clearline update feed\.json --incident storing --lang nl,en --affects "App" --affects "App" --affects "Online bankieren" --affects "…"/);
  assert.equal(raw(dir), before, 'nothing written');
  // An empty text in one language, and a language of the incident left out.
  const blank = run(dir, 'update', 'feed.json', '--incident', 'storing', '--lang', 'nl,en', '--affects', 'App', '--affects', '');
  assert.match(blank.stderr, /een getroffen punt heeft in één taal een lege tekst: punt 1: Nederlands "App", Engels leeg\./);
  const nlOnly = run(dir, 'update', 'feed.json', '--incident', 'storing', '--lang', 'nl', '--affects', 'App', '--affects', 'Online bankieren');
  assert.match(nlOnly.stderr, /dit incident staat ook in het Engels: .*--lang nl,en --affects "App" --affects "…" --affects "Online bankieren" --affects "…"/);
  assert.equal(raw(dir), before, 'nothing written');
});

test('in English for an English-first feed; running text given once for two languages is refused with the per-language command', () => {
  const dir = folder(['en', 'nl']);
  const r = run(dir, 'update', 'feed.json', '--incident', 'storing', '--lang', 'en,nl', '--affects', 'App', '--affects', 'App', '--affects', 'Online banking');
  assert.equal(r.status, 2, r.stdout);
  assert.match(r.stderr, /--lang en,nl names 2 languages \(English and Dutch\), so every affected item needs 2 --affects texts, one per language in that order; you gave 3\. Read that way: item 1: English "App", Dutch "App"; item 2: English "Online banking", Dutch missing\. Give the missing text, for example: .* --affects "Online banking" --affects "…"/);
  const once = run(dir, 'update', 'feed.json', '--incident', 'storing', '--affects', 'Online bankieren werkt traag');
  assert.equal(once.status, 2, once.stdout);
  assert.match(once.stderr, /--affects "Online bankieren werkt traag" would be shown as written to readers of every language \(English and Dutch\), and it reads as Dutch: readers of English would get it in Dutch\. Give each item once per language, in the order of --lang: clearline update feed\.json --incident storing --lang en,nl --affects "…" --affects "Online bankieren werkt traag"/);
  assert.equal(affects(dir), undefined);
});

test('an old feed with plain-string items still reads: lint takes it, and an update of something else keeps them', () => {
  const dir = folder(['en'], ['Tewkesbury', 'Gloucester']);
  const lint = run(dir, 'lint', 'feed.json', '--json');
  assert.ok(!JSON.parse(lint.stdout).findings.some((f) => f.path.includes('affects')), lint.stdout);
  const r = run(dir, 'update', 'feed.json', '--incident', 'storing', '--severity', 'critical');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(affects(dir), ['Tewkesbury', 'Gloucester']);
});
