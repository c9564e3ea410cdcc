// formatIssuedAt: the one way the banner, the status and the help launcher say since when a
// document has not been confirmed ("not confirmed since 09:00"): two-digit hours in Dutch and British English. Pure module src/i18n/lang.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

process.env.TZ = 'UTC'; // the reader's zone; Node applies it to Date at once
const { formatIssuedAt } = await importTs('src/i18n/lang.ts');
const NOW = Date.parse('2026-11-30T15:00:00Z');

test('signed today: the clock time only', () => {
  assert.equal(formatIssuedAt({ issued_at: '2026-11-30T09:05:00Z', time_zone: 'UTC' }, 'en-GB', NOW), '09:05');
  assert.equal(formatIssuedAt({ issued_at: '2026-11-30T09:05:00Z', time_zone: 'UTC' }, 'nl', NOW), '09:05');
  assert.equal(formatIssuedAt({ issued_at: '2026-11-30T09:05:00Z', time_zone: 'UTC' }, 'en-US', NOW), '9:05 AM');
});

test('signed on another day: the date as well', () => {
  const s = formatIssuedAt({ issued_at: '2026-11-28T09:05:00Z', time_zone: 'UTC' }, 'en-GB', NOW);
  assert.equal(s, 'Sat 28 Nov, 09:05');
  assert.equal(formatIssuedAt({ issued_at: '2026-11-28T09:05:00Z', time_zone: 'UTC' }, 'nl-BE', NOW), 'za 28 nov, 09:05');
});

test('a reader whose clock is in another zone than the feed gets the time in their own zone, named', () => {
  const s = formatIssuedAt({ issued_at: '2026-11-30T09:05:00Z', time_zone: 'Europe/Amsterdam' }, 'en-GB', NOW);
  assert.equal(s, '09:05 UTC');
  assert.equal(formatIssuedAt({ issued_at: '2026-11-30T09:05:00Z', time_zone: 'Europe/Amsterdam' }, 'nl', NOW), '09:05 UTC');
});

test('signed on another day, by a feed in another zone than the reader: the date and the time in the reader\'s zone, named', () => {
  const s = formatIssuedAt({ issued_at: '2026-11-28T09:05:00Z', time_zone: 'Europe/Amsterdam' }, 'en-GB', NOW);
  assert.equal(s, 'Sat 28 Nov, 09:05 UTC');
});

test('an English page without a region, for a feed on a European clock: British times ("01:16", "Sat 28 Nov"), not American ("1:16 AM")', async () => {
  const { formatTime, formatDateTime } = await importTs('src/i18n/lang.ts');
  const at = Date.parse('2026-11-30T01:16:00Z');
  assert.equal(formatIssuedAt({ issued_at: '2026-11-30T01:16:00Z', time_zone: 'Europe/London' }, 'en', NOW), '01:16');
  assert.equal(formatIssuedAt({ issued_at: '2026-11-30T01:16:00Z', time_zone: 'Europe/Amsterdam' }, 'en', NOW), formatIssuedAt({ issued_at: '2026-11-30T01:16:00Z', time_zone: 'Europe/Amsterdam' }, 'en-GB', NOW));
  assert.equal(formatTime(at, 'en', 'Europe/London'), '01:16');
  assert.equal(formatDateTime(Date.parse('2026-11-28T13:05:00Z'), 'en', NOW, 'Europe/London'), 'Sat 28 Nov, 13:05');
  // A feed on an American clock, no zone, or a page that names its region: as the page says.
  assert.equal(formatTime(at, 'en', 'America/New_York'), '1:16 AM UTC');
  assert.equal(formatTime(at, 'en'), '1:16 AM');
  assert.equal(formatTime(at, 'en-US', 'Europe/London'), '1:16 AM');
});

test('times named with the reader\'s zone reuse one formatter per language and kind (the issue: formatters are created once), and still read right', async () => {
  const { formatTime, formatDateTime } = await importTs('src/i18n/lang.ts');
  const Real = Intl.DateTimeFormat;
  let made = 0;
  Intl.DateTimeFormat = function (...args) {
    if (args[1]?.timeZoneName === 'short') made++; // zoneOffsetMinutes makes its own without Temporal (Node)
    return new Real(...args);
  };
  try {
    const base = Date.parse('2026-11-30T09:05:00Z');
    const times = Array.from({ length: 20 }, (_, i) => formatTime(base + i * 60_000, 'de', 'Europe/Amsterdam'));
    const days = Array.from({ length: 20 }, (_, i) => formatDateTime(Date.parse('2026-11-27T09:05:00Z') + i * 60_000, 'de', NOW, 'Europe/Amsterdam'));
    assert.equal(times[0], '09:05 UTC');
    assert.equal(times[19], '09:24 UTC');
    assert.match(days[0], /^Fr\.?, 27\. Nov\.?,? 09:05 UTC$/);
    // One for each of the two kinds with the zone's name: not one per time.
    assert.ok(made <= 2, `Intl.DateTimeFormat made ${made} times for 40 times on the page`);
  } finally {
    Intl.DateTimeFormat = Real;
  }
});
