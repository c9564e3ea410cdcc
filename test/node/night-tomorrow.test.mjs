// A night desk at 02:00 typed "morgenochtend 7 uur" for the next update and meant 07:00 this morning, after the night;
// it was read as the next calendar day and refused as "komt pas over 29 uur". In the small hours (before 06:00, as
// "vannacht" already was) "tomorrow" is the coming day while that time is still ahead; after 06:00 it is the next date.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { readWhen } = await importTs('src/feed/times.ts');
const { nextUpdateOption } = await importTs('src/cli/when.ts');

const day = (typed, nowIso, timeZone = 'Europe/Amsterdam') => {
  const r = readWhen(typed, { now: Date.parse(nowIso), timeZone });
  return r.ok ? new Date(r.ms).toLocaleString('en-GB', { timeZone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : r.message;
};

test('in the small hours, "tomorrow" with a time still ahead today is the coming morning, in Dutch and English and every form', () => {
  const twoAm = '2026-12-08T01:00:00Z'; // Tuesday 02:00 in Amsterdam
  for (const typed of ['morgenochtend 7 uur', 'morgen 7 uur', 'morgen om 7:00', 'morgenvroeg 7 uur', 'morgen 7 uur ’s ochtends', 'tomorrow morning 7', 'tomorrow at 7am', '7am tomorrow']) {
    assert.equal(day(typed, twoAm), '8 Dec, 07:00', typed);
  }
  assert.equal(day('tomorrow at 6:30am', '2026-12-08T03:10:00Z', 'Europe/London'), '8 Dec, 06:30');
  // A time already past today is tomorrow's: "morgen 1 uur" at 02:00.
  assert.equal(day('morgen 1 uur', twoAm), '9 Dec, 01:00');
});

test('from 06:00 on, "tomorrow" is the next date, as before', () => {
  assert.equal(day('morgen 8:00', '2026-12-08T05:30:00Z'), '9 Dec, 08:00'); // 06:30 in Amsterdam
  assert.equal(day('morgenochtend 7 uur', '2026-12-07T21:00:00Z'), '8 Dec, 07:00'); // 22:00 the evening before
  assert.equal(day('tomorrow at 9am', '2026-12-08T10:00:00Z', 'Europe/London'), '9 Dec, 09:00');
});

test('the CLI says back the time it read, within the 4 hours: "morgen 5 uur" at 02:00 is 05:00 today', () => {
  const feed = { time_zone: 'Europe/Amsterdam' };
  const r = nextUpdateOption('morgen 5 uur', feed, Date.parse('2026-12-08T01:00:00Z'), 'nl');
  assert.equal(r.iso, '2026-12-08T04:00:00Z');
});
