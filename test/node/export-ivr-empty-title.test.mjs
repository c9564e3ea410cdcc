// A water company's night desk emptied "Titel — Nederlands" in the studio (trial 2026-12-05): the phone message preview
// read "Welkom bij Waterbedrijf Rivierenland. . Om 01:40 …". A title still empty is not said; the rest is as before.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { exportIvr } = await importTs('src/export/ivr.ts');

const NOW = Date.parse('2026-12-05T01:02:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const feed = (title, phase = 'investigating') => ({
  type: 'status', schema_version: 1, feed_id: 'wb', seq: 1, issued_at: iso(NOW), expires_at: iso(NOW + 3_600_000), time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Waterbedrijf Rivierenland', url: 'https://www.wbrivierenland.example/' },
  channels: [{ id: 'storing', kind: 'phone', label: { nl: 'Storingsnummer', en: 'Fault line' }, href: 'tel:+318000359', wait_minutes: 5 }],
  incidents: [{
    id: 'tiel', severity: 'major', phase, title, started_at: iso(NOW - 3_600_000), updated_at: iso(NOW - 60_000), updates: [],
    known: { nl: 'Door een gesprongen leiding hebben 4.000 adressen in Tiel geen water.', en: 'A burst main has left 4,000 addresses in Tiel without water.' },
    unknown: { nl: 'Hoe lang de reparatie duurt.', en: 'How long the repair will take.' },
    ...(phase === 'resolved' ? { resolved_at: iso(NOW), next_update_at: null } : { next_update_at: iso(NOW + 1_800_000) }),
  }],
});

test('an empty title is not said as ". ."; the first sentence of what we know follows the greeting', () => {
  const { text } = exportIvr(feed({ nl: '', en: 'No water in Tiel' }), { lang: 'nl', incident: 'tiel', now: NOW });
  assert.doesNotMatch(text, /\.\s+\./);
  assert.match(text, /^Welkom bij Waterbedrijf Rivierenland\. Door een gesprongen leiding hebben 4\.000 adressen in Tiel geen water\. /);
  const blank = exportIvr(feed({ nl: '   ', en: 'No water in Tiel' }), { lang: 'nl', incident: 'tiel', now: NOW }).text;
  assert.doesNotMatch(blank, /\.\s+\./);
});

test('a title is said as before; a resolved one with its phase, also without a title', () => {
  const { text } = exportIvr(feed({ nl: 'Geen water in Tiel', en: 'No water in Tiel' }), { lang: 'nl', incident: 'tiel', now: NOW });
  assert.match(text, /^Welkom bij Waterbedrijf Rivierenland\. Geen water in Tiel\. Door een gesprongen leiding/);
  const resolved = exportIvr(feed({ nl: '', en: 'No water in Tiel' }, 'resolved'), { lang: 'nl', incident: 'tiel', now: NOW }).text;
  assert.match(resolved, /^Welkom bij Waterbedrijf Rivierenland\. Opgelost\. Door een gesprongen leiding/);
});
