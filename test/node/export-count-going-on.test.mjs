// A hospital's all-clear (trial Q): with only a notice ("Afspraak afgezegd? Wij bellen u") and good news announced for
// the next morning open, the phone line said "Er zijn 2 actuele storingen." and the e-mail listed both under
// "2 actuele storingen:". Neither is a disruption going on (feed/going-on.ts): the count says only those that are.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();
const HOUR = 3600_000;

/** The burst main resolved; a notice and an incident announced for tomorrow open; optionally a second incident going on. */
function allClear({ second = false } = {}) {
  const f = feed();
  const main = f.incidents.find((i) => i.id === 'leiding-utrecht-oost');
  const notice = structuredClone(main);
  Object.assign(notice, { id: 'bellen', severity: 'info', next_update_at: null, title: { nl: 'Afspraak afgezegd? Wij bellen u', en: 'Appointment cancelled? We will call you' } });
  const later = structuredClone(main);
  Object.assign(later, { id: 'morgen', severity: 'info', starts_at: new Date(NOW + 20 * HOUR).toISOString(), next_update_at: null, title: { nl: 'Spoedeisende hulp vanaf morgen 07:00 weer open', en: 'Emergency department open again from tomorrow 07:00' } });
  Object.assign(main, { phase: 'resolved', resolved_at: new Date(NOW - HOUR).toISOString() });
  f.incidents = f.incidents.filter((i) => i.id !== 'app-storing');
  f.incidents.push(notice, later);
  if (second) {
    // Short ones, so that the 45 s leave room for the count.
    const low = structuredClone(main);
    Object.assign(low, { id: 'zeist', phase: 'investigating', title: { nl: 'Lage druk in Zeist', en: 'Low pressure in Zeist' }, known: { nl: 'Een leiding lekt.', en: 'A main leaks.' }, actions: [], updates: [], next_update_at: new Date(NOW + HOUR).toISOString() });
    delete low.resolved_at;
    const again = structuredClone(low);
    Object.assign(again, { id: 'bunnik', title: { nl: 'Lage druk in Bunnik', en: 'Low pressure in Bunnik' } });
    f.incidents.push(low, again);
  }
  return f;
}

test('the phone line does not count a notice and an announced incident as current disruptions', () => {
  for (const lang of ['nl', 'en']) {
    const ivr = x.exportIvr(allClear(), { lang, now: NOW, force: true });
    assert.ok(ivr.incidents.includes('bellen') && ivr.incidents.includes('morgen'), ivr.incidents.join());
    assert.doesNotMatch(ivr.text, /actuele melding|current disruption/, ivr.text);
  }
});

test('with two disruptions going on beside a notice and an announcement the phone line counts the two', () => {
  const nl = x.exportIvr(allClear({ second: true }), { lang: 'nl', now: NOW, force: true });
  assert.match(nl.text, /Er zijn 2 actuele meldingen\./, nl.text);
  const en = x.exportIvr(allClear({ second: true }), { lang: 'en', now: NOW, force: true });
  assert.match(en.text, /There are 2 current disruptions\./, en.text);
});

test('the e-mail lists a notice and an announced incident under "In this e-mail", not as current disruptions', () => {
  const en = x.exportEmail(allClear(), { lang: 'en', now: NOW });
  assert.match(en.text, /^In this e-mail:\n/, en.text);
  assert.doesNotMatch(en.text + en.html, /current disruption/);
  const nl = x.exportEmail(allClear(), { lang: 'nl', now: NOW });
  assert.match(nl.text, /^In deze e-mail:\n/, nl.text);
  assert.match(nl.html, /<h1>In deze e-mail<\/h1>/);
});
