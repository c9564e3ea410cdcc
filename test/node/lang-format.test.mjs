// formatIssuedAt: the one way the banner, the status and the help launcher say since when a
// document has not been confirmed ("not confirmed since 09:00"). Pure module src/i18n/lang.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

process.env.TZ = 'UTC'; // the reader's zone; Node applies it to Date at once
const { formatIssuedAt } = await importTs('src/i18n/lang.ts');
const NOW = Date.parse('2026-11-30T15:00:00Z');

test('signed today: the clock time only', () => {
  assert.equal(formatIssuedAt({ issued_at: '2026-11-30T09:05:00Z', time_zone: 'UTC' }, 'en-GB', NOW), '9:05');
});

test('signed on another day: the date as well', () => {
  const s = formatIssuedAt({ issued_at: '2026-11-28T09:05:00Z', time_zone: 'UTC' }, 'en-GB', NOW);
  assert.equal(s, 'Sat 28 Nov, 9:05');
});

test('a reader whose clock is in another zone than the feed gets the time in their own zone, named', () => {
  const s = formatIssuedAt({ issued_at: '2026-11-30T09:05:00Z', time_zone: 'Europe/Amsterdam' }, 'en-GB', NOW);
  assert.equal(s, '09:05 UTC');
  assert.equal(formatIssuedAt({ issued_at: '2026-11-30T09:05:00Z', time_zone: 'Europe/Amsterdam' }, 'nl', NOW), '09:05 UTC');
});
