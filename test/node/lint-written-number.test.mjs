// Trial V, finding 4 (a UK water company's desk, 06:30): "call 0800 3164000 or +44 (0)800 316 4000" and "Bottled water
// stations are open, see below." went out by web, SMS and phone line, and lint said nothing. number-zero-in-brackets,
// number-grouping and see-below say so; numbers and words people there do use stay quiet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);

const NOW = Date.parse('2026-12-09T06:30:00Z');
const RULES = ['number-zero-in-brackets', 'number-grouping', 'see-below'];

/** A UK (or, by time zone, Dutch or Belgian) water feed whose one open incident has the given action and what we know. */
function feed({ action = 'Boil your water', known = 'A main burst on the A38.', zone = 'Europe/London', href = 'tel:+448003164000' } = {}) {
  return {
    type: 'status', version: 1, feed_id: 'svw', time_zone: zone,
    publisher: { name: 'Severn Vale Water', url: 'https://www.severnvalewater.example/' },
    channels: [{ id: 'leakline', kind: 'phone', label: { en: '24-hour leak and supply line' }, href, wait_minutes: 25, reason: { en: 'many calls' } }],
    incidents: [{
      id: 'water', title: { en: 'No water in Tewkesbury' }, severity: 'major', phase: 'investigating',
      started_at: '2026-12-09T02:10:00Z', updated_at: '2026-12-09T06:30:00Z', next_update_at: '2026-12-09T08:30:00Z',
      affects: ['Tewkesbury GL20', 'Upton upon Severn WR8', 'Ledbury HR8'],
      known: { en: known }, unknown: { en: 'When the water is back.' },
      actions: [{ label: action, urgent: true }],
    }],
  };
}
const mine = (doc) => lintDocument(doc, { now: NOW }).filter((f) => RULES.includes(f.rule));

test("the desk's action: the (0) form and the unusual grouping, each with the line's own form", () => {
  const found = mine(feed({ action: 'Do not call to report no water if your postcode is GL20, WR8 or HR88; we know. Priority Services Register customers: call 0800 3164000 or +44 (0)800 316 4000' }));
  assert.deepEqual(found.map((f) => [f.rule, f.path]), [
    ['number-zero-in-brackets', 'incidents/0/actions/0/label'],
    ['number-grouping', 'incidents/0/actions/0/label'],
  ]);
  assert.match(found[0].message, /“\+44 \(0\)800 316 4000” \(the number of “24-hour leak and supply line”\) has a \(0\) in brackets/);
  assert.equal(found[0].fix, 'Write 0800 316 4000 (from abroad: +44 800 316 4000), without the (0).');
  assert.match(found[1].message, /“0800 3164000”.*readers see that line as 0800 316 4000/);
  assert.equal(found[1].fix, 'Write 0800 316 4000 (from abroad: +44 800 316 4000).');
  const nl = lintDocument(feed({ action: 'Bel 0800 3164000' }), { now: NOW, lang: 'nl' }).find((f) => f.rule === 'number-grouping');
  assert.equal(nl.fix, 'Schrijf 0800 316 4000 (vanuit het buitenland: +44 800 316 4000).');
});

test('a number that is not one of the feed\'s lines is named by how numbers there are written; London\'s 0207 split too', () => {
  const [f] = mine(feed({ known: 'Call the council on 0207 946 0018.' }));
  assert.equal(f.rule, 'number-grouping');
  assert.match(f.message, /“0207 946 0018” is grouped in an unusual way \(numbers there are written 020 7946 0018\)/);
});

test("see below, hieronder: named; 'below freezing', 'above-average', 'verderop in de straat' are not", () => {
  const [f] = mine(feed({ known: 'About 40,000 homes have no water. Bottled water stations are open, see below.' }));
  assert.deepEqual([f.rule, f.path], ['see-below', 'incidents/0/known/en']);
  assert.match(f.message, /“see below” .*text message, on the phone line/);
  assert.match(f.fix, /see the bottled water stations on our website/);
  for (const known of ['Water stations are listed below:', 'As above, boil your water.', 'See the list of stations above.', 'Zie hieronder waar u water haalt.', 'De onderstaande adressen zijn open.']) {
    assert.equal(mine(feed({ known })).length, 1, known);
  }
  for (const known of ['Temperatures fell below freezing, so pipes burst.', 'Pressure is above normal.', 'An above-average number of bursts.', 'Het lek zit verderop in de straat.', 'Check pressure above 2 bar.']) {
    assert.deepEqual(mine(feed({ known })), [], known);
  }
});

