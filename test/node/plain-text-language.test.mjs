// Trial U (a Belgian bank, nl-BE + en): `update … --affects "online bankieren (traag)" --lang nl-BE,en` (one text, two
// languages) stored one plain string; lint said 0 errors and the English e-mail said "Affects: - online bankieren (traag)".
// Lint now says when a plain text in a feed of two or more languages reads as one of them (text-in-one-language), told
// from the small words or, for a short label, from the feed's own translated words, with the command that gives it per
// language. Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, withCliDir } from './export-kit.mjs';

const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);
const NOW = Date.parse('2026-12-08T10:06:00Z'); // 11:06 in Brussels
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const bank = () => ({
  type: 'status', version: 1, feed_id: 'scheldebank', publisher: { name: 'Scheldebank', url: 'https://www.scheldebank.example' }, time_zone: 'Europe/Brussels',
  channels: [
    { id: 'cardstop', kind: 'phone', label: { 'nl-BE': 'Card Stop: kaart blokkeren', en: 'Card Stop: block your card' }, href: 'tel:+3278170170', opening_hours: '24/7', emergency: true },
    { id: 'klantendienst', kind: 'phone', label: { 'nl-BE': 'Klantendienst', en: 'Customer service' }, href: 'tel:+3227904000', wait_minutes: 5, reason: { 'nl-BE': 'normale drukte', en: 'normal volume' } },
  ],
  contact_reasons: [{ id: 'kaart', label: { 'nl-BE': 'Mijn kaart is geblokkeerd', en: 'My card is blocked' }, channels: ['cardstop', 'klantendienst'] }],
  incidents: [{
    id: 'ddos', title: { 'nl-BE': 'App werkt weer, online bankieren nog traag', en: 'App works again, online banking still slow' }, severity: 'minor', phase: 'monitoring',
    started_at: iso(NOW - 300 * MIN), updated_at: iso(NOW - 60 * MIN), next_update_at: iso(NOW + 120 * MIN),
    known: { 'nl-BE': 'Sinds 11:00 werkt de Scheldebank-app weer. Online bankieren werkt, maar is nog traag.', en: 'Since 11:00 the Scheldebank app works again. Online banking works but is still slow.' },
    unknown: { 'nl-BE': 'Wanneer online bankieren weer op normale snelheid werkt.', en: 'When online banking will be back to normal speed.' },
  }],
});
const found = (doc, lang) => lintDocument(doc, { now: NOW, lang }).filter((f) => f.rule === 'text-in-one-language');

test('a plain affects item in Dutch in an nl-BE,en feed is named, in nl and en, with the command that gives it per language', () => {
  assert.deepEqual(found(bank()), [], 'the feed as translated is clean');
  const f = bank();
  f.incidents[0].affects = ['online bankieren (traag)'];
  const [nl] = found(f, 'nl');
  assert.equal(nl.path, 'incidents/0/affects/0');
  assert.equal(nl.message, 'deze tekst staat er één keer, in het Nederlands, voor lezers in elke taal: wie Engels leest, krijgt hem in het Nederlands');
  assert.equal(nl.fix, 'Geef hem in elke taal (een correctie: lezers krijgen geen nieuwe update): clearline update feed.json --incident ddos --correct --lang nl-BE,en --affects "online bankieren (traag)" --affects "…".');
  const [en] = found(f, 'en');
  assert.equal(en.message, 'this text is written once, in Dutch, for readers of every language: readers of English get it in Dutch');
  assert.match(en.fix, /^Give it in each language \(a correction: readers get no new update\): clearline update feed\.json --incident ddos --correct --lang nl-BE,en --affects "online bankieren \(traag\)" --affects "…"\.$/);
  // The studio's words: no command.
  const [desk] = lintDocument(f, { now: NOW, lang: 'nl', audience: 'desk' }).filter((x) => x.rule === 'text-in-one-language');
  assert.equal(desk.fix, 'Schrijf hem in elke taal: vul deze tekst in het Vlaams en Engels in.');
});

