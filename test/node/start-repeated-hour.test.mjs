// The studio's "Started at" and lint read a typed clock time as the last time the feed's clock showed it. The night
// the clocks go back, 01:00–02:00 happens twice; fromWallClock gives the later one, which at 01:30 (first time round)
// is still to come, so "01:10" typed 20 minutes after the problem began became yesterday 01:10, a day off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { readStart } = await importTs('src/feed/start.ts');

test('in the repeated hour, a start typed as a clock time is the one that has passed', () => {
  // London, Sunday 31 October 2027: 01:30 BST (00:30Z), the first 01:30 of the night.
  const now = Date.parse('2027-10-31T00:30:00Z');
  assert.equal(readStart('01:10', { now, timeZone: 'Europe/London' }).iso, '2027-10-31T00:10:00Z');
  // The second time round (01:30 GMT, 01:30Z), 01:10 is the later one, 20 minutes ago.
  assert.equal(readStart('01:10', { now: Date.parse('2027-10-31T01:30:00Z'), timeZone: 'Europe/London' }).iso, '2027-10-31T01:10:00Z');
  // Amsterdam, 25 October 2026, 02:40 CEST (00:40Z): 02:20 is 20 minutes ago.
  assert.equal(readStart('02:20', { now: Date.parse('2026-10-25T00:40:00Z'), timeZone: 'Europe/Amsterdam' }).iso, '2026-10-25T00:20:00Z');
});

test('other times are read as before: earlier today, else yesterday', () => {
  const now = Date.parse('2027-10-31T00:30:00Z');
  assert.equal(readStart('00:50', { now, timeZone: 'Europe/London' }).iso, '2027-10-30T23:50:00Z');
  assert.equal(readStart('23:50', { now, timeZone: 'Europe/London' }).iso, '2027-10-30T22:50:00Z');
  // 01:50 has not yet come the first time round, 20 minutes ahead: in the future, refused (it was silently yesterday's,
  // nearly a day before); more than 2 hours ahead, yesterday's.
  assert.equal(readStart('01:50', { now, timeZone: 'Europe/London' }).code, 'future');
  assert.equal(readStart('03:50', { now, timeZone: 'Europe/London' }).iso, '2027-10-30T02:50:00Z');
  const summer = Date.parse('2026-07-01T10:00:00Z');
  assert.equal(readStart('11:20', { now: summer, timeZone: 'Europe/Amsterdam' }).iso, '2026-07-01T09:20:00Z');
  assert.equal(readStart('13:00', { now: summer, timeZone: 'Europe/Amsterdam' }).code, 'future');
  assert.equal(readStart('15:00', { now: summer, timeZone: 'Europe/Amsterdam' }).iso, '2026-06-30T13:00:00Z');
});
