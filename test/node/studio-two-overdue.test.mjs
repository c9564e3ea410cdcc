// Trial H: with two incidents overdue, the studio server refused each incident's update for the other's passed promise.
// A passed promise of an incident this publish leaves as it was (compared with the feed file) does not hold it up; one
// the publish changes, or any when the file is not given (`clearline sign` keeps refusing every error), still does.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { signRefusal } = await importTs('src/cli/studio-refusal.ts');

const NOW = Date.parse('2026-12-13T06:30:00Z');
const iso = (min) => new Date(NOW + min * 60_000).toISOString();
const incident = (id, title, next) => ({ id, title: { nl: title }, severity: 'major', phase: 'identified', started_at: iso(-300), updated_at: iso(-120), known: { nl: 'Stormschade.' }, unknown: { nl: 'Hoe lang het duurt.' }, next_update_at: iso(next) });
function feed() {
  return {
    type: 'status', version: 1, feed_id: 'oostland', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Netbeheer Oostland', url: 'https://www.example.com' },
    channels: [{ id: 'phone', kind: 'phone', label: 'Storingsnummer', href: 'tel:+318009009' }],
    incidents: [incident('power', 'Stroomstoring in Deventer', -5), incident('gas', 'Gaslek in Zutphen', -135)],
  };
}

test('the power update passes the gas incident\'s passed promise, left as it was in the file; a changed one does not', () => {
  const file = JSON.stringify(feed(), null, 2);
  const update = feed();
  Object.assign(update.incidents[0], { updated_at: iso(0), known: { nl: 'Deels hersteld.' }, next_update_at: iso(30) });
  // The same incident written with its keys in another order is the same incident.
  update.incidents[1] = Object.fromEntries(Object.entries(update.incidents[1]).reverse());
  assert.equal(signRefusal(update, 'nl', NOW, [], file), undefined);
  assert.deepEqual(signRefusal(update, 'nl', NOW)?.errors.map((e) => `${e.rule} ${e.path}`), ['next-update-past incidents/1/next_update_at'], 'without the file, as before');
  const touched = structuredClone(update);
  touched.incidents[1].known = { nl: 'De straat is nog dicht.' };
  assert.deepEqual(signRefusal(touched, 'nl', NOW, [], file)?.errors.map((e) => e.path), ['incidents/1/next_update_at']);
  assert.deepEqual(signRefusal(update, 'nl', NOW, [], '{ not json')?.errors.map((e) => e.path), ['incidents/1/next_update_at'], 'a file it cannot read lets nothing pass');
});

test('re-signed as it was, with no incident changed, a passed promise still holds it up (as heartbeat refuses)', () => {
  const file = JSON.stringify(feed());
  assert.deepEqual(signRefusal(feed(), 'nl', NOW, [], file)?.errors.map((e) => e.path), ['incidents/0/next_update_at', 'incidents/1/next_update_at']);
});
