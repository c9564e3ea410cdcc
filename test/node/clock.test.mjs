// i18n/clock.ts: Dutch and English times written without Intl, so the first render of a status
// does not wait for the browser's locale data (issue 13). The strings are Chromium 150's Intl
// output for the same options (`node scripts/clock-vs-intl.mjs` compares 17,472 strings in a zone: none differ);
// pinned here, so a change to them is seen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

process.env.TZ = 'Europe/Amsterdam'; // the reader's clock: Date's getters follow it
const { handClock, STYLES } = await importTs('src/i18n/clock.ts');
const { HAND_CLOCK } = await importTs('src/loader/warm.ts');

const THU = Date.parse('2026-12-03T08:03:00Z'); // 9:03 in Amsterdam, winter time
const AFTERNOON = Date.parse('2026-05-31T11:30:00Z'); // 13:30, summer time
const MIDNIGHT = Date.parse('2026-01-03T23:05:00Z'); // Sun 4 Jan, 00:05

// Two-digit hours in Dutch and British English (UK water company trial: at 2 a.m. "valid until 4:00" read as 4 am or 4 pm).
test('Dutch (nl, nl-NL, nl-BE): 09:03, "do 3 dec, 09:03", two-digit hours, a 24-hour clock', () => {
  for (const tag of ['nl', 'nl-NL', 'nl-BE', 'NL-be']) {
    const c = handClock(tag);
    assert.equal(c.time(THU), '09:03', tag);
    assert.equal(c.time(AFTERNOON), '13:30');
    assert.equal(c.dateTime(THU), 'do 3 dec, 09:03');
    assert.equal(c.dateTime(MIDNIGHT), 'zo 4 jan, 00:05');
    assert.equal(c.dateTime(Date.parse('2026-03-10T12:00:00Z')), 'di 10 mrt, 13:00');
  }
});

test('British English: "03:00", "Thu 3 Dec, 09:03", "Sept"', () => {
  const c = handClock('en-GB');
  assert.equal(c.time(Date.parse('2026-12-03T02:00:00Z')), '03:00');
  assert.equal(c.time(MIDNIGHT), '00:05');
  assert.equal(c.time(AFTERNOON), '13:30');
  assert.equal(c.dateTime(THU), 'Thu 3 Dec, 09:03');
  assert.equal(c.dateTime(Date.parse('2026-09-14T10:00:00Z')), 'Mon 14 Sept, 12:00');
});

test('American English (en, en-US): "9:03 AM", "12:05 AM" after midnight, "Thu, Dec 3, 9:03 AM"', () => {
  for (const tag of ['en', 'en-US']) {
    const c = handClock(tag);
    assert.equal(c.time(THU), '9:03 AM');
    assert.equal(c.time(AFTERNOON), '1:30 PM');
    assert.equal(c.time(Date.parse('2026-12-03T11:00:00Z')), '12:00 PM');
    assert.equal(c.dateTime(MIDNIGHT), 'Sun, Jan 4, 12:05 AM');
    assert.equal(c.dateTime(Date.parse('2026-09-14T10:00:00Z')), 'Mon, Sep 14, 12:00 PM');
  }
});

test('relative times as Intl.RelativeTimeFormat with numeric "auto" says them', () => {
  const nl = handClock('nl');
  const en = handClock('en-GB');
  const cases = [
    [0, 'second', 'nu', 'now'],
    [1, 'minute', 'over 1 minuut', 'in 1 minute'],
    [-1, 'minute', '1 minuut geleden', '1 minute ago'],
    [25, 'minute', 'over 25 minuten', 'in 25 minutes'],
    [-3, 'hour', '3 uur geleden', '3 hours ago'],
    [1, 'hour', 'over 1 uur', 'in 1 hour'],
    [1.5, 'hour', 'over 1,5 uur', 'in 1.5 hours'],
    [-2.5, 'hour', '2,5 uur geleden', '2.5 hours ago'],
    [1, 'day', 'morgen', 'tomorrow'],
    [-1, 'day', 'gisteren', 'yesterday'],
    [2, 'day', 'overmorgen', 'in 2 days'],
    [-2, 'day', 'eergisteren', '2 days ago'],
    [-3, 'day', '3 dagen geleden', '3 days ago'],
    [0, 'hour', 'binnen een uur', 'this hour'],
    [0, 'day', 'vandaag', 'today'],
  ];
  for (const [n, unit, dutch, english] of cases) {
    assert.equal(nl.relative(n, unit), dutch, `${n} ${unit}`);
    assert.equal(en.relative(n, unit), english, `${n} ${unit}`);
  }
});

test('other languages and English regions with other conventions are left to Intl', () => {
  for (const tag of ['de', 'fr', 'en-AU', 'en-CA', 'en-IE', 'fy', 'nl-SR']) assert.equal(handClock(tag), undefined, tag);
});

test('the loader skips the Intl warm-up for exactly the languages written here', () => {
  for (const tag of [...Object.keys(STYLES), 'EN-GB', 'nl-BE']) assert.ok(HAND_CLOCK.test(tag), tag);
  for (const tag of ['de', 'en-AU', 'nl-SR', 'english', 'nl-be-x']) assert.ok(!HAND_CLOCK.test(tag), tag);
});
