// --next-update typed as a clock time the nights the clocks change (Europe/Amsterdam, 2026). The last Sunday of October
// 02:00–03:00 happens twice: at 02:10 summer time a desk typing 02:30 means in 20 minutes, but the CLI promised the second
// 02:30, an hour later (fromWallClock reads the later one). The last Sunday of March 02:00–03:00 does not happen: 02:30
// was read as 03:30 without a word; it is refused in the desk's language with the time to type instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const times = await importTs('src/feed/times.ts');
const { nextUpdateOption } = await importTs('src/cli/when.ts');
const zone = 'Europe/Amsterdam';
const feed = { time_zone: zone };
const read = (input, now) => times.readWhen(input, { now: Date.parse(now), timeZone: zone });

test('firstAfter: the first instant of a wall time that is still ahead, the night 02:00–03:00 happens twice', () => {
  const { firstAfter, wallInstants } = times;
  assert.deepEqual(wallInstants(2026, 10, 25, 2, 30, zone).map((ms) => new Date(ms).toISOString()), ['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']);
  // 02:10 summer time (00:10Z): both 02:30s are ahead, the first is meant.
  assert.equal(firstAfter(Date.parse('2026-10-25T00:10:00Z'), 2026, 10, 25, 2, 30, zone), Date.parse('2026-10-25T00:30:00Z'));
  // 02:50 summer time: the first has passed, the second (winter time) is ahead.
  assert.equal(firstAfter(Date.parse('2026-10-25T00:50:00Z'), 2026, 10, 25, 2, 30, zone), Date.parse('2026-10-25T01:30:00Z'));
  // 02:40 winter time: both have passed.
  assert.equal(firstAfter(Date.parse('2026-10-25T01:40:00Z'), 2026, 10, 25, 2, 30, zone), undefined);
  // The spring night has no 02:30 at all.
  assert.deepEqual(wallInstants(2026, 3, 29, 2, 30, zone), []);
});

test('--next-update 02:30 at 02:10 the night the clocks go back is in 20 minutes, not 80', () => {
  assert.equal(read('02:30', '2026-10-25T00:10:00Z').iso, '2026-10-25T00:30:00Z');
  assert.equal(read('02:30', '2026-10-25T00:50:00Z').iso, '2026-10-25T01:30:00Z');
  assert.equal(read('02:30', '2026-10-25T01:40:00Z').code, 'passed');
  // Typed with its date, or as tomorrow's, the evening before: the first 02:30 too (3.5 hours ahead, not 4.5).
  assert.equal(read('2026-10-25 02:30', '2026-10-24T21:00:00Z').iso, '2026-10-25T00:30:00Z');
  assert.equal(read('morgen om 02:30', '2026-10-24T21:00:00Z').iso, '2026-10-25T00:30:00Z');
  const passed = read('02:30', '2026-10-24T21:00:00Z');
  assert.equal(passed.suggestion, Date.parse('2026-10-25T00:30:00Z'));
  assert.equal(passed.facts.soon, '+210m');
  // The CLI says the promise back as the desk reads it.
  const r = nextUpdateOption('02:30', feed, Date.parse('2026-10-25T00:10:00Z'), 'nl');
  assert.equal(r.iso, '2026-10-25T00:30:00Z');
  assert.equal(r.shown, '02:30');
});

test('--next-update 02:30 the night the clocks go forward is refused with what to type, in the desk language', () => {
  const now = Date.parse('2026-03-29T00:10:00Z'); // 01:10 winter time
  const r = read('02:30', '2026-03-29T00:10:00Z');
  assert.equal(r.ok, false);
  assert.equal(r.code, 'format');
  assert.equal(r.form, 'skipped');
  assert.equal(r.message, '02:30 does not exist today in Europe/Amsterdam: at 02:00 the clocks go forward to 03:00; type 03:00 or later, or +50m');
  assert.throws(() => nextUpdateOption('02:30', feed, now, 'nl'), {
    message: '--next-update 02:30: 02:30 bestaat vandaag niet in Europe/Amsterdam: om 02:00 gaat de klok vooruit naar 03:00; typ 03:00 of later, of +50m',
  });
  // What it says to type is read: 03:00 summer time, 50 minutes ahead.
  assert.equal(read('03:00', '2026-03-29T00:10:00Z').iso, '2026-03-29T01:00:00Z');
  assert.equal(read('+50m', '2026-03-29T00:10:00Z').iso, '2026-03-29T01:00:00Z');
  // With the date, the evening before.
  assert.match(read('2026-03-29 02:30', '2026-03-28T22:00:00Z').message, /^02:30 does not exist on 2026-03-29 in Europe\/Amsterdam: .*type "2026-03-29 03:00" or later/);
  // On a US clock the jump is said on the 12-hour clock.
  const chicago = times.readWhen('2:30 AM', { now: Date.parse('2026-03-08T07:00:00Z'), timeZone: 'America/Chicago' });
  assert.equal(chicago.message, '2:30 AM does not exist today in America/Chicago: at 2:00 AM the clocks go forward to 3:00 AM; type 3:00 AM or later, or +60m');
  // Once the jump has passed, 02:30 is a time that has passed, as any other.
  assert.equal(read('02:30', '2026-03-29T08:00:00Z').code, 'passed');
});

test('--next-update 02:30 typed the evening before the clocks go forward: the jump, not "did you mean tomorrow 02:30?"', () => {
  // 23:30 winter time: today's 02:30 has passed and tomorrow has none; the suggestion offered 02:30, refused when typed.
  const r = read('02:30', '2026-03-28T22:30:00Z');
  assert.equal(r.form, 'skipped');
  assert.equal(r.message, '02:30 does not exist on 2026-03-29 in Europe/Amsterdam: at 02:00 the clocks go forward to 03:00; type "2026-03-29 03:00" or later, or +150m');
  assert.throws(() => nextUpdateOption('02:30', feed, Date.parse('2026-03-28T22:30:00Z'), 'nl'), {
    message: '--next-update 02:30: 02:30 bestaat op 2026-03-29 niet in Europe/Amsterdam: om 02:00 gaat de klok vooruit naar 03:00; typ "2026-03-29 03:00" of later, of +150m',
  });
  // What it says to type is read: 03:00 summer time.
  assert.equal(read('2026-03-29 03:00', '2026-03-28T22:30:00Z').iso, '2026-03-29T01:00:00Z');
  // A time tomorrow has (01:30) is the usual "passed" with its suggestion; and any other evening 02:30 too.
  assert.equal(read('01:30', '2026-03-28T22:30:00Z').code, 'passed');
  assert.equal(read('02:30', '2026-03-27T22:30:00Z').code, 'passed');
});

test('other days read as before', () => {
  assert.equal(read('14:30', '2026-07-01T10:00:00Z').iso, '2026-07-01T12:30:00Z');
  assert.equal(read('2026-07-01 14:30', '2026-07-01T10:00:00Z').iso, '2026-07-01T12:30:00Z');
  assert.equal(read('morgen om 7:00', '2026-07-01T10:00:00Z').iso, '2026-07-02T05:00:00Z');
  assert.equal(read('2026-07-01T14:30:15', '2026-07-01T10:00:00Z').iso, '2026-07-01T12:30:15Z');
});
