// Finding carried from a trial (2026-12-07): "a replayed older signed feed served to a FIRST-TIME visitor (nothing kept
// in the browser to compare with) is accepted as current". Checked through the reader's own data layer (FeedSource:
// fetch, verify, freshness, rollback, the kept copy), with an empty store as a first visit has: a genuine feed past its
// own `expires_at` is never current. Yesterday's all-clear replayed during today's outage: no "ok", no all-clear of the
// last hour, shown only as outdated (expired), not kept as a confirmed copy, and the real feed is still taken after it.
// Over three days past its expiry: nothing shown ("Status unknown"). What the format cannot tell apart: a copy still
// within its own `expires_at` is current by the publisher's own signed word; the window is the validity the publisher
// signs (`--valid`, 1 hour by default, which the heartbeat keeps; lint refuses over a day).
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { FeedSource, memoryStore, generateSigningKey, signPayload, overallState, recentlyResolved, readCached, cacheKey, SHOW_EXPIRED_MS } = await importTs('src/feed/index.ts');

const MIN = 60_000;
const HOUR = 60 * MIN;
const NOW = Date.parse('2026-12-07T09:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const URL = 'https://status.example/feed.jws.json';
const key = await generateSigningKey('Ed25519');
const envelope = async (payload) => JSON.stringify(await signPayload(new TextEncoder().encode(JSON.stringify(payload)), [key.privateJwk], 'status'));

const base = (issued, seq, incidents) => ({
  type: 'status', version: 1, feed_id: 'waterbedrijf', seq, issued_at: iso(issued), expires_at: iso(issued + HOUR),
  publisher: { name: 'Waterbedrijf', url: 'https://www.waterbedrijf.example' },
  channels: [{ id: 'storing', kind: 'phone', label: 'Storingslijn', href: 'tel:+31800023', emergency: true }],
  incidents,
});
/** Yesterday 08:30 the last incident was resolved, and the feed signed with it: a genuine all-clear, a day old. */
const allClear = (issued) => base(issued, issued, [{
  id: 'leiding', title: 'Leidingbreuk', severity: 'major', phase: 'resolved', started_at: iso(issued - 3 * HOUR), updated_at: iso(issued),
  resolved_at: iso(issued), known: 'Het water is weer veilig.', unknown: '', next_update_at: null,
}]);
/** Today's outage, signed a minute ago. */
const outage = base(NOW - MIN, NOW - MIN, [{
  id: 'druk', title: 'Geen water in Noord', severity: 'critical', phase: 'investigating', started_at: iso(NOW - HOUR), updated_at: iso(NOW - MIN),
  known: 'Geen water in Noord.', unknown: 'De oorzaak.', next_update_at: iso(NOW + 30 * MIN),
}]);

/** A first visit (an empty store) to a host that serves `body`; the source's clock stands at NOW. */
async function firstVisit(body, store = memoryStore()) {
  const s = new FeedSource({
    kind: 'status', url: URL, keys: [key.publicJwk], feedId: 'waterbedrijf', store, poll: false, now: () => NOW,
    timers: { setTimeout: () => 0, clearTimeout: () => {} },
    fetch: async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
  });
  s.subscribe(() => {});
  await s.whenIdle();
  await new Promise((r) => setTimeout(r, 0));
  await s.whenIdle();
  const state = s.state;
  s.dispose();
  return { state, store };
}

test('yesterday\'s genuine all-clear replayed to a first-time visitor: outdated (expired), never current', async () => {
  const { state, store } = await firstVisit(await envelope(allClear(NOW - 24 * HOUR - 30 * MIN)));
  assert.equal(state.error?.code, 'expired', 'the reason the elements give: "Outdated: this information dates from …"');
  assert.ok(state.document, 'shown, for the elements to mark outdated (its emergency line beats "Status unknown" alone)');
  assert.equal(state.confirmedAt, undefined, 'never "last confirmed": it was not current when it arrived');
  const payload = state.document.payload;
  assert.deepEqual(overallState(payload, NOW, !!state.error), { state: 'unknown' }, 'the badge: "Status unknown", never "No known disruptions"');
  assert.deepEqual(recentlyResolved(payload, NOW), [], 'the banner and the status element: no all-clear of the last hour');
  assert.equal(readCached(store, cacheKey('status', URL)), undefined, 'not kept as a confirmed copy for the next visit');
});

test('the replay is not kept as a confirmed copy for the next visit; the real feed after it is taken as current', async () => {
  const written = [];
  const inner = memoryStore();
  const store = { getItem: (k) => inner.getItem(k), setItem: (k, v) => (written.push(k), inner.setItem(k, v)), removeItem: (k) => inner.removeItem(k) };
  await firstVisit(await envelope(allClear(NOW - 2 * HOUR)), store);
  assert.deepEqual(written.filter((k) => k.startsWith('clearline:doc:')), [], 'no kept copy (its seq is remembered: it is genuine, and the real feed is newer)');
  const { state } = await firstVisit(await envelope(outage), store);
  assert.equal(state.error, undefined);
  assert.deepEqual(overallState(state.document.payload, NOW), { state: 'disruption', severity: 'critical' });
  assert.ok(written.some((k) => k.startsWith('clearline:seq:')), 'the real feed is remembered');
});

test('replayed over three days after its expiry: nothing of it is shown, "Status unknown" with the reason', async () => {
  const issued = NOW - SHOW_EXPIRED_MS - 2 * HOUR;
  const { state } = await firstVisit(await envelope(allClear(issued)));
  assert.equal(state.error?.code, 'expired');
  assert.equal(state.document, undefined);
  assert.deepEqual(overallState(state.document?.payload, NOW, true), { state: 'unknown' });
});

test('what a first visit cannot tell apart: a copy still within its own expires_at is current by the publisher\'s signed word', async () => {
  const { state } = await firstVisit(await envelope(allClear(NOW - 40 * MIN)));
  assert.equal(state.error, undefined);
  assert.deepEqual(overallState(state.document.payload, NOW), { state: 'ok' }, 'the replay window is the validity the publisher signs (1 hour by default)');
});
