// Trial W (an Irish gas network, Europe/Dublin), findings 13 and 33: the UK's gas emergency number "0800 111 999" typed on
// the Irish feed was stored as tel:+353800111999, a number that does not exist in Ireland, without a word, as a channel and as
// the urgent "Smell gas?" action's link; and "+44 800 111 999 --emergency" was taken as the Irish network's emergency line
// without a note. Now such a number is named ("0800 111 999 is not an Irish number … Is it British? Write it as
// +44 800 111 999"), refused on an emergency line or an urgent action, and a foreign emergency line is asked about.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { notInCountry, notInCountryWords, abroadWords } = await importTs('src/feed/foreign-prefix.ts');
const { digitCountProblem } = await importTs('src/feed/dialling.ts');
const NOW = Date.parse('2026-12-15T06:10:00Z');

test('notInCountry: prefixes a country has no numbers with, and where the same digits are a number', () => {
  assert.deepEqual(notInCountry('tel:+353800111999'), {
    code: '353', national: '0800 111 999', prefix: '080', likely: [{ code: '44', written: '+44 800 111 999' }],
    hint: { en: 'Irish freephone numbers start with 1800.', nl: 'Ierse gratis nummers beginnen met 1800.' },
  });
  assert.equal(notInCountry('tel:+3538456001234')?.likely?.[0]?.written, '+44 845 600 1234');
  assert.equal(notInCountry('tel:+3533456001234')?.likely?.[0]?.written, '+44 345 600 1234');
  assert.equal(notInCountry('tel:+3532079460018')?.likely?.[0]?.written, '+44 20 7946 0018');
  // A Dutch mobile on a British feed (or a Limerick number: both are said); a British 0808 on a Dutch one.
  assert.deepEqual(notInCountry('tel:+44612345678')?.likely?.map((l) => l.written), ['+31 6 1234 5678', '+353 61 234 5678']);
  assert.equal(notInCountry('tel:+318081234567')?.likely?.[0]?.written, '+44 808 123 4567');
  // Numbers that exist there pass: Irish 1800, 01, 021, 087, 0818; British 0800; Dutch 0800 and 06.
  for (const ok of ['tel:+3531800205555', 'tel:+35315550100', 'tel:+353211234567', 'tel:+353871234567', 'tel:+353818123456', 'tel:+44800111999', 'tel:+318009009', 'tel:+31612345678', 'tel:+4930123456']) {
    assert.equal(notInCountry(ok), undefined, ok);
  }
  // No country where the digits are a number: no guess.
  assert.equal(notInCountry('tel:+35380012')?.likely, undefined);
});

test('notInCountryWords and abroadWords: what the desk reads, in English and Dutch', () => {
  const w = notInCountryWords(notInCountry('tel:+353800111999'));
  assert.equal(w.message.en, '0800 111 999 is not an Irish number: no Irish number starts with 080');
  assert.equal(w.fix.en, 'Is it British? Write it as +44 800 111 999. Irish freephone numbers start with 1800.');
  assert.equal(w.message.nl, '0800 111 999 is geen Iers nummer: geen enkel Iers nummer begint met 080');
  assert.equal(w.fix.nl, 'Is het een Brits nummer? Schrijf het dan als +44 800 111 999. Ierse gratis nummers beginnen met 1800.');
  const nl = notInCountryWords(notInCountry('tel:+44612345678'));
  assert.match(nl.message.en, /^06 1234 5678 is not a British number: no British number starts with 06$/);
  assert.equal(nl.fix.en, 'Is it Dutch? Write it as +31 6 1234 5678. Or Irish? Write +353 61 234 5678.');
  assert.deepEqual(abroadWords('tel:+44800111999', '353'), {
    en: '+44 800 111 999 is a British number; people in Ireland can call it, but is it your emergency line?',
    nl: '+44 800 111 999 is een Brits nummer; mensen in Ierland kunnen het bellen, maar is het uw noodnummer?',
  });
  assert.equal(abroadWords('tel:+3531800205555', '353'), undefined);
  assert.equal(abroadWords('tel:+44800111999', undefined), undefined);
});

test('Irish area numbers (021, 091, 0404) are counted loosely: 7 to 9 digits after +353, a warning only', () => {
  for (const ok of ['tel:+353211234567', 'tel:+3539112345', 'tel:+35340412345']) assert.equal(digitCountProblem(ok), undefined, ok);
  assert.deepEqual(digitCountProblem('tel:+353211234'), { code: '353', got: 6, allowed: [7, 8, 9], kind: '021', loose: true });
  assert.equal(digitCountProblem('tel:+3532112345678')?.loose, true);
});

