// A helper typed about 600 next-update and start times as Dutch, Flemish, British and US desks would, at 02:10, 22:00,
// 23:50 and 00:10, against the first version of feed/spoken-times.ts. What it found read wrongly or refused without
// need is below; each case failed on that version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { readWhen, TYPED_SAID } = await importTs('src/feed/times.ts');
const { readStart } = await importTs('src/feed/start.ts');

const local = (iso, zone) => new Date(iso).toLocaleString('en-GB', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit' });
/** What a desk in `zone` typing `input` at `now` gets: the local time read ("Fri 03:15"), or the code and message. */
const next = (input, zone, now) => {
  const r = readWhen(input, { now: Date.parse(now), timeZone: zone });
  return r.ok ? local(r.iso, zone) : `${r.code}: ${r.message}`;
};
const start = (input, zone, now) => {
  const r = readStart(input, { now: Date.parse(now), timeZone: zone });
  return r.ok ? local(r.iso, zone) : `${r.code}: ${r.message}`;
};
const [AMS, BRU, LON, CHI] = ['Europe/Amsterdam', 'Europe/Brussels', 'Europe/London', 'America/Chicago'];
const NIGHT = '2026-12-04T01:10:00Z'; // Friday 02:10 in Amsterdam and Brussels, 01:10 in London

test('a start on a US clock without AM or PM is the later of the two that has been: "9:30" at 10 p.m. is 9:30 PM', () => {
  const evening = '2026-12-05T04:00:00Z'; // Friday 22:00 in Chicago
  assert.equal(start('9:30', CHI, evening), 'Fri 21:30');
  assert.equal(start('8:45', CHI, evening), 'Fri 20:45');
  assert.equal(start('9:30 AM', CHI, evening), 'Fri 09:30');
  const midnight = '2026-12-05T06:10:00Z'; // Saturday 00:10 in Chicago
  assert.equal(start('11:50', CHI, midnight), 'Fri 23:50');
  assert.equal(start('12:00', CHI, midnight), 'Sat 00:00');
  // On a 24-hour clock, as before: 9:30 is the morning.
  assert.equal(start('9:30', AMS, '2026-12-04T21:00:00Z'), 'Fri 09:30');
});

test('a start a little ahead is refused as in the future, not moved to yesterday', () => {
  assert.match(start('02:16', AMS, NIGHT), /^future: 02:16 is in the future/);
  assert.match(start('2:20 AM', CHI, '2026-12-04T08:10:00Z'), /^future:/);
  assert.equal(start('23:50', AMS, '2026-12-04T23:10:00Z'), 'Fri 23:50');
});

test('"+2" is asked about (2 minutes or 2 hours?), "+10" is minutes as before', () => {
  const r = readWhen('+2', { now: Date.parse(NIGHT), timeZone: AMS });
  assert.equal(r.message, '"+2" is 2 minutes from now; type +2h for 2 hours, or +2m if you mean minutes');
  assert.equal(TYPED_SAID.nl(r.facts), '"+2" is over 2 minuten; typ +2u voor 2 uur, of +2m als u minuten bedoelt');
  assert.equal(next('+1', AMS, NIGHT).startsWith('format: "+1" is 1 minute from now; type +1h for 1 hour'), true);
  assert.equal(next('+10', AMS, NIGHT), 'Fri 02:20');
});

test('durations as Dutch and Flemish desks say them', () => {
  const said = {
    'over 1.30 uur': 'Fri 03:40', 'over 1,30 uur': 'Fri 03:40', 'binnen 1.30u': 'Fri 03:40', 'over 1,5 uur': 'Fri 03:40', 'binnen de 2 uur': 'Fri 04:10',
    'binnen het halfuur': 'Fri 02:40', 'over een uurtje': 'Fri 03:10', 'over een kwartiertje': 'Fri 02:25', 'over 2 uur.': 'Fri 04:10', '+30 min.': 'Fri 02:40',
    '30 min': 'Fri 02:40', '45 minuten': 'Fri 02:55',
  };
  for (const [typed, read] of Object.entries(said)) assert.equal(next(typed, BRU, NIGHT), read, typed);
  assert.equal(next('2 hours', LON, NIGHT), 'Fri 03:10');
  assert.equal(next('in 2 hours.', LON, NIGHT), 'Fri 03:10');
  // Fractions stay fractions: ,25 ,50 ,75 and anything from 60 before "uur", every decimal before an English hour.
  for (const [typed, read] of Object.entries({ 'over 1.75 uur': 'Fri 03:55', 'over 2,25 uur': 'Fri 04:25', 'over 1,50 uur': 'Fri 03:40', 'over 0,75 uur': 'Fri 02:55', 'in 0.25 hours': 'Fri 02:25', '+0.75h': 'Fri 02:55', 'in 1.30 hours': 'Fri 03:28' })) {
    assert.equal(next(typed, BRU, NIGHT), read, typed);
  }
  // "2 uur" is two o'clock, "14h" a Brussels 14:00: neither is read as a duration; nor "1600 hours" (16:00).
  assert.match(next('2 uur', AMS, NIGHT), /^passed: 02:00 has passed/);
  assert.match(next('14h', BRU, NIGHT), /^format: "14h" is not a time/);
  assert.equal(next('1600 hours', LON, NIGHT), 'Fri 16:00');
});

test('clock times as said: minutes past and to, Flemish "na", hours in words, "ten laatste", "0600", "o\'clock"', () => {
  const said = {
    'kwart na 3': 'Fri 03:15', '10 over 3': 'Fri 03:10', '20 voor 4': 'Fri 03:40', 'tien over drie': 'Fri 03:10', 'kwart over drie': 'Fri 03:15',
    'ten laatste 4u': 'Fri 04:00', 'uiterlijk om 4 uur': 'Fri 04:00', 'rond kwart over 3': 'Fri 03:15',
  };
  for (const [typed, read] of Object.entries(said)) assert.equal(next(typed, BRU, NIGHT), read, typed);
  for (const [typed, read] of Object.entries({ '0600': 'Fri 06:00', '06:00 hrs': 'Fri 06:00', "4 o'clock": 'Fri 04:00', '5 past 3': 'Fri 03:05', 'Fri 4th Dec 6am': 'Fri 06:00' })) {
    assert.equal(next(typed, LON, NIGHT), read, typed);
  }
  const half = readWhen('half vier', { now: Date.parse(NIGHT), timeZone: AMS });
  assert.equal(TYPED_SAID.nl(half.facts), '"half vier" is in het Nederlands 03:30 en in het Engels 04:30; typ de tijd in cijfers, zoals 03:30 of 15:30');
  // With its day, the example keeps the day: "vanavond 11:30" is 23:30.
  const tonight = readWhen('vanavond om half 12', { now: Date.parse('2026-12-04T21:00:00Z'), timeZone: AMS });
  assert.equal(TYPED_SAID.nl(tonight.facts), '"half 12" is in het Nederlands 11:30 en in het Engels 12:30; typ de tijd in cijfers, zoals vanavond 11:30');
  assert.equal(next('vanavond 11:30', AMS, '2026-12-04T21:00:00Z'), 'Fri 23:30');
});

test('the day after the time, a weekday without a date, tonight\'s small hours, 24:00', () => {
  const evening = '2026-12-04T21:00:00Z'; // Friday 22:00 in Amsterdam, 21:00 in London
  assert.equal(next('1 uur vannacht', AMS, evening), 'Sat 01:00');
  assert.equal(next('6am tomorrow', LON, evening), 'Sat 06:00');
  assert.equal(next('za 01:00', AMS, evening), 'Sat 01:00');
  assert.equal(next('zaterdag 1 uur', AMS, evening), 'Sat 01:00');
  assert.equal(next('tonight 1am', LON, evening), 'Sat 01:00');
  assert.equal(next('tonight 2am', LON, '2026-12-05T00:10:00Z'), 'Sat 02:00');
  assert.equal(next('24:00', AMS, evening), 'Sat 00:00');
  assert.equal(start('23:30 gisteren', AMS, NIGHT), 'Thu 23:30');
  assert.equal(start('do 23:30', AMS, NIGHT), 'Thu 23:30');
  assert.equal(start('vr 01:30', AMS, NIGHT), 'Fri 01:30');
});

test('a start said as now, since a time, or with its part of the day', () => {
  assert.equal(start('nu', AMS, NIGHT), 'Fri 02:10');
  assert.equal(start('just now', LON, NIGHT), 'Fri 01:10');
  assert.equal(start('sinds 1 uur', AMS, NIGHT), 'Fri 01:00');
  assert.equal(start('since 9pm', LON, '2026-12-04T22:00:00Z'), 'Fri 21:00');
  // "11 uur 's avonds" typed at 02:10 is last evening's, not tonight's (which was refused as in the future).
  assert.equal(start("11 uur 's avonds", AMS, NIGHT), 'Thu 23:00');
});

test('a passed date and time is answered with one to type, as a desk types it, and how long to wait', () => {
  const r = readWhen('4-12 00:15', { now: Date.parse('2026-12-04T22:50:00Z'), timeZone: AMS });
  assert.equal(r.message, '2026-12-04 00:15 has passed; did you mean "2026-12-05 00:15"? type that, or +25m');
  assert.equal(next('2026-12-05 00:15', AMS, '2026-12-04T22:50:00Z'), 'Sat 00:15');
});

// A second trial compared about 10,000 readings before and after the rules above, in five zones at six times of day.
test('second trial: a US start that says its half of the day keeps it; one a little ahead is refused', () => {
  const chi = (hour) => new Date(Date.parse('2026-12-04T06:00:00Z') + hour * 3_600_000).toISOString(); // 00:00 Chicago + hour
  assert.equal(start('noon', CHI, chi(9)), 'Thu 12:00');
  assert.equal(start('9 in the morning', CHI, chi(22)), 'Fri 09:00');
  assert.equal(start('06:00', CHI, chi(22)), 'Fri 06:00');
  assert.equal(start('02:00', CHI, chi(14)), 'Fri 02:00');
  for (const [typed, at] of [['2:16', chi(2)], ['9:30', chi(9.33)], ['12:05', chi(11.92)]]) assert.match(start(typed, CHI, at), /^future:/, typed);
  assert.match(start('2:16', CHI, new Date(Date.parse(chi(2)) + 10 * 60_000).toISOString()), /^future:/);
  // "9:30" at 21:20 is 9:30 PM, ten minutes ahead: refused, not this morning's.
  assert.match(start('9:30', CHI, new Date(Date.parse(chi(21)) + 20 * 60_000).toISOString()), /^future:/);
});

test('second trial: "sinds 2 uur" counts to 12, "1 tonight" is the small hours, and a year, a bare day or "+0" is no time', () => {
  assert.equal(start('sinds 2 uur', BRU, '2026-12-04T13:10:00Z'), 'Fri 14:00');
  assert.equal(start('sinds 3 uur', AMS, '2026-12-04T15:00:00Z'), 'Fri 15:00');
  assert.equal(start('sinds 1 uur', AMS, NIGHT), 'Fri 01:00');
  assert.equal(next('1 tonight', AMS, '2026-12-04T08:00:00Z'), 'Sat 01:00');
  assert.equal(next('tonight 1', LON, '2026-12-04T09:00:00Z'), 'Sat 01:00');
  assert.equal(next('vanavond 8', AMS, '2026-12-04T08:00:00Z'), 'Fri 20:00');
  assert.equal(next('kwart over 8 vanavond', AMS, '2026-12-04T17:00:00Z'), 'Fri 20:15');
  assert.match(next('2026', AMS, '2026-12-04T17:00:00Z'), /^format: "2026" is not a time/);
  assert.match(next('vr 4', AMS, NIGHT), /^format:/);
  assert.equal(next('zo 3 uur', AMS, NIGHT), 'Sun 03:00');
  assert.equal(next('+0', AMS, NIGHT), 'Fri 02:10');
});
