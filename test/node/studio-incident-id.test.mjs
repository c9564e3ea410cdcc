// The studio named a new incident from the UTC clock: an Amsterdam desk starting a power cut at 00:30 on 3 December
// got "power-2026-12-02-2330", the day before, in the incident list and in `report`. Now the feed's own clock.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { newIncidentId } = await importTs('src/components/editor/draft.ts');
const feed = (time_zone, incidents = []) => ({ type: 'status', version: 1, feed_id: 'x', publisher: { name: 'X', url: 'https://example.com' }, time_zone, channels: [], incidents });

test('a new incident id is stamped on the feed\'s clock, and stays unused', () => {
  const now = Date.parse('2026-12-02T23:30:00Z');
  assert.equal(newIncidentId('power', feed('Europe/Amsterdam'), now), 'power-2026-12-03-0030');
  assert.equal(newIncidentId('power', feed('Europe/London'), now), 'power-2026-12-02-2330');
  assert.equal(newIncidentId('water', feed('America/Chicago'), now), 'water-2026-12-02-1730');
  assert.equal(newIncidentId('power', feed('Europe/Amsterdam', [{ id: 'power-2026-12-03-0030' }]), now), 'power-2026-12-03-0030-2');
});
