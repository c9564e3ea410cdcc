// The channels readers get at a moment (feed/channels.ts withClosedLines, feed/reasons.ts): a line outside its
// opening_hours loses its wait, is marked with when it opens and comes after the lines open now; an urgent reason offers
// no closed line as a quick way; nothing changes for a feed without opening hours. Trial G: a closed chat at 3 a.m.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { withClosedLines, groupChannels, contactStatus } = await importTs('src/feed/channels.ts');
const { reasonChannels } = await importTs('src/feed/reasons.ts');

const NIGHT = Date.parse('2026-12-09T03:05:00Z'); // Wednesday, 03:05 in London
const NOON = Date.parse('2026-12-09T12:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function feed(now) {
  return {
    type: 'status', version: 1, feed_id: 'northline', seq: 1, issued_at: iso(now - 60_000), expires_at: iso(now + 3_600_000),
    publisher: { name: 'Northline Telecom', url: 'https://example.com' }, time_zone: 'Europe/London',
    channels: [
      { id: 'chat', kind: 'chat', label: 'Web chat', href: 'https://example.com/chat', wait_minutes: 15, opening_hours: '08:00-22:00' },
      { id: 'support', kind: 'phone', label: 'Customer support', href: 'tel:+443300884000', wait_minutes: 40, opening_hours: 'Mo-Fr 08:00-20:00' },
      { id: 'telecare', kind: 'phone', label: 'Telecare line', href: 'tel:+448000481234', wait_minutes: 5, opening_hours: '24/7' },
      { id: 'callback', kind: 'callback', label: 'Ask for a call back', href: 'https://example.com/callback' },
      { id: '999', kind: 'phone', label: '999', href: 'tel:999', emergency: true },
    ],
    contact_reasons: [
      { id: 'telecare', label: 'My telecare alarm does not work', urgent: true, channels: ['support', 'telecare'] },
      { id: 'wfh', label: 'I work from home tomorrow', channels: ['chat', 'support', 'callback'] },
    ],
    incidents: [{ id: 'leeds', title: 'Broadband down', severity: 'major', phase: 'identified', started_at: iso(now - 3_600_000), updated_at: iso(now - 600_000), known: 'A fibre cut.', unknown: 'When.', next_update_at: iso(now + 3_600_000) }],
  };
}

test('at 3 a.m. the closed lines lose their waits, say when they open, and come after the open ones', () => {
  const f = feed(NIGHT);
  const shown = withClosedLines(f, NIGHT);
  assert.deepEqual(shown.channels.map((c) => c.id), ['telecare', 'callback', '999', 'chat', 'support']);
  const chat = shown.channels.find((c) => c.id === 'chat');
  assert.equal(chat.wait_minutes, undefined);
  assert.equal(new Date(chat.closed_until).toISOString(), '2026-12-09T08:00:00.000Z');
  assert.equal(shown.channels.find((c) => c.id === 'telecare').wait_minutes, 5);
  // The feed itself is not changed, and the same moment gives the same object (renders compare by identity).
  assert.equal(f.channels[0].wait_minutes, 15);
  assert.equal(withClosedLines(f, NIGHT + 60_000), shown);
  // Emergency lines first, the long-wait order among the open lines, the closed ones last.
  const { emergency, ordinary } = groupChannels(shown.channels, shown.contact_reasons);
  assert.deepEqual(emergency.map((c) => c.id), ['999']);
  assert.deepEqual(ordinary.map((c) => c.id), ['telecare', 'callback', 'chat', 'support']);
});

test('an urgent reason offers no closed line as the quick way; a reason that can wait lists the closed ones last', () => {
  const night = contactStatus(feed(NIGHT), NIGHT);
  const urgent = night.contact_reasons.find((r) => r.id === 'telecare');
  // The closed line it names comes last, with when it opens (trial M: a municipality's birth and death registration line
  // was left out on Sunday); one it does not name is not offered.
  // Naming no emergency line, the reason's own 24/7 line comes before the feed's 999 (trial S, urgent-reason-own-line.test.mjs).
  assert.deepEqual(reasonChannels(night, urgent).map((c) => c.id), ['telecare', '999', 'support']);
  assert.ok(reasonChannels(night, urgent).at(-1).closed_until > NIGHT);
  assert.deepEqual(reasonChannels(night, { ...urgent, channels: ['telecare'] }).map((c) => c.id), ['telecare', '999']);
  const wfh = night.contact_reasons.find((r) => r.id === 'wfh');
  assert.deepEqual(reasonChannels(night, wfh).map((c) => c.id), ['callback', 'chat', 'support']);
  // At noon on a weekday every line is open: the order and the waits as before.
  const noon = contactStatus(feed(NOON), NOON);
  assert.deepEqual(reasonChannels(noon, wfh).map((c) => c.id), ['callback', 'chat', 'support']);
  assert.equal(noon.channels.find((c) => c.id === 'chat').wait_minutes, 15);
  assert.ok(noon.channels.every((c) => !('closed_until' in c)));
});

test('a feed without opening hours is given back as it is', () => {
  const f = feed(NIGHT);
  f.channels = f.channels.map(({ opening_hours: _o, ...c }) => c);
  assert.equal(withClosedLines(f, NIGHT), f);
});
