// A desk types a next update or a start with the day written out: "4-12-2026 18:00", "vandaag 18:00", "vr 4 dec om
// 18:30", "Dec 4 2:30 PM". The studio and `clearline update --next-update` answered all of these with a bare "is geen
// tijd" / "is not a time" (one parser, feed/times.ts readWhen; the start field's readStart likewise).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { readWhen, datedText, exampleWhen, WEEKDAY_SAID } = await importTs('src/feed/times.ts');
const { readStart } = await importTs('src/feed/start.ts');
const NOW = Date.parse('2026-12-04T17:00:00Z'); // Friday 18:00 in Amsterdam and Brussels, 17:00 in London, 11:00 in Chicago
const ams = { now: NOW, timeZone: 'Europe/Amsterdam' };
const chicago = { now: NOW, timeZone: 'America/Chicago' };
const iso = (input, options = ams) => {
  const r = readWhen(input, options);
  return r.ok ? r.iso : `${r.code}: ${r.message}`;
};

test('a Dutch desk\'s dates and day words are read in the feed\'s zone, day first', () => {
  for (const typed of ['4-12-2026 18:30', '4-12 18:30', '04-12-26 18:30', '4/12 18.30 uur', '4.12.2026 18:30', 'vr 4 dec om 18:30', '4 december 2026 18:30', 'vrijdag 4 december, 18:30', 'vandaag 18:30', 'Vandaag om 18.30 uur', '2026-12-04 om 18:30']) {
    assert.equal(iso(typed), '2026-12-04T17:30:00Z', typed);
  }
  assert.equal(iso('5-12 9:00'), '2026-12-05T08:00:00Z');
  assert.equal(iso('za 5 dec 9 uur'), '2026-12-05T08:00:00Z');
  // "Vanavond 8 uur" is 20:00, not 08:00 (which has passed) or a silent 08:00 tomorrow.
  assert.equal(iso('vanavond 8 uur'), '2026-12-04T19:00:00Z');
  assert.equal(iso('vanavond om 20:00'), '2026-12-04T19:00:00Z');
});

test('an English desk: day first in London, month first on a US or Canadian clock, the 12-hour clock said back as typed', () => {
  const london = { now: NOW, timeZone: 'Europe/London' };
  assert.equal(iso('4/12 18:30', london), '2026-12-04T18:30:00Z');
  assert.equal(iso('Fri 4 Dec at 6:30 PM', london), '2026-12-04T18:30:00Z');
  for (const typed of ['12/4 2:30 PM', '12/4/2026 2:30 PM', 'Dec 4 2:30 PM', 'December 4th, 2026 2:30 pm', 'today at 2:30 PM', 'this afternoon 2:30']) {
    assert.equal(iso(typed, chicago), '2026-12-04T20:30:00Z', typed);
  }
  assert.equal(iso('tonight at 8pm', chicago), '2026-12-05T02:00:00Z');
  // A passed time is refused, never moved, and said in the desk's clock.
  const r = readWhen('12/4 9:00 AM', chicago);
  assert.equal(r.code, 'passed');
  assert.match(r.message, /9:00 AM has passed/);
});

test('a date that has passed is refused with the next such time; one that is no date stays "not a time"', () => {
  const r = readWhen('4-12-2026 17:00', ams);
  assert.equal(r.ok, false);
  assert.equal(r.code, 'passed');
  assert.match(r.message, /^2026-12-04 17:00 has passed; promise the next update within 4 hours: .* up to 22:00$/);
  assert.equal(readWhen('31-11 18:00', ams).code, 'format');
  assert.equal(readWhen('4-13-2026 18:00', ams).code, 'format');
  assert.equal(readWhen('vandaag', ams).code, 'format');
  assert.equal(readWhen('4 dex 18:00', ams).code, 'format');
  // A weekday that is not the date's: which of the two was meant is unknown, so it is refused, not guessed.
  assert.equal(readWhen('za 5 dec 9:00', ams).ok, true);
  const wrong = readWhen('zo 5 dec 9:00', ams);
  assert.equal(wrong.form, 'weekday');
  assert.equal(wrong.message, 'Sunday does not go with that date: 5 December 2026 is a Saturday; type the date again, or leave out the day');
  assert.equal(WEEKDAY_SAID.nl(wrong.facts), 'zondag past niet bij die datum: 5 december 2026 is een zaterdag; typ de datum opnieuw, of laat de dag weg');
  assert.equal(readWhen('Sunday, December 5, 2026 9:00 AM', chicago).form, 'weekday');
  assert.equal(readStart('di 3 dec 23:50', ams).weekday.date, '2026-12-03');
  // Clock times that look like a day and a month stay clock times: 19.30 uur is 19:30, not 19 March.
  assert.equal(iso('19.30 uur'), '2026-12-04T18:30:00Z');
  assert.equal(iso('19.30'), '2026-12-04T18:30:00Z');
  // A zone that is none is still said as such.
  assert.equal(readWhen('4-12 18:00', { now: NOW, timeZone: 'Mars/Olympus' }).code, 'zone');
});

