// A US county's desk types the next update as its clock reads: "3:00" at 2:10 PM. It was told "03:00 has passed, …
// did you mean 3:00 PM? then type 3:00 PM": one more round trip for a time that can only mean one thing (3 AM has
// passed, tomorrow's is too far to promise). On a US or Canadian clock a bare H:MM is now the other half of the day
// when that is ahead within the 4 hours a promise may reach; a passed bare time is said back as the desk reads it
// ("1:00 AM has passed", not "01:00"), and "12:15" late at night is offered as 12:15 AM, never moved silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { readWhen } = await importTs('src/feed/times.ts');
const CHICAGO = 'America/Chicago';
/** What `typed` at the wall time `now` (Chicago, CST) gives: the promised wall time, or the refusal. */
const read = (typed, now, timeZone = CHICAGO) => {
  const r = readWhen(typed, { now: Date.parse(now), timeZone });
  return r.ok ? new Date(r.ms).toLocaleString('en-US', { timeZone, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }) : r.message;
};

test('at 2:10 PM a bare "3:00" is 3:00 PM, typed however the desk types it', () => {
  const now = '2026-12-04T14:10:00-06:00';
  for (const typed of ['3:00', 'at 3:00', 'by 3:00', 'about 3:00', '3.00', '4:30']) assert.match(read(typed, now), /^Dec 4, [34]:[03]0 PM$/, typed);
  assert.equal(read('3:00', now), 'Dec 4, 3:00 PM');
  // Said which: "03:00" on the 24-hour clock and "3:00 AM" stay 3 in the morning, passed.
  assert.match(read('03:00', now), /^3:00 AM has passed, .*did you mean 3:00 PM\? then type 3:00 PM;/);
  assert.match(read('3:00 AM', now), /^3:00 AM has passed, /);
});

test('late in the evening: "11:30" is tonight; "1:00" and "12:15" are tomorrow\'s, asked, not moved', () => {
  assert.equal(read('11:30', '2026-12-04T22:10:00-06:00'), 'Dec 4, 11:30 PM');
  assert.equal(read('1:00', '2026-12-04T22:10:00-06:00'), '1:00 AM has passed; did you mean tomorrow at 1:00 AM? then give the date too: "2026-12-05 1:00 AM", or type +170m');
  const midnight = read('12:15', '2026-12-04T23:50:00-06:00');
  assert.equal(midnight, '12:15 AM has passed; did you mean tomorrow at 12:15 AM? then give the date too: "2026-12-05 12:15 AM", or type +25m');
  // What it offers reads back as that time.
  assert.equal(read('2026-12-05 12:15 AM', '2026-12-04T23:50:00-06:00'), 'Dec 5, 12:15 AM');
  // At 1 PM "12:15" is the noon just gone, said so.
  assert.match(read('12:15', '2026-12-04T13:00:00-06:00'), /^12:15 PM has passed, /);
});

test('the other half is not taken when it is further than a promise may reach', () => {
  // 8:10 AM, "7:00": 7 PM is almost 11 hours away; said as passed, as before.
  assert.match(read('7:00', '2026-12-04T08:10:00-06:00'), /^7:00 AM has passed, and tomorrow at 7:00 AM is more than 4 hours away; promise/);
  assert.match(read('1:00', '2026-12-04T02:10:00-06:00'), /^1:00 AM has passed, /);
});

test('on a 24-hour clock nothing changes: "3:00" at 14:10 in Amsterdam or London is asked about', () => {
  for (const [zone, now] of [['Europe/Amsterdam', '2026-12-04T14:10:00+01:00'], ['Europe/London', '2026-12-04T14:10:00Z']]) {
    const message = readWhen('3:00', { now: Date.parse(now), timeZone: zone }).message;
    assert.match(message, /^03:00 has passed, .*did you mean 15:00\? then type 15:00;/, zone);
  }
});