const irishFeed = (run) => {
  const made = run('new', 'incident', '--template', 'gas', '--id', 'gas-naas', '--feed-id', 'eirgas', '--time-zone', 'Europe/Dublin', '--lang', 'en-IE');
  assert.equal(made.status, 0, made.stderr);
};

test('clearline new channel on an Irish feed: "0800 111 999" refused as an emergency line, warned about elsewhere; +44 asked about', async () => {
  await withCliDir('clearline-foreign-prefix-', async (dir, run) => {
    irishFeed(run);
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    const em = run('new', 'channel', '--kind', 'phone', '--name', 'Gas emergency line', '--link', '0800 111 999', '--emergency');
    assert.equal(em.status, 1, em.stdout + em.stderr);
    assert.match(em.stderr, /tel:\+353800111999 \(0800 111 999\) is not an Irish number: no Irish number starts with 080 \[emergency-number-not-in-country\]/);
    assert.match(em.stderr, /Is it British\? Write it as \+44 800 111 999\. Irish freephone numbers start with 1800\./);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before, 'nothing stored');
    const line = run('new', 'channel', '--kind', 'phone', '--name', 'Other line', '--link', '0800 111 999');
    assert.equal(line.status, 0, line.stdout + line.stderr);
    assert.match(line.stderr, /warning +channels\/\d+\/href: tel:\+353800111999 \(0800 111 999\) is not an Irish number.*\[number-not-in-country\]/);
    const uk = run('new', 'channel', '--kind', 'phone', '--name', 'UK gas line', '--link', '+44 800 111 999', '--emergency');
    assert.equal(uk.status, 0, uk.stdout + uk.stderr);
    assert.match(uk.stderr, /\+44 800 111 999 is a British number; people in Ireland can call it, but is it your emergency line\? \[emergency-line-abroad\]/);
  }, { now: NOW, tz: 'Europe/Dublin' });
});

test('clearline update on an Irish feed: an urgent action linked to "0800 111 999" is refused, nothing written', async () => {
  await withCliDir('clearline-foreign-action-', async (dir, run) => {
    irishFeed(run);
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    const r = run('update', 'feed.json', '--incident', 'gas-naas', '--add-action', 'Smell gas? Call the gas emergency line', '--urgent', '--link', '0800 111 999');
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /actions\/\d+\/href.*0800 111 999\) is not an Irish number.*\[emergency-number-not-in-country\]/);
    assert.match(r.stderr, /Write it as \+44 800 111 999/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
    const ok = run('update', 'feed.json', '--incident', 'gas-naas', '--add-action', 'Smell gas? Call the gas emergency line', '--urgent', '--link', '1800 20 55 55');
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  }, { now: NOW, tz: 'Europe/Dublin' });
});

test('the studio (lint for the desk) says it in the same words, without tel:, in English and Dutch', async () => {
  const { lintDocument } = await import(new URL('../../dist/lint.js', import.meta.url).href);
  const { lintCleanFeed } = await import('./lint-feed.mjs');
  const f = lintCleanFeed(NOW);
  f.time_zone = 'Europe/Dublin';
  f.channels.push({ id: 'gas', kind: 'phone', label: { nl: 'Gaslijn', en: 'Gas line' }, href: 'tel:+353800111999', emergency: true });
  for (const [lang, message] of [['en', '0800 111 999 is not an Irish number: no Irish number starts with 080'], ['nl', '0800 111 999 is geen Iers nummer: geen enkel Iers nummer begint met 080']]) {
    const found = lintDocument(f, { now: NOW, lang, audience: 'desk' }).filter((x) => x.rule === 'emergency-number-not-in-country');
    assert.deepEqual(found.map((x) => [x.severity, x.path, x.message]), [['error', 'channels/2/href', message]]);
  }
});

test('an Irish area number of a length no area has is warned about, never refused, even on an emergency line', async () => {
  const { lintDocument } = await import(new URL('../../dist/lint.js', import.meta.url).href);
  const { lintCleanFeed } = await import('./lint-feed.mjs');
  const f = lintCleanFeed(NOW);
  f.time_zone = 'Europe/Dublin';
  f.channels.push({ id: 'cork', kind: 'phone', label: { nl: 'Cork', en: 'Cork' }, href: 'tel:+353211234', emergency: true });
  const found = lintDocument(f, { now: NOW }).filter((x) => /phone-length/.test(x.rule));
  assert.deepEqual(found.map((x) => [x.rule, x.severity, x.path]), [['phone-length', 'warning', 'channels/2/href']]);
  assert.match(found[0].message, /the Irish 021 number tel:\+353211234 \(0211234\) has 6 digits after \+353; such numbers have 7, 8 or 9$/);
});
