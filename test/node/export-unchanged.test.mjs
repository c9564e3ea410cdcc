// The page without script says what <clearline-status> says of a notice the desk only re-confirmed (`confirmed_at`: the
// same texts, a new next update): "Niets veranderd sinds 09:45 (bevestigd 10:35)", so nobody rereads it for what changed.
// Uses dist/ (run `npm run build` first); a fixed clock (export-kit NOW, Europe/Amsterdam).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();

test('page without script: a re-confirmed incident says since when nothing changed and when it was confirmed', () => {
  const f = feed();
  Object.assign(f.incidents[0], { confirmed_at: '2026-11-23T09:35:00Z', next_update_at: '2026-11-23T10:30:00Z' });
  assert.match(x.exportHtml(f, { lang: 'nl', now: NOW }).text, /<p class="meta">.*<span>Niets veranderd sinds 09:45 \(bevestigd 10:35\)<\/span><\/p>/);
  assert.match(x.exportHtml(f, { lang: 'en', now: NOW }).text, /<p class="meta">.*<span>No change since 09:45 \(confirmed 10:35\)<\/span><\/p>/);
  // Without confirmed_at (or after a new text, which removes it): nothing of the sort.
  assert.doesNotMatch(x.exportHtml(feed(), { lang: 'nl', now: NOW }).text, /Niets veranderd/);
});
