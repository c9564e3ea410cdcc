// Trial Q, a hospital's EPD outage at night. (1) "Levensgevaar of ernstig ongeluk" names only 112; the act-now action
// "Heeft u nu dringend zorg nodig? Bel eerst de huisartsenpost: 0900 700 8000. Bij levensgevaar: bel 112." dials the GP
// service and was offered under it for its word "levensgevaar". (2) "Ik ben huisarts of verloskundige" names only the
// referrers' line (restricted) and listed the patients' instructions (feed/reasons.ts, feed/referrer-reason.ts).
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { reasonActions, reasonChannels } = await importTs('src/feed/reasons.ts');
const { forRestrictedOnly } = await importTs('src/feed/referrer-reason.ts');

const at = (h) => `2026-12-15T${h}:00Z`;
const gpFirst = {
  label: { nl: 'Heeft u nu dringend zorg nodig? Bel eerst de huisartsenpost: 0900 700 8000. Bij levensgevaar: bel 112.', en: 'Do you need urgent care now? Call the out-of-hours GP service first: 0900 700 8000. If a life is in danger: call 112.' },
  href: 'tel:+319007008000', who: { nl: 'U heeft nu dringend zorg nodig', en: 'You need urgent care now' }, urgent: true,
};
const cancelled = { label: { nl: 'Uw afspraak op de poli van dinsdag gaat niet door. Kom niet naar het ziekenhuis.', en: 'Your appointment is cancelled.' }, who: { nl: 'U heeft dinsdag een afspraak op de poli', en: 'You have an appointment on Tuesday' }, urgent: true };
const notUrgent = { label: { nl: 'Is het voor u niet dringend, dan hoeft u niet te bellen.', en: 'If it is not urgent, you need not call.' } };
const outage = (actions) => ({
  id: 'epd', severity: 'major', phase: 'investigating', title: { nl: 'Storing computersysteem: spoedeisende hulp neemt geen ambulances aan', en: 'Computer system failure' },
  started_at: at('01:00'), updated_at: at('01:14'), next_update_at: at('03:00'), known: 'k', unknown: 'u', actions,
});
const feed = (actions) => ({
  type: 'status', version: 1, feed_id: 'rijnoever', time_zone: 'Europe/Amsterdam', publisher: { name: 'Ziekenhuis Rijnoever', url: 'https://example.com' },
  channels: [
    { id: 'alarm-112', kind: 'phone', label: { nl: 'Bij levensgevaar: bel 112', en: 'Life in danger? Call 112' }, href: 'tel:112', emergency: true },
    { id: 'huisartsenpost', kind: 'phone', label: 'Huisartsenpost', href: 'tel:+319007008000', emergency: true },
    { id: 'algemeen', kind: 'phone', label: 'Algemeen nummer', href: 'tel:+31267001000' },
    { id: 'verwijzers', kind: 'phone', label: 'Lijn voor verwijzers', href: 'tel:+31267001200', restricted: true, purpose: { nl: 'Voor huisartsen en verloskundigen', en: 'For GPs and midwives' } },
  ],
  contact_reasons: [
    { id: 'levensgevaar', label: { nl: 'Levensgevaar of ernstig ongeluk', en: 'Life in danger or serious accident' }, urgent: true, channels: ['alarm-112'] },
    { id: 'dringend', label: { nl: 'Ik heb nu dringend zorg nodig', en: 'I need urgent care now' }, urgent: true, channels: ['huisartsenpost', 'alarm-112'] },
    { id: 'verwijzer', label: { nl: 'Ik ben huisarts of verloskundige', en: 'I am a GP or midwife' }, channels: ['verwijzers'] },
    { id: 'bezoek', label: { nl: 'Op bezoek bij een patiënt', en: 'Visiting a patient' }, channels: ['algemeen'] },
  ],
  incidents: [outage(actions)],
});
const reason = (p, id) => p.contact_reasons.find((r) => r.id === id);
const labels = (p, id) => reasonActions(p, reason(p, id)).map((a) => a.label.nl ?? a.label);

test('"Levensgevaar" (112 only) does not offer an action that dials the GP service, though it shares a word', () => {
  const p = feed([gpFirst]);
  assert.deepEqual(labels(p, 'levensgevaar'), []);
  // The reason that names the GP service still leads with it.
  assert.deepEqual(labels(p, 'dringend'), [gpFirst.label.nl]);
});

test('"Levensgevaar": an action without a link, with a web page or dialling 112 itself (any spelling) still matches', () => {
  const plain = { label: 'Bij levensgevaar: bel 112 en ga niet zelf naar de spoedeisende hulp', urgent: true };
  const web = { label: 'Levensgevaar? Lees wat u doet tot de ambulance er is', href: 'https://example.com/112', urgent: true };
  const own = { label: 'Levensgevaar: bel 112', href: 'tel: 112', urgent: true };
  const other = { label: 'Andere vragen? Bel de huisartsenpost', href: 'tel:+31 900 700 8000', urgent: true };
  const p = feed([plain, web, gpFirst, own, other]);
  assert.deepEqual(labels(p, 'levensgevaar'), [own.label, plain.label, web.label]);
});

test('"Ik ben huisarts of verloskundige": its line, and no patient instructions; an action for referrers is kept', () => {
  const forGps = { label: { nl: 'Verwijs patiënten voor de spoedeisende hulp naar Ziekenhuis Oost.', en: 'Refer A&E patients to Oost hospital.' }, who: { nl: 'U bent huisarts of verloskundige', en: 'You are a GP or midwife' }, urgent: true };
  const p = feed([gpFirst, cancelled, forGps, notUrgent]);
  const r = reason(p, 'verwijzer');
  assert.ok(forRestrictedOnly(p, r));
  assert.deepEqual(labels(p, 'verwijzer'), [forGps.label.nl]);
  assert.deepEqual(reasonChannels(p, r).map((c) => c.id), ['verwijzers']);
  // Without such an action: none at all.
  assert.deepEqual(labels(feed([gpFirst, cancelled, notUrgent]), 'verwijzer'), []);
  // A reason for everyone keeps every action, urgent first (unchanged).
  assert.ok(!forRestrictedOnly(p, reason(p, 'bezoek')));
  assert.equal(labels(p, 'bezoek').length, 4);
});

test('"Levensgevaar" (only 112, a public emergency number): no other incident\'s instructions by default; one that dials 112 is kept', () => {
  // At 06:30 the outage's act-now actions were the appointments and the blood tests: listed under 112 before.
  const p = feed([gpFirst, cancelled]);
  assert.deepEqual(labels(p, 'levensgevaar'), []);
  const fire = { label: 'Brand of rook in het ziekenhuis? Bel 112', href: 'tel:112', urgent: true };
  assert.deepEqual(labels(feed([gpFirst, cancelled, fire]), 'levensgevaar'), [fire.label, cancelled.label.nl]);
  // The reason that names the GP service keeps every act-now action, its own line first (unchanged).
  assert.deepEqual(labels(p, 'dringend'), [gpFirst.label.nl, cancelled.label.nl]);
});
