// A desk at 2 a.m. says the next update as it would say it on the phone: "over 2 uur", "in 30 min", "kwart over 3",
// "9 uur 's avonds", "rond 3:30"; and a start as "40 minuten geleden". The studio and `clearline update --next-update`
// answered every one of these with "is not a time; use +15m, +1h …" (one parser: feed/times.ts readWhen, with
// feed/spoken-times.ts in front; the start field's readStart likewise). "Half 3" is refused with both readings, and
// "31-11 10:00", "4 dec" and "4-12 25:00" now say what is wrong instead of "not a time".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { readWhen, TYPED_SAID } = await importTs('src/feed/times.ts');
const { readStart } = await importTs('src/feed/start.ts');
const { durationMs } = await importTs('src/feed/spoken-times.ts');
const { nextUpdateOption } = await importTs('src/cli/when.ts');

const NIGHT = Date.parse('2026-12-04T01:10:00Z'); // Friday 02:10 in Amsterdam
const EVENING = Date.parse('2026-12-04T21:00:00Z'); // Friday 22:00 in Amsterdam
const at = (now, zone = 'Europe/Amsterdam') => ({ now, timeZone: zone });
const read = (input, options = at(NIGHT)) => {
  const r = readWhen(input, options);
  return r.ok ? r.iso : `${r.code}/${r.form}: ${r.message}`;
};
const plus = (minutes, now = NIGHT) => new Date(now + minutes * 60_000).toISOString().replace('.000Z', 'Z');

test('a next update said as a duration is that long from now, in Dutch and English', () => {
  const said = {
    'over 2 uur': 120, 'Over een half uur': 30, 'in 30 min': 30, 'in 2 hours': 120, '+1h30m': 90, '+1,5 uur': 90, '+1.5h': 90,
    'over anderhalf uur': 90, 'binnen een uur': 60, 'within the hour': 60, 'binnen het uur': 60, 'in an hour and a half': 90,
    'over 1 uur en 15 minuten': 75, 'over een kwartier': 15, 'in a quarter of an hour': 15, '+1u30': 90, 'in 45 minutes from now': 45,
  };
  for (const [typed, minutes] of Object.entries(said)) assert.equal(read(typed), plus(minutes), typed);
  // What was read before is read the same.
  for (const [typed, minutes] of Object.entries({ '+30': 30, '+2u': 120, '+ 90 min': 90, '+15m': 15, '+1d': 1440 })) assert.equal(read(typed), plus(minutes), typed);
  for (const typed of ['over', 'in 5', 'over uur', 'over 0 min', 'inmiddels', 'over twee dagen morgen']) assert.match(read(typed), /^format\/other/, typed);
  assert.equal(durationMs('2 uur 30'), 150 * 60_000);
  assert.equal(durationMs('een half uur'), 30 * 60_000);
});

test('clock times in words: quarters, noon and midnight, parts of the day, and words that change nothing', () => {
  const ams = (hm, day = '2026-12-04') => new Date(`${day}T${hm}:00+01:00`).toISOString().replace('.000Z', 'Z');
  const said = {
    'kwart over 3': ams('03:15'), 'kwart voor 4': ams('03:45'), 'quarter past 3': ams('03:15'), 'a quarter to 4': ams('03:45'), 'half past 3': ams('03:30'),
    noon: ams('12:00'), '12 uur \'s middags': ams('12:00'), '9 uur \'s avonds': ams('21:00'), '9 uur s avonds': ams('21:00'), '9 in the evening': ams('21:00'), '3 uur \'s nachts': ams('03:00'),
    'vannacht 3 uur': ams('03:00'), 'vanochtend 4 uur': ams('04:00'), 'morgenochtend 9 uur': ams('09:00'), 'morgen 8 uur ’s ochtends': ams('08:00'), // at 02:10, the coming morning (night-tomorrow.test.mjs)
    'rond 3:30': ams('03:30'), 'uiterlijk 4 uur': ams('04:00'), 'voor 4 uur': ams('04:00'), 'about 3:30': ams('03:30'), 'ca. 3:30': ams('03:30'),
    '4-12-2026 03:00:00': ams('03:00'),
  };
  for (const [typed, iso] of Object.entries(said)) assert.equal(read(typed), iso, typed);
  // At 22:00 "vannacht" and midnight are the coming night's; at 02:10 midnight has passed, and is refused, not moved.
  assert.equal(read('vannacht 3 uur', at(EVENING)), ams('03:00', '2026-12-05'));
  assert.equal(read('3 uur \'s nachts', at(EVENING)), ams('03:00', '2026-12-05'));
  assert.equal(read('middernacht', at(EVENING)), ams('00:00', '2026-12-05'));
  assert.equal(read('midnight', at(EVENING)), ams('00:00', '2026-12-05'));
  assert.match(read('middernacht'), /^passed\/iso: 2026-12-04 00:00 has passed/);
  // "kwart over 1" at 02:10 has passed: refused as 01:15 is.
  assert.match(read('kwart over 1'), /^passed\/clock: 01:15 has passed/);
});

