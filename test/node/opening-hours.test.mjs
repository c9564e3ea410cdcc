// A web chat open 8am–10pm and a support line open 8am–8pm were offered at 3 a.m. with "Expected wait about 15/40
// minutes" (trial G): free-text hours cannot tell that a line is closed now. A channel's `opening_hours` (a small part
// of OpenStreetMap's syntax, on the feed's clock) can: feed/opening-hours.ts reads it and says until when a line is closed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { parseOpeningHours, closedUntil } = await importTs('src/feed/opening-hours.ts');
const { validatePayload } = await importTs('src/feed/index.ts');

const at = (iso) => Date.parse(iso);
const closed = (hours, iso, zone = 'Europe/London') => {
  const until = closedUntil(parseOpeningHours(hours), at(iso), zone);
  return until === undefined ? 'open' : until === null ? 'closed' : new Date(until).toISOString().slice(0, 16);
};

test('reads the forms people write, and nothing else', () => {
  for (const ok of ['24/7', '08:00-22:00', 'Mo-Fr 08:00-20:00; Sa 09:00-13:00', 'mo-fr 8:00–17:00', 'Mo-Fr 08:00-12:00,13:00-17:00; Su off', 'Fr-Mo 22:00-06:00', 'Mo,We,Fr 09:00-24:00', 'ma-vr 8.00-17.00; za 9.00-12.00; zo gesloten', 'Mo-Fr 08:00-20:00;'])
    assert.ok(parseOpeningHours(ok), ok);
  for (const bad of ['', ' ; ', '8am to 10pm', '24 hours a day', 'Mo-Fr', 'Xx 08:00-20:00', 'Mo-Fr 25:00-26:00', 'Mo-Fr 08:00-08:00', '08:00-20:00-21:00', 'Mo-Fr 8-20', 'Mo-Fr 08:60-17:00', 'ma-zz 08:00-17:00'])
    assert.equal(parseOpeningHours(bad), undefined, bad);
});

test('a line open 8am–10pm is closed at 3 a.m. and says when it opens; open at noon', () => {
  // Wednesday 9 December 2026, London (UTC in winter).
  assert.equal(closed('08:00-22:00', '2026-12-09T03:05:00Z'), '2026-12-09T08:00');
  assert.equal(closed('08:00-22:00', '2026-12-09T12:00:00Z'), 'open');
  assert.equal(closed('08:00-22:00', '2026-12-09T22:00:00Z'), '2026-12-10T08:00');
  assert.equal(closed('24/7', '2026-12-09T03:05:00Z'), 'open');
});

test('weekdays only: closed at the weekend until Monday; on the feed clock, not UTC', () => {
  // Saturday 12 December, 10:00 in Amsterdam (09:00 UTC).
  assert.equal(closed('Mo-Fr 08:00-17:00', '2026-12-12T09:00:00Z', 'Europe/Amsterdam'), '2026-12-14T07:00');
  assert.equal(closed('Mo-Fr 08:00-17:00; Sa 09:00-13:00', '2026-12-12T09:00:00Z', 'Europe/Amsterdam'), 'open');
  // 07:30 UTC is 08:30 in Amsterdam (open) and 07:30 in London (closed).
  assert.equal(closed('Mo-Fr 08:00-17:00', '2026-12-09T07:30:00Z', 'Europe/Amsterdam'), 'open');
  assert.equal(closed('Mo-Fr 08:00-17:00', '2026-12-09T07:30:00Z', 'Europe/London'), '2026-12-09T08:00');
  // Chicago, 7 a.m. local is 13:00 UTC.
  assert.equal(closed('Mo-Fr 08:00-17:00', '2026-12-09T13:00:00Z', 'America/Chicago'), '2026-12-09T14:00');
  // A Dutch desk's spelling means the same week.
  assert.equal(closed('ma-vr 8.00-17.00', '2026-12-12T09:00:00Z', 'Europe/Amsterdam'), '2026-12-14T07:00');
});

test('a night line runs past midnight; a lunch break; a later rule replaces an earlier one', () => {
  assert.equal(closed('22:00-06:00', '2026-12-09T03:00:00Z'), 'open');
  assert.equal(closed('22:00-06:00', '2026-12-09T07:00:00Z'), '2026-12-09T22:00');
  assert.equal(closed('Mo-Fr 08:00-12:00,13:00-17:00', '2026-12-09T12:30:00Z'), '2026-12-09T13:00');
  assert.equal(closed('08:00-20:00; Su off', '2026-12-13T10:00:00Z'), '2026-12-14T08:00');
  assert.equal(closed('Mo 09:00-10:00; Mo off', '2026-12-09T12:00:00Z'), 'closed');
});

test('the day the clocks change: the opening is on the new clock', () => {
  // Sunday 29 March 2026 in London: clocks go forward at 01:00 UTC. 09:00 BST is 08:00 UTC.
  assert.equal(closed('09:00-17:00', '2026-03-29T00:30:00Z'), '2026-03-29T08:00');
});

test('the feed refuses hours it cannot read, with the form it can', () => {
  const feed = (opening_hours) => ({
    type: 'status', version: 1, feed_id: 'f', seq: 1, issued_at: '2026-12-09T03:00:00Z', expires_at: '2026-12-09T05:00:00Z',
    publisher: { name: 'P', url: 'https://example.com' }, time_zone: 'Europe/London', incidents: [],
    channels: [{ id: 'chat', kind: 'chat', label: 'Web chat', href: 'https://example.com/chat', opening_hours }],
  });
  const bad = validatePayload('status', feed('8am to 10pm'));
  assert.equal(bad.ok, false);
  assert.match(JSON.stringify(bad), /Mo-Fr 08:00-20:00/);
  assert.equal(validatePayload('status', feed('08:00-22:00')).ok, true, JSON.stringify(validatePayload('status', feed('08:00-22:00'))));
});
