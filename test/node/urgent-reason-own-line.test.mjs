// Trial S, an airline: the urgent reason "I am stuck abroad tonight" named only the 24/7 line for stranded passengers (not
// marked as an emergency line), and the help panel said "Call now: 112" above it, so a stranded traveller would ring 112.
// An urgent reason that names no emergency line now offers its own quick phone lines first, then the feed's emergency
// lines (still there for whoever is in danger); one that names an emergency line keeps the publisher's order (trial R).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { reasonChannels } = await importTs('src/feed/reasons.ts');

const channels = [
  { id: '112', kind: 'phone', label: { en: 'Life in danger: call 112' }, href: 'tel:112', emergency: true },
  { id: 'service', kind: 'phone', label: { en: 'Customer service' }, href: 'tel:+31201234567', wait_minutes: 45 },
  { id: 'stranded', kind: 'phone', label: { en: 'Stranded abroad: 24/7 line' }, href: 'tel:+31201234999' },
  { id: 'whatsapp', kind: 'chat', label: { en: 'WhatsApp' }, href: 'https://wa.me/31201234567' },
];
const feed = { type: 'status', version: 1, feed_id: 'noordzee-air', time_zone: 'Europe/Amsterdam', channels, incidents: [] };
const ids = (list) => list.map((c) => c.id);

test('an urgent reason naming only its own 24/7 line offers it before the feed\'s emergency line (trial S)', () => {
  const stuck = { id: 'stuck', urgent: true, label: { en: 'I am stuck abroad tonight' }, channels: ['stranded'] };
  assert.deepEqual(ids(reasonChannels(feed, stuck)), ['stranded', '112']);
});

test('naming an emergency line keeps the publisher\'s order; naming none at all still gives the emergency line first', () => {
  assert.deepEqual(ids(reasonChannels(feed, { id: 'a', urgent: true, label: { en: 'Someone is hurt' }, channels: ['112', 'stranded'] })), ['112', 'stranded']);
  assert.deepEqual(ids(reasonChannels(feed, { id: 'b', urgent: true, label: { en: 'Someone is hurt' }, channels: ['stranded', '112'] })), ['stranded', '112']);
  assert.deepEqual(ids(reasonChannels(feed, { id: 'c', urgent: true, label: { en: 'Someone is hurt' } }))[0], '112');
});
