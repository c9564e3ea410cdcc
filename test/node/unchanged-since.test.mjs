// A notice the desk only re-confirmed (the same texts, a new next update: `confirmed_at`) read "Updated 10 minutes ago", and
// readers reread the whole text for what changed. feed/unchanged.ts says when the texts last really changed; the status
// element then reads "No change since 06:36, confirmed 10 minutes ago" (i18n/terms.ts `updated` with `since`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { unchangedSince } = await importTs('src/feed/unchanged.ts');
const { postUpdate } = await importTs('src/feed/update.ts');
const { termsFor } = await importTs('src/i18n/lang.ts');

const NOW = Date.parse('2026-12-07T09:36:00Z');
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

test('re-confirmed after its last change: the time of that change; never confirmed, or confirmed before it: 0', () => {
  assert.equal(unchangedSince({ updated_at: '2026-12-07T06:36:00Z', confirmed_at: '2026-12-07T09:26:00Z' }), Date.parse('2026-12-07T06:36:00Z'));
  assert.equal(unchangedSince({ updated_at: '2026-12-07T06:36:00+01:00', confirmed_at: '2026-12-07T06:00:00Z' }), Date.parse('2026-12-07T05:36:00Z'), 'offsets are compared as times, not as text');
  assert.equal(unchangedSince({ updated_at: '2026-12-07T06:36:00Z' }), 0);
  assert.equal(unchangedSince({ updated_at: '2026-12-07T09:30:00Z', confirmed_at: '2026-12-07T09:26:00Z' }), 0, 'a confirmation older than the last change (a hand-written feed) is no "no change since"');
  assert.equal(unchangedSince({ updated_at: '2026-12-07T06:36:00Z', confirmed_at: '2026-12-07T06:36:00Z' }), 0);
});

test('after a desk re-gives the same texts with a new next update it says the real change; after new text, nothing', () => {
  const incident = { id: 'water', title: 'Boil water', severity: 'major', phase: 'identified', started_at: iso(NOW - 600 * MIN), updated_at: iso(NOW - 180 * MIN), known: 'Boil tap water.', unknown: 'When it ends.', next_update_at: iso(NOW + 10 * MIN) };
  const feed = { type: 'status', version: 1, incidents: [incident], channels: [] };
  const confirmed = postUpdate(feed, 'water', { known: incident.known, next_update_at: iso(NOW + 240 * MIN) }, NOW);
  assert.equal(unchangedSince(confirmed.incidents[0]), NOW - 180 * MIN);
  const news = postUpdate(confirmed, 'water', { known: 'The water is safe again.' }, NOW + 5 * MIN);
  assert.equal(unchangedSince(news.incidents[0]), 0);
});

test('the words: the last real change first, then when it was confirmed; "Updated …" as before without it', () => {
  assert.equal(termsFor('en').updated('10 minutes ago', '06:36'), 'No change since 06:36, confirmed 10 minutes ago');
  assert.equal(termsFor('nl').updated('10 minuten geleden', '06:36'), 'Niets veranderd sinds 06:36, bevestigd 10 minuten geleden');
  assert.equal(termsFor('en').updated('3 hours ago', 0), 'Updated 3 hours ago');
  assert.equal(termsFor('nl').updated('3 uur geleden'), 'Bijgewerkt 3 uur geleden');
});
