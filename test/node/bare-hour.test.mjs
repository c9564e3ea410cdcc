// A desk types the hour alone: "4", "by 4", "om 4", "since 4". It was "\"4\" is not a time" (next update and start
// alike), though "4 uur" and "4:00" were read. Now a bare hour is read as that hour on the clock's own rules: a next
// update as H:00 (a US clock takes the afternoon's when the morning's has passed; a 24-hour clock asks), a start as the
// latest such hour that has been on a 12-hour dial. "15" alone may be 15 minutes: asked, in the desk's language.
// Also: "sinds 4 uur" typed at 14:10 was refused as "in the future" (16:00 taken over 04:00); the later half is taken
// only when it has been or is at most half an hour ahead (then refused: "9:30" at 9:20 PM, spoken-times-trial).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { readWhen, TYPED_SAID } = await importTs('src/feed/times.ts');
const { readStart } = await importTs('src/feed/start.ts');

/** The wall time read in `timeZone` from `typed` at `now`, or the refusal's message. */
const at = (read) => (typed, now, timeZone) => {
  const r = read(typed, { now: Date.parse(now), timeZone });
  return r.ok ? new Date(r.ms).toLocaleString('en-GB', { timeZone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : r.message;
};
const when = at(readWhen);
const start = at(readStart);
const AMS = 'Europe/Amsterdam';
const CHICAGO = 'America/Chicago';

test('a next update typed as a bare hour is read as that hour, with or without a word before it', () => {
  // 14:10 in Chicago: "4" is 4 PM (the morning's has passed and the afternoon's is within 4 hours), as "4:00" is.
  for (const typed of ['4', 'by 4', 'at 4', 'around 4', 'om 4', '4:00']) assert.equal(when(typed, '2026-12-05T14:10:00-06:00', CHICAGO), '5 Dec, 16:00', typed);
  // 14:10 in Amsterdam: the 24-hour clock asks about 16:00, as it does for "4 uur".
  assert.match(when('4', '2026-12-05T14:10:00+01:00', AMS), /^04:00 has passed, and tomorrow at 04:00 is more than 4 hours away; did you mean 16:00\? then type 16:00;/);
  assert.equal(when('4', '2026-12-05T14:10:00+01:00', AMS), when('4 uur', '2026-12-05T14:10:00+01:00', AMS));
  // After a word, an hour from 10 on is a time too.
  for (const typed of ['om 15', 'by 15', 'at 15', 'uiterlijk 15', 'tegen 15']) assert.equal(when(typed, '2026-12-05T14:10:00+01:00', AMS), '5 Dec, 15:00', typed);
  assert.equal(when('at 10', '2026-12-05T07:10:00-06:00', CHICAGO), '5 Dec, 10:00');
  assert.equal(when('9', '2026-12-05T07:10:00-06:00', CHICAGO), '5 Dec, 09:00');
});

test('"15" alone may be 15 minutes: asked in English and Dutch, with both ways to type it', () => {
  const r = readWhen('15', { now: Date.parse('2026-12-05T14:10:00+01:00'), timeZone: AMS });
  assert.equal(r.ok, false);
  assert.equal(r.message, '"15" may be 15:00 or 15 minutes from now; type 15:00 for the time, or +15m for the minutes');
  assert.equal(TYPED_SAID.nl(r.facts), '"15" kan 15:00 zijn of over 15 minuten; typ 15:00 voor de tijd, of +15m voor de minuten');
  // Both ways it suggests are read.
  assert.equal(when('15:00', '2026-12-05T14:10:00+01:00', AMS), '5 Dec, 15:00');
  assert.equal(when('+15m', '2026-12-05T14:10:00+01:00', AMS), '5 Dec, 14:25');
  const back = readStart('20', { now: Date.parse('2026-12-05T21:10:00+01:00'), timeZone: AMS });
  assert.equal(back.message, '"20" may be 20:00 or 20 minutes ago; type 20:00 for the time, or -20m for the minutes');
  assert.equal(TYPED_SAID.nl(back.problem), '"20" kan 20:00 zijn of 20 minuten geleden; typ 20:00 voor de tijd, of -20m voor de minuten');
  // With a time zone it is a clock time, not minutes: "15 UTC" is 15:00 UTC, 16:00 in Amsterdam (zone-words.ts).
  assert.equal(when('15 UTC', '2026-12-05T14:10:00+01:00', AMS), '5 Dec, 16:00');
  assert.equal(when('15 CET', '2026-12-05T14:10:00+01:00', AMS), '5 Dec, 15:00');
  assert.equal(start('12 UTC', '2026-12-05T14:10:00+01:00', AMS), '5 Dec, 13:00');
  // Not hours: unchanged.
  for (const typed of ['0', '24', '30']) assert.match(when(typed, '2026-12-05T14:10:00+01:00', AMS), /is not a time/, typed);
  assert.match(when('+2', '2026-12-05T14:10:00+01:00', AMS), /^"\+2" is 2 minutes from now/);
});

test('a start typed as a bare hour is the latest such hour that has been', () => {
  for (const typed of ['4', 'since 4', 'sinds 4', 'om 4', 'at 4']) {
    assert.equal(start(typed, '2026-12-05T14:10:00+01:00', AMS), '5 Dec, 04:00', typed);
    assert.equal(start(typed, '2026-12-05T17:10:00+01:00', AMS), '5 Dec, 16:00', typed);
    assert.equal(start(typed, '2026-12-05T14:10:00-06:00', CHICAGO), '5 Dec, 04:00', typed);
  }
  assert.equal(start('since 15', '2026-12-05T16:10:00+01:00', AMS), '5 Dec, 15:00');
  assert.equal(start('-15', '2026-12-05T16:10:00+01:00', AMS), '5 Dec, 15:55');
});

test('"sinds 4 uur" at 14:10 is 04:00, not 16:00 refused as in the future; the later half counts up to half an hour ahead', () => {
  assert.equal(start('sinds 4 uur', '2026-12-05T14:10:00+01:00', AMS), '5 Dec, 04:00');
  assert.equal(start('sinds 2 uur', '2026-12-05T14:10:00+01:00', AMS), '5 Dec, 14:00');
  // A US desk's bare "4:00" at 2:10 PM: 4 AM (4 PM has not been), was refused as in the future.
  assert.equal(start('4:00', '2026-12-05T14:10:00-06:00', CHICAGO), '5 Dec, 04:00');
  assert.equal(start('9:30', '2026-12-05T22:00:00-06:00', CHICAGO), '5 Dec, 21:30');
  // The later half a little ahead is still refused as in the future, not taken as the morning's.
  assert.match(start('sinds 2 uur', '2026-12-05T13:40:00+01:00', AMS), /in the future/);
  assert.equal(start('sinds 2 uur', '2026-12-05T13:25:00+01:00', AMS), '5 Dec, 02:00');
  // Typed on the 24-hour clock, a time a little ahead is still refused: it says which.
  assert.match(start('16:00', '2026-12-05T14:10:00+01:00', AMS), /^16:00 is in the future/);
});
