// The phone message for a line (export --to ivr --channel repair) told its callers "U kunt de trap niet nemen? Bel ons als
// u hulp nodig heeft: 088 123 4567.", the number they were calling. Now an urgent action that calls the caller's own line
// is treated as one calling an emergency line said anyway (06e3f94): left out when it only says to call, said without the
// number when it says more. On another line the number is still said. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-03T14:45:00Z');
const lift = (label) => ({
  type: 'status', version: 1, feed_id: 'woonstichting', time_zone: 'Europe/Amsterdam', publisher: { name: 'Woonstichting Oost', url: 'https://www.woonstichting.example' },
  channels: [
    { id: 'ks', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31301234567', wait_minutes: 30, reason: { nl: 'veel telefoontjes', en: 'many calls' } },
    { id: 'repair', kind: 'phone', label: { nl: 'Reparatielijn', en: 'Repair line' }, href: 'tel:+31881234567', wait_minutes: 10 },
  ],
  incidents: [{
    id: 'lift', title: { nl: 'Lift buiten werking in flat De Horst', en: 'Lift out of order at De Horst flats' }, severity: 'major', phase: 'investigating',
    known: { nl: 'De lift doet het sinds 14:00 niet.', en: 'The lift has not worked since 14:00.' },
    started_at: '2026-12-03T13:00:00Z', updated_at: '2026-12-03T14:00:00Z', next_update_at: '2026-12-03T16:00:00Z',
    actions: [{ who: { nl: 'U kunt de trap niet nemen', en: 'You cannot use the stairs' }, label, href: 'tel:+31881234567', urgent: true }],
  }],
});
const CALL_US = { nl: 'Bel ons als u hulp nodig heeft', en: 'Call us if you need help' };

test('an urgent action that only calls the caller\'s own line is not said on it; on another line it is, with the number', () => {
  for (const [lang, number] of [['nl', '088 123 4567'], ['en', '088 123 4567']]) {
    const own = x.exportIvr(lift(CALL_US), { lang, channel: 'repair', now: NOW });
    assert.equal(own.text.split(number).length - 1, 0, own.text);
    assert.doesNotMatch(own.text, /Bel ons|Call us/, own.text);
    const other = x.exportIvr(lift(CALL_US), { lang, channel: 'ks', now: NOW });
    assert.match(other.text, new RegExp(`(Bel ons als u hulp nodig heeft|Call us if you need help): ${number.replace(/\+/g, '\\+')}\\.`), other.text);
  }
});

test('one that says more is said without the number on its own line', () => {
  const more = { nl: 'Bel ons en houd uw huisnummer bij de hand', en: 'Call us and have your house number ready' };
  const nl = x.exportIvr(lift(more), { lang: 'nl', channel: 'repair', now: NOW });
  assert.match(nl.text, /U kunt de trap niet nemen\? Bel ons en houd uw huisnummer bij de hand\. /, nl.text);
  assert.doesNotMatch(nl.text, /088 123 4567/);
  const en = x.exportIvr(lift(more), { lang: 'en', channel: 'repair', now: NOW });
  assert.match(en.text, /You cannot use the stairs\? Call us and have your house number ready\. /, en.text);
  assert.doesNotMatch(en.text, /88 123 4567/);
});
