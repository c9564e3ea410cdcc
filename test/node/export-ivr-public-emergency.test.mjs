// Trial S, an airline (Noordzee Air), check-in system down: the customer-service queue said "Levensgevaar: hang op en bel
// 112" on every call, also in the 15:00 all-clear, and at 07:40 left out the estimate "tussen 10:00 en 12:00" to fit 45 s.
// A public emergency number (112, 911, 999) is now said in the waiting message only while an incident is going on whose
// actions dial or name it, or while an urgent contact reason offers that channel; the publisher's own emergency lines (a
// gas line) are said as before. The time freed goes to what we know. Fixtures: the trial's own feeds.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, FIXTURES } from './export-kit.mjs';

const x = await exporters();
const airline = (at) => JSON.parse(readFileSync(join(FIXTURES, `airline-${at}.json`), 'utf8'));
const AT_0740 = Date.parse('2026-12-19T06:41:00Z');
const AT_1500 = Date.parse('2026-12-19T14:01:00Z');

test('07:40: an airline\'s queue does not say 112 (nothing calls for it) and says the estimate instead', () => {
  for (const [lang, estimate] of [['nl', 'We verwachten dat het systeem tussen 10:00 en 12:00 weer werkt.'], ['en', 'We expect the system to work again between 10:00 and 12:00.']]) {
    const ivr = x.exportIvr(airline('0740'), { lang, now: AT_0740 });
    assert.doesNotMatch(ivr.text, /112/, ivr.text);
    assert.ok(ivr.text.includes(estimate), ivr.text);
    assert.ok(ivr.fits, `${ivr.seconds} s`);
  }
});

test('15:00 all-clear: nothing going on, so no 112 on the queue', () => {
  for (const lang of ['nl', 'en']) {
    const ivr = x.exportIvr(airline('1500'), { lang, now: AT_1500 });
    assert.doesNotMatch(ivr.text, /112|Levensgevaar|Life in danger/, ivr.text);
    assert.match(ivr.text, lang === 'nl' ? /Boek gratis om of vraag uw geld terug/ : /Rebook free of charge or ask for a refund/);
  }
  // Even with an urgent reason that offers 112: after the all-clear there is nothing going on that calls for it.
  const f = airline('1500');
  f.contact_reasons.push({ id: 'gevaar', label: { nl: 'Levensgevaar', en: 'Life in danger' }, urgent: true, channels: ['phone'] });
  assert.doesNotMatch(x.exportIvr(f, { lang: 'nl', now: AT_1500 }).text, /112/);
});

test('112 is said while an incident going on calls for it: an action that dials or names it, or an urgent reason that offers it', () => {
  const said = (f) => x.exportIvr(f, { lang: 'nl', now: AT_0740 }).text.includes('Levensgevaar: hang op en bel 112.');
  // An urgent reason whose channels include the 112 channel.
  const reason = airline('0740');
  reason.contact_reasons[0].channels.push('phone');
  assert.ok(said(reason));
  // An action that names the number ("… bel 112").
  const names = airline('0740');
  names.incidents[0].actions.push({ label: { nl: 'Rook in de terminal? Ga naar buiten en bel 112.', en: 'Smoke in the terminal? Go outside and call 112.' }, urgent: true });
  assert.ok(said(names));
  // An action that dials it.
  const dials = airline('0740');
  dials.incidents[0].actions.push({ label: { nl: 'Onwel geworden in de rij? Bel de hulpdiensten.', en: 'Unwell in the queue? Call the emergency services.' }, href: 'tel:112', urgent: true });
  assert.ok(said(dials));
  // A number that only contains 112 is not it.
  const other = airline('0740');
  other.incidents[0].actions.push({ label: { nl: 'Vlucht NZ1124 vertrekt later.', en: 'Flight NZ1124 leaves later.' } });
  assert.ok(!said(other));
});

test('the organisation\'s own emergency line (a gas line) is said as before, also after the all-clear', () => {
  const f = airline('1500');
  Object.assign(f.channels[0], { label: { nl: 'Gaslucht? Bel direct', en: 'Smell gas? Call now' }, href: 'tel:+318009009' });
  for (const lang of ['nl', 'en']) assert.match(x.exportIvr(f, { lang, now: AT_1500 }).text, /0800 9009|800 9009/);
});