test('English the other way round, and plain titles and action words; several affects items get the update command for the whole list', () => {
  const f = bank();
  f.incidents[0].affects = ['online banking (still slow)', 'Scheldebank-app'];
  f.incidents[0].title = 'Online bankieren werkt nog niet, de app is traag';
  f.incidents[0].actions = [{ label: { 'nl-BE': 'Bel Card Stop', en: 'Call Card Stop' }, who: 'U hebt uw codes gegeven aan een oplichter en weet niet wat te doen' }];
  const byPath = Object.fromEntries(found(f, 'en').map((x) => [x.path, x]));
  assert.deepEqual(Object.keys(byPath).sort(), ['incidents/0/actions/0/who', 'incidents/0/affects/0', 'incidents/0/title']);
  assert.match(byPath['incidents/0/affects/0'].message, /in English, .*readers of Flemish get it in English/);
  // update takes several items per language since the affects trial: each item once per language, the English under en,
  // a name in both (before, only feed.json was named).
  assert.match(byPath['incidents/0/affects/0'].fix, /--correct --lang nl-BE,en --affects "…" --affects "online banking \(still slow\)" --affects "Scheldebank-app" --affects "Scheldebank-app"\.$/);
  assert.match(byPath['incidents/0/title'].fix, /clearline update feed\.json --incident ddos --correct --lang nl-BE,en --title "…" --title "…"/);
  assert.match(byPath['incidents/0/actions/0/who'].fix, /--reword-action 1 --who "…" --who "…"/);
});

test('names, one-language feeds and feeds in plain strings are left alone', () => {
  const f = bank();
  f.incidents[0].affects = ['Scheldebank-app', 'Card Stop', 'online', 'Bancontact', 'bankieren'];
  assert.deepEqual(found(f), [], 'names and single words');
  const one = bank();
  for (const c of one.channels) c.label = c.label['nl-BE'];
  one.contact_reasons[0].label = 'Mijn kaart is geblokkeerd';
  const inc = one.incidents[0];
  for (const k of ['title', 'known', 'unknown']) inc[k] = inc[k]['nl-BE'];
  for (const c of one.channels) delete c.reason;
  inc.affects = ['online bankieren (traag)'];
  assert.deepEqual(found(one), [], 'a feed in one language');
});

test('update --affects with one text and --lang nl-BE,en is refused before writing, with the command (CLI, nl)', async () => {
  await withCliDir('clearline-plain-lang-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(bank(), null, 2));
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    // Before the affects trial this stored one plain string and only lint's warning said English readers got the Dutch.
    const r = run('update', 'feed.json', '--incident', 'ddos', '--lang', 'nl-BE,en', '--affects', 'online bankieren (traag)');
    assert.equal(r.status, 2, r.stdout);
    assert.match(r.stderr, /--lang nl-BE,en noemt 2 talen \(Vlaams en Engels\), dus elk getroffen punt heeft 2 --affects-teksten nodig, één per taal in die volgorde; u gaf er 1\. Zo gelezen: punt 1: Vlaams "online bankieren \(traag\)", Engels ontbreekt\. Geef de tekst die ontbreekt, bijvoorbeeld: clearline update feed\.json --incident ddos --lang nl-BE,en --affects "online bankieren \(traag\)" --affects "…"/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before, 'nothing written');
    // The command it gives, filled in, works, and lint is silent.
    const fixed = run('update', 'feed.json', '--incident', 'ddos', '--correct', '--lang', 'nl-BE,en', '--affects', 'online bankieren (traag)', '--affects', 'online banking (slow)');
    assert.equal(fixed.status, 0, fixed.stderr);
    assert.doesNotMatch(fixed.stdout + fixed.stderr, /text-in-one-language/);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].affects, [{ 'nl-BE': 'online bankieren (traag)', en: 'online banking (slow)' }]);
  }, { now: NOW, tz: 'Europe/Brussels' });
});