test('"half 3" is refused with both readings; a date that does not exist, one without a time and a clock past 23:59 say so', () => {
  assert.equal(read('half 3'), 'format/typed: "half 3" is 02:30 in Dutch and 03:30 in English; type the time in figures, such as 03:30');
  const half = readWhen('half 3', at(NIGHT));
  assert.equal(TYPED_SAID.nl(half.facts), '"half 3" is in het Nederlands 02:30 en in het Engels 03:30; typ de tijd in cijfers, zoals 02:30 of 14:30');
  assert.equal(TYPED_SAID.en(readWhen('half 1', at(NIGHT)).facts).slice(0, 40), '"half 1" is 12:30 in Dutch and 01:30 in ');
  for (const typed of ['vanavond half 9', 'morgen om half 8', 'Half 4 uur']) assert.equal(readWhen(typed, at(NIGHT)).form, 'typed', typed);
  // "half past 3" is English and unambiguous: read (above).
  assert.equal(readWhen('half past 3', at(NIGHT)).ok, true);
  assert.equal(read('31-11 10:00'), 'format/typed: 31 November does not exist; check the day and the month');
  assert.equal(TYPED_SAID.nl(readWhen('31-11 10:00', at(NIGHT)).facts), '31 november bestaat niet; kijk de dag en de maand na');
  assert.equal(read('11/31 10:00 AM', at(NIGHT, 'America/Chicago')), 'format/typed: November 31 does not exist; check the day and the month');
  assert.equal(read('30-2-2027 10:00'), 'format/typed: 30 February does not exist; check the day and the month');
  for (const typed of ['4 dec', '4 dec om', 'vr 4 december', 'vandaag', 'morgen om']) {
    assert.equal(read(typed), `format/typed: "${typed}" has no time; add one, such as 4 Dec 04:00`, typed);
  }
  assert.equal(TYPED_SAID.nl(readWhen('vandaag', at(NIGHT)).facts), '"vandaag" heeft geen tijd; voeg er een toe, zoals 4 dec 04:00');
  assert.equal(read('4-12 25:00'), 'format/clock: 25:00 is not a clock time; use HH:MM between 00:00 and 23:59');
  // Month 13 is the other order, however far off (trial T's "17-12" on a US desk, cli-date-order.test.mjs); a month name
  // misspelt is still "not a time".
  assert.equal(read('4-13 10:00'), 'format/typed: 4-13 is read day first, and there is no month 13; did you mean 13 April? then type 13 Apr 10:00');
  assert.match(read('4 dex 10:00'), /^format\/other/);
});

test('a start said in words: how long ago, a quarter past, the last midnight', () => {
  const start = (input, now = NIGHT) => {
    const r = readStart(input, at(now));
    return r.ok ? r.iso : `${r.code}: ${r.message}`;
  };
  for (const [typed, minutes] of Object.entries({ '40 minuten geleden': 40, 'een uur geleden': 60, '-1h30m': 90, 'an hour ago': 60, 'een half uur geleden': 30, '-40': 40 })) {
    assert.equal(start(typed), plus(-minutes), typed);
  }
  assert.equal(start('kwart over 1'), '2026-12-04T00:15:00Z');
  assert.equal(start('rond 1 uur'), '2026-12-04T00:00:00Z');
  assert.equal(start('1 uur \'s nachts'), '2026-12-04T00:00:00Z');
  assert.equal(start('middernacht'), '2026-12-03T23:00:00Z');
  assert.equal(start('middernacht', EVENING), '2026-12-03T23:00:00Z');
  assert.equal(start('gisteravond 11 uur'), '2026-12-03T22:00:00Z');
  assert.equal(start('half 2'), 'format: "half 2" is 01:30 in Dutch and 02:30 in English; type the time in figures, such as 02:30');
  assert.equal(readStart('half 2', at(NIGHT)).problem.kind, 'half');
  // A start's example lies in the past.
  assert.equal(start('gisteren'), 'format: "gisteren" has no time; add one, such as 4 Dec 01:00');
  // "Uiterlijk" (at the latest) is a next update's word, not a start's.
  assert.match(start('uiterlijk 1 uur'), /is not a time/);
});

