// A bus strike's all-clear at 12:29 said "until about 13:30 buses may run late". At 12:35 the home page had no banner at
// all and the badge said "no known disruptions": the closing text was only on the status page. A resolved incident now
// stays news for an hour after its all-clear, while the document is current.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

process.env.TZ = 'UTC'; // the reader's clock: "another day" is counted on it

const { recentlyResolved, RECENTLY_RESOLVED_MS } = await importTs('src/feed/incidents.ts');

const NOW = Date.parse('2026-12-08T11:35:00Z');
const iso = (min) => new Date(NOW + min * 60_000).toISOString();
const incident = (id, over) => ({ id, title: id, severity: 'major', phase: 'resolved', started_at: iso(-600), updated_at: iso(-6), next_update_at: null, known: 'k', ...over });
const payload = (incidents, expiresIn = 54) => ({ feed_id: 'f', seq: 1, issued_at: iso(-6), expires_at: iso(expiresIn), incidents });

test('an incident resolved within the last hour is recent, the most recently resolved first; older ones and open ones are not', () => {
  assert.equal(RECENTLY_RESOLVED_MS, 3_600_000);
  const p = payload([
    incident('older', { resolved_at: iso(-61) }),
    incident('strike', { resolved_at: iso(-6) }),
    incident('earlier', { resolved_at: iso(-40) }),
    incident('open', { phase: 'monitoring', next_update_at: iso(30) }),
  ]);
  assert.deepEqual(recentlyResolved(p, NOW).map((i) => i.id), ['strike', 'earlier']);
  // Without resolved_at, its last update counts.
  assert.deepEqual(recentlyResolved(payload([incident('no-time', { updated_at: iso(-59) })]), NOW).map((i) => i.id), ['no-time']);
  assert.deepEqual(recentlyResolved(payload([incident('no-time', { updated_at: iso(-60) })]), NOW), []);
});

test('an expired document confirms no all-clear: nothing is recent', () => {
  assert.deepEqual(recentlyResolved(payload([incident('strike', { resolved_at: iso(-6) })], 0), NOW), []);
  assert.deepEqual(recentlyResolved(payload([incident('strike', { resolved_at: iso(-6) })], 1), NOW).length, 1);
});

test('the all-clear box says when the last disruption ended, in the hour after it, instead of "everything is running as normal"', async () => {
  const { allClearRecent, resolvedWhen } = await importTs('src/i18n/resolved.ts');
  const p = { ...payload([incident('strike', { resolved_at: '2026-12-08T11:29:00Z' })]), time_zone: 'Europe/Amsterdam' };
  const en = allClearRecent(p, 'en', NOW);
  const nl = allClearRecent(p, 'nl', NOW);
  assert.match(en, /^The last disruption was resolved at \d{1,2}:29(?: [AP]M)?.*: see below for what still applies\.$/);
  assert.match(nl, /^De laatste melding is om \d{1,2}:29.* opgelost: hieronder staat wat nog geldt\.$/);
  assert.equal(allClearRecent(payload([incident('old', { resolved_at: iso(-90) })]), 'en', NOW), undefined);
  assert.equal(allClearRecent(payload([]), 'nl', NOW), undefined);
  // Another day: the date without "at"/"om", as the status element's incidents say it.
  const late = Date.parse('2026-12-07T23:50:00Z');
  const after = Date.parse('2026-12-08T00:20:00Z');
  const dated = { ...payload([incident('strike', { resolved_at: new Date(late).toISOString() })]), expires_at: '2026-12-08T01:00:00Z', time_zone: 'UTC' };
  assert.match(allClearRecent(dated, 'nl', after), /^De laatste melding is op ma \d+ dec\.?,? 23:50 opgelost/);
  assert.match(resolvedWhen(Date.parse('2026-12-08T11:29:00Z'), 'nl', NOW), /^Opgelost om \d{1,2}:29/);
});