test('without a year, a date more than half a year back is next year\'s: "2 jan" typed on 30 December', () => {
  const dec30 = Date.parse('2026-12-30T09:00:00Z');
  assert.equal(datedText('2 jan 10:00', dec30, 'Europe/Amsterdam'), '2027-01-02 10:00');
  assert.equal(datedText('28-12 10:00', dec30, 'Europe/Amsterdam'), '2026-12-28 10:00');
});

test('a start typed with its day: "gisteren 23:50", "vanmiddag 3 uur", "4-12 17:30"', () => {
  const start = (input, options = ams) => {
    const r = readStart(input, options);
    return r.ok ? r.iso : `${r.code}: ${r.message}`;
  };
  assert.equal(start('gisteren 23:50'), '2026-12-03T22:50:00Z');
  assert.equal(start('yesterday at 11:50 PM', chicago), '2026-12-04T05:50:00Z');
  assert.equal(start('vanmiddag 3 uur'), '2026-12-04T14:00:00Z');
  assert.equal(start('4-12 17:30'), '2026-12-04T16:30:00Z');
  assert.match(start('4-12 19:30'), /^future: /);
});

test('the example a desk is given: two hours ahead on the half hour, as that desk writes a date, and taken as typed', () => {
  assert.equal(exampleWhen(NOW, 'Europe/Amsterdam', 'nl'), '4 dec 20:00');
  assert.equal(exampleWhen(NOW, 'Europe/London', 'en'), '4 Dec 19:00');
  assert.equal(exampleWhen(NOW, 'America/Chicago', 'en'), 'Dec 4 1:00 PM');
  // At 02:00 the example is today's 04:00, not tomorrow's 14:30 (more than 4 hours ahead, refused).
  const night = Date.parse('2026-12-04T01:00:00Z');
  assert.equal(exampleWhen(night, 'Europe/Amsterdam', 'nl'), '4 dec 04:00');
  assert.equal(exampleWhen(Date.parse('2027-03-04T22:40:00Z'), 'Europe/London', 'en'), '5 Mar 00:30');
  assert.equal(exampleWhen(Date.parse('2027-03-04T12:00:00Z'), 'Europe/Amsterdam', 'nl'), '4 mrt 15:00');
  for (const [now, zone, ui] of [[night, 'Europe/Amsterdam', 'nl'], [NOW, 'America/Chicago', 'en'], [NOW, 'Europe/London', 'en'], [Date.parse('2026-12-31T22:45:00Z'), 'Europe/Amsterdam', 'nl']]) {
    const r = readWhen(exampleWhen(now, zone, ui), { now, timeZone: zone });
    assert.equal(r.ok, true, `${exampleWhen(now, zone, ui)} in ${zone}`);
    assert.ok(Date.parse(r.iso) - now <= 2 * 3_600_000 && Date.parse(r.iso) - now > 3_600_000);
  }
});

test('what a desk meant at 2 a.m.: "vandaag 18:00" as a start is in the future, "vanavond 12 uur" is midnight, a bare hour after a day word', () => {
  const night = { now: Date.parse('2026-12-04T01:00:00Z'), timeZone: 'Europe/Amsterdam' };
  assert.equal(readStart('vandaag 18:00', night).code, 'future');
  assert.equal(readStart('today 6pm', { ...night, timeZone: 'Europe/London' }).code, 'future');
  assert.equal(iso('vanavond 12 uur', night), '2026-12-04T23:00:00Z');
  assert.equal(iso('tonight at 12 AM', { now: NOW, timeZone: 'America/Chicago' }), '2026-12-05T06:00:00Z');
  assert.equal(iso('vanavond 8'), '2026-12-04T19:00:00Z');
  assert.equal(iso('tonight at 8', chicago), '2026-12-05T02:00:00Z');
  assert.equal(iso('morgen 9'), '2026-12-05T08:00:00Z');
  assert.equal(iso('tomorrow at 9', { now: NOW, timeZone: 'Europe/London' }), '2026-12-05T09:00:00Z');
  for (const typed of ['om 19:30', 'At 19:30', '19:30.', '19.30 uur.', 'vandaag 19:30.']) assert.equal(iso(typed), '2026-12-04T18:30:00Z', typed);
  assert.equal(iso('at 7 p.m.', chicago), '2026-12-05T01:00:00Z');
  // A bare number after a date stays unread: "4 dec 18" could be many things.
  assert.equal(readWhen('4 dec 18', ams).code, 'format');
});

test('just after New Year a date without a year is last year\'s: "31-12 23:50" is yesterday, not next December', () => {
  const newYear = { now: Date.parse('2026-12-31T23:10:00Z'), timeZone: 'Europe/Amsterdam' }; // 00:10 on 1 January 2027
  assert.equal(readStart('31-12 23:50', newYear).iso, '2026-12-31T22:50:00Z');
  assert.equal(readStart('Dec 31 11:50 PM', { now: Date.parse('2027-01-01T05:10:00Z'), timeZone: 'America/New_York' }).iso, '2027-01-01T04:50:00Z');
  assert.equal(readWhen('31-12 23:50', newYear).code, 'passed');
});
