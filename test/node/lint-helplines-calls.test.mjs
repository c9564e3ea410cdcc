// Walkthrough follow-ups (Belgian school, Dutch bank): an urgent action may call a public helpline of the feed's
// country (1813, 102, 113, 116 123) without an emergency channel of the publisher's own; and an urgent action that
// says "call" but has no number gets a warning, since readers on a phone have nothing to tap.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');

const NOW = Date.parse('2026-12-02T16:01:00Z');
const doc = (zone, actions, langs = ['nl', 'en']) => ({
  type: 'status', version: 1, feed_id: 'feed', time_zone: zone,
  publisher: { name: 'Publisher', url: 'https://www.example.org/' },
  channels: [{ id: 'phone', kind: 'phone', label: Object.fromEntries(langs.map((l) => [l, 'Klantenservice'])), href: 'tel:+31201234567' }],
  incidents: [{
    id: 'storm', title: Object.fromEntries(langs.map((l) => [l, 'Storm'])), severity: 'major', phase: 'investigating',
    started_at: '2026-12-02T10:10:00Z', updated_at: '2026-12-02T16:00:00Z',
    known: Object.fromEntries(langs.map((l) => [l, 'Storm.'])), unknown: Object.fromEntries(langs.map((l) => [l, 'Hoe lang.'])),
    next_update_at: '2026-12-02T17:00:00Z', actions,
  }],
});
const act = (nl, en, extra = {}) => ({ label: { nl, en }, urgent: true, ...extra });
const rules = (d, rule) => lintDocument(d, { now: NOW, timeZone: d.time_zone }).filter((f) => f.rule === rule);

test('an urgent action may call a public helpline of the feed\'s country without an emergency channel of its own', () => {
  const missing = (zone, href) => rules(doc(zone, [act('Heeft u het moeilijk? Bel', 'Struggling? Call', { href })]), 'emergency-channel-missing');
  for (const n of ['1813', '102', '106', '1733']) assert.deepEqual(missing('Europe/Brussels', `tel:${n}`), [], `${n} in Belgium`);
  for (const n of ['tel:113', 'tel:+318000113', 'tel:+319008844']) assert.deepEqual(missing('Europe/Amsterdam', n), [], `${n} in the Netherlands`);
  for (const n of ['101', '105', '116123', '111']) assert.deepEqual(missing('Europe/London', `tel:${n}`), [], `${n} in Britain`);
  // The publisher's own number still needs its emergency channel, and so does another country's helpline.
  assert.equal(missing('Europe/Brussels', 'tel:+3231234567').length, 1);
  assert.equal(missing('Europe/Amsterdam', 'tel:1813').length, 1);
  assert.equal(missing('Europe/Brussels', 'tel:+318000113').length, 1);
  // 113 is a short number in a Dutch feed (no "not in E.164 form"), not elsewhere.
  const e164 = (zone) => rules(doc(zone, [act('Bel 113', 'Call 113', { href: 'tel:113' })]), 'phone-e164');
  assert.deepEqual(e164('Europe/Amsterdam'), []);
  assert.equal(e164('Europe/London').length, 1);
});