test('the CLI says the refusals in the desk\'s language', () => {
  const feed = { time_zone: 'Europe/Amsterdam', incidents: [] };
  assert.throws(() => nextUpdateOption('half 3', feed, NIGHT, 'nl'), { message: '--next-update half 3: "half 3" is in het Nederlands 02:30 en in het Engels 03:30; typ de tijd in cijfers, zoals 02:30 of 14:30' });
  assert.throws(() => nextUpdateOption('4 dec', feed, NIGHT, 'nl'), { message: '--next-update 4 dec: "4 dec" heeft geen tijd; voeg er een toe, zoals 4 dec 04:00' });
  assert.equal(nextUpdateOption('over 2 uur', feed, NIGHT, 'nl').shown, '04:10');
});

test('a numeric date in the other order is said, not promised for April: "12/4" in London, "4/12" in Chicago', () => {
  const london = at(NIGHT, 'Europe/London');
  const r = readWhen('12/4 03:30', london);
  assert.equal(r.form, 'typed');
  assert.equal(r.message, '12/4 is read day first, as 12 April; did you mean 4 December? then type 4 Dec 03:30');
  assert.equal(TYPED_SAID.nl(r.facts), '12/4 wordt gelezen met de dag eerst, als 12 april; bedoelt u 4 december? Typ dan 4 dec 03:30');
  // What it says to type is read as meant.
  assert.equal(read('4 Dec 03:30', london), '2026-12-04T03:30:00Z');
  assert.equal(read('4/12 8:30 PM', at(NIGHT, 'America/Chicago')), 'format/typed: 4/12 is read month first, as April 12; did you mean December 4? then type Dec 4 8:30 PM');
  assert.equal(read('Dec 4 8:30 PM', at(NIGHT, 'America/Chicago')), '2026-12-05T02:30:00Z');
  // Read as typed when that is today or tomorrow, or when neither order is near.
  assert.equal(read('4/12 03:30', london), '2026-12-04T03:30:00Z');
  assert.equal(read('12/4 8:30 PM', at(NIGHT, 'America/Chicago')), '2026-12-05T02:30:00Z');
  assert.equal(read('7/3 03:30', london).startsWith('format/typed'), false);
  // Trial T: a date that reads as no month at all in the zone's order was said "as 12 May" (month 17 run on into May).
  const noMonth = readWhen('12-13 03:30', at(Date.parse('2026-12-12T10:00:00Z'), 'Europe/Amsterdam'));
  assert.equal(noMonth.message, '12-13 is read day first, and there is no month 13; did you mean 13 December? then type 13 Dec 03:30');
  assert.equal(TYPED_SAID.nl(noMonth.facts), '12-13 wordt gelezen met de dag eerst, en een maand 13 bestaat niet; bedoelt u 13 december? Typ dan 13 dec 03:30');
  // A start too: "12/3 23:30" is 12 March, in the future.
  assert.equal(readStart('12/3 23:30', london).message, '12/3 is read day first, as 12 March; did you mean 3 December? then type 3 Dec 23:30');
});

test('"half 3" refused with two-digit hours as the clocks write them (i18n/clock.ts): 02:30 in Dutch and British English, 3:30 on a US clock', () => {
  const nl = readWhen('half 3', at(NIGHT));
  assert.match(TYPED_SAID.nl(nl.facts), /is in het Nederlands 02:30 en in het Engels 03:30; typ de tijd in cijfers, zoals 02:30 of 14:30$/);
  assert.match(TYPED_SAID.en(readWhen('half 9', at(NIGHT, 'Europe/London')).facts), /is 08:30 in Dutch and 09:30 in English; type the time in figures, such as 09:30$/);
  assert.match(TYPED_SAID.nl(readWhen('half 1', at(NIGHT)).facts), /in het Nederlands 12:30 en in het Engels 01:30; typ de tijd in cijfers, zoals 12:30 of 00:30$/);
  assert.match(TYPED_SAID.nl(readWhen('vanavond half 9', at(NIGHT)).facts), /zoals vanavond 08:30$/);
  // A start said so ("sinds half 2") too.
  assert.match(readStart('half 2', at(NIGHT)).message, /is 01:30 in Dutch and 02:30 in English; type the time in figures, such as 02:30$/);
  // On a US or Canadian clock, English keeps its hour as the reader's clock writes it ("9:05 AM"): 3:30, not 03:30.
  const chicago = readWhen('half 3', at(NIGHT, 'America/Chicago'));
  assert.match(TYPED_SAID.en(chicago.facts), /is 2:30 in Dutch and 3:30 in English; type the time in figures, such as 3:30$/);
  assert.match(chicago.message, /such as 3:30$/);
  assert.match(readStart('half 2', at(NIGHT, 'America/Toronto')).message, /such as 2:30$/);
});