test('numbers as people there write them stay quiet: UK, Dutch, Belgian; dates, amounts, public numbers and other countries too', () => {
  const quiet = [
    ['Call 0800 316 4000 or from abroad +44 800 316 4000, or 0800-316-4000.', 'Europe/London'],
    ['Call 020 7946 0018 or 01632 960123 or 07700 900123.', 'Europe/London'],
    ['Call 999 or 105. Bills: 0345 600 2200. Reference 2026-12-09, £25,000.', 'Europe/London'],
    ['Bel 020-1234567, 06-12345678, 0800-9009, 088 123 4567 of 0900-8844.', 'Europe/Amsterdam'],
    ['Bel 078 170 170, 078 15 15 15, 03/123.45.67 of 0800 22 800.', 'Europe/Brussels'],
    // Belgian twos and threes alike: 070 22 00 00 as 070 245 245 (the poison centre), Brussels 02 123 45 67, mobiles 0470 12 34 56.
    ['Bel 070 22 00 00, 070 245 245, +32 70 22 00 00, 02 123 45 67 of 0470 12 34 56.', 'Europe/Brussels'],
    ['Call +49 30 1234567 or +1 312 555 0142.', 'Europe/London'],
    ['Since 08-12-2026 at 06.30.', 'Europe/London'],
  ];
  for (const [known, zone] of quiet) assert.deepEqual(mine(feed({ known, zone, href: 'tel:+448003164000' })), [], known);
});

test('updates and what we know are checked, not channel names or the FAQ', () => {
  const doc = feed();
  doc.channels[0].label = { en: 'Leak line +44 (0)800 316 4000' };
  assert.deepEqual(mine(doc), []);
  doc.incidents[0].updates = [{ at: '2026-12-09T05:00:00Z', known: { en: 'Call +44 (0)800 316 4000.' } }];
  assert.deepEqual(mine(doc).map((f) => f.path), ['incidents/0/updates/0/known/en']);
});

test("postcode-near-affected: HR88 beside GL20 and WR8 while the incident affects HR8; never a road, a year or a code named on purpose", () => {
  const codes = (known, { zone = 'Europe/London', affects = ['Tewkesbury GL20', 'Upton upon Severn WR8', 'Ledbury HR8 (recovering)'], phase = 'investigating' } = {}) => {
    const doc = feed({ known, zone });
    Object.assign(doc.incidents[0], { affects, phase });
    return lintDocument(doc, { now: NOW }).filter((f) => f.rule === 'postcode-near-affected');
  };
  const [f] = codes('Do not call to report no water if your postcode is GL20, WR8 or HR88; we know.');
  assert.equal(f.path, 'incidents/0/known/en');
  assert.match(f.message, /“HR88” is not among the places this incident affects \(GL20, WR8, HR8\), but one character off HR8/);
  assert.equal(f.fix, 'If HR8 is meant, write HR8. If HR88 is affected too, add it to "affects".');
  assert.equal(codes('Homes with postcode HR9 have low pressure.').length, 1, 'right after "postcode"');
  assert.equal(codes('Homes in 3511, 3513 hebben geen water.', { zone: 'Europe/Amsterdam', affects: ['Utrecht 3511', 'Utrecht 3512'] }).length, 1);
  const quiet = [
    ['The burst main on the A38 near GL20 is repaired.'],
    ['Homes in GL20, WR8, WR9 and HR8 have low pressure.'],
    ['GL20 and WR8 have water; Hereford HR4 never lost it.'],
    ['Homes in GL20, WR8 or HR88.', { zone: 'America/Chicago' }],
    ['Homes in GL20, WR8 or HR88.', { phase: 'resolved' }],
    ['Sinds 3512 en 2026 geen water.', { zone: 'Europe/Amsterdam', affects: ['Utrecht 3511', 'Utrecht 3512'] }],
    ['Storing in 3511 sinds 3 december 2026; bel 0800 3512.', { zone: 'Europe/Amsterdam', affects: ['Utrecht 3511', 'Utrecht 3512'] }],
  ];
  for (const [known, options] of quiet) assert.deepEqual(codes(known, options), [], known);
});
