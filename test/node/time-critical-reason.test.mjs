// Trial S, an airline on a check-in outage: "Mijn vlucht vertrekt binnen 6 uur" is urgent for the traveller but no
// danger. Marked urgent, its panel said "Bel nu: 112" and dropped the customer-service line the desk had ticked (45
// minutes); marked can-wait it came second, after "stuck abroad", and said "you do not need to call". A third level,
// `time_critical`: listed after the urgent reasons and before the others, the lines it names in the publisher's order,
// long waits included, no emergency line pushed on top (feed/reasons.ts, feed/schema.ts).
import assert from 'node:assert/strict';
import test from 'node:test';
import * as v from 'valibot';
import { importTs } from './ts-import.mjs';

const { listedReasons, reasonActions, reasonChannels } = await importTs('src/feed/reasons.ts');
const { StatusPayload } = await importTs('src/feed/schema.ts');
const { jsonSchema } = await importTs('src/feed/json-schema.ts');

const at = (h) => `2026-12-19T${h}:00Z`;
const channels = [
  { id: '112', kind: 'phone', label: { nl: 'Levensgevaar: bel 112', en: 'Life in danger: call 112' }, href: 'tel:112', emergency: true },
  { id: 'spoedlijn', kind: 'phone', label: { nl: 'Spoedlijn', en: 'Urgent line' }, href: 'tel:+31207946100' },
  { id: 'klantenservice', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31207946000', wait_minutes: 45, reason: { nl: 'heel veel telefoontjes', en: 'very many calls' } },
  { id: 'terugbellen', kind: 'callback', label: { nl: 'Terugbelverzoek', en: 'Call-back' }, href: 'https://www.noordzee-air.example/terugbellen' },
  { id: 'whatsapp', kind: 'chat', label: 'WhatsApp', href: 'https://wa.me/31207946000' },
  { id: 'omboeken', kind: 'web', label: { nl: 'Omboekformulier', en: 'Rebooking form' }, href: 'https://www.noordzee-air.example/omboeken' },
];
const outage = {
  id: 'checkin', severity: 'major', phase: 'identified', title: { nl: 'Storing inchecken', en: 'Check-in outage' },
  started_at: at('05:16'), updated_at: at('06:18'), next_update_at: at('07:00'), known: 'k', unknown: 'u',
  actions: [
    { label: { en: 'Can wait: check your booking later' } },
    { label: { en: 'Come 3 hours before departure' }, who: { en: 'You fly today' }, urgent: true },
  ],
};
const soon = { id: 'vlucht-vandaag', label: { nl: 'Mijn vlucht vertrekt binnen 6 uur', en: 'My flight leaves within 6 hours' }, time_critical: true, channels: ['klantenservice', 'whatsapp', 'omboeken'] };
const stuck = { id: 'vast', label: { nl: 'Ik zit vannacht vast in het buitenland', en: 'I am stuck abroad tonight' }, urgent: true, channels: ['spoedlijn'] };
const compensation = { id: 'compensatie', label: { nl: 'Compensatie', en: 'Compensation' } };
const payload = (reasons) => ({
  type: 'status', version: 1, feed_id: 'noordzee-air', seq: 3, issued_at: at('06:18'), expires_at: at('08:18'), time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Noordzee Air', url: 'https://www.noordzee-air.example' }, channels, incidents: [outage], contact_reasons: reasons,
});
const ids = (list) => list.map((x) => x.id);

test('listed after the urgent reasons and before the others, whatever the feed order', () => {
  assert.deepEqual(ids(listedReasons(payload([compensation, soon, stuck]))), ['vast', 'vlucht-vandaag', 'compensatie']);
  // Both marked: urgent (lint warns), so among the urgent ones in the feed's order.
  const both = { ...soon, id: 'beide', urgent: true };
  assert.deepEqual(ids(listedReasons(payload([compensation, soon, both]))), ['beide', 'vlucht-vandaag', 'compensatie']);
});

test('the lines it names in the publisher order, the 45-minute line kept, no 112 on top', () => {
  assert.deepEqual(ids(reasonChannels(payload([soon]), soon)), ['klantenservice', 'whatsapp', 'omboeken']);
  // Naming none: every line for everyone but the emergency line, in the publisher's order.
  const none = { ...soon, channels: undefined };
  assert.deepEqual(ids(reasonChannels(payload([none]), none)), ['spoedlijn', 'klantenservice', 'terugbellen', 'whatsapp', 'omboeken']);
  // Naming the emergency line itself: where the publisher put it, not pushed on top.
  const named = { ...soon, channels: ['klantenservice', '112'] };
  assert.deepEqual(ids(reasonChannels(payload([named]), named)), ['klantenservice', '112']);
  // Both marked: urgent, as before (112 first, nothing to wait on).
  const both = { ...soon, urgent: true };
  assert.deepEqual(ids(reasonChannels(payload([both]), both)), ['112', 'whatsapp', 'omboeken']);
});

test('its actions: the act-now ones first, then those that can wait', () => {
  assert.deepEqual(reasonActions(payload([soon]), soon).map((a) => a.label.en), ['Come 3 hours before departure', 'Can wait: check your booking later']);
});

test('the feed schema keeps time_critical, refuses a non-boolean, and the JSON Schema names it', () => {
  const parsed = v.safeParse(StatusPayload, payload([soon]));
  assert.ok(parsed.success, JSON.stringify(parsed.issues?.[0]?.message));
  assert.equal(parsed.output.contact_reasons[0].time_critical, true);
  assert.equal(v.safeParse(StatusPayload, payload([{ ...soon, time_critical: 'yes' }])).success, false);
  const reason = jsonSchema('status').properties.contact_reasons.items;
  assert.deepEqual(reason.properties.time_critical, { type: 'boolean' });
});

test('templates: "My journey today" and "I need to get something done today" are time-critical, the danger ones stay urgent', async () => {
  const { contactReasonsFromTemplate, TEMPLATE_NAMES } = await importTs('src/templates/index.ts');
  const level = (name, id) => ((r) => [r.urgent, r.time_critical])(contactReasonsFromTemplate(name, ['nl', 'en']).find((r) => r.id === id));
  assert.deepEqual(level('public-transport', 'journey'), [undefined, true]);
  assert.deepEqual(level('outage', 'today'), [undefined, true]);
  assert.deepEqual(level('public-transport', 'stuck'), [true, undefined]);
  for (const name of TEMPLATE_NAMES ?? []) {
    assert.ok(contactReasonsFromTemplate(name, ['en']).every((r) => !(r.urgent && r.time_critical)), name);
  }
});

test('a line only urgent or time-critical reasons name goes before the can-wait order when queues are long (as for urgent ones)', async () => {
  const { groupChannels } = await importTs('src/feed/channels.ts');
  const lines = [
    { id: 'web', kind: 'web', label: 'Form', href: 'https://x.example/form' },
    { id: 'phone', kind: 'phone', label: 'Phone', href: 'tel:+31201234567', wait_minutes: 45 },
    { id: 'inkomen', kind: 'phone', label: 'Spoedlijn Inkomen', href: 'tel:+31201234000' },
  ];
  const reasons = [
    { id: 'food', label: 'Ik heb vandaag geen geld voor eten', time_critical: true, channels: ['inkomen'] },
    { id: 'other', label: 'Iets anders', channels: ['web', 'phone'] },
  ];
  assert.deepEqual(ids(groupChannels(lines, reasons).ordinary), ['inkomen', 'web', 'phone']);
});

test('reason-emergency-unrelated offers time-critical too, as a command and in the studio words', async () => {
  const { lintDocument } = await importTs('src/lint/index.ts');
  const doc = payload([{ id: 'vandaag', label: { nl: 'Mijn vlucht vertrekt binnen 6 uur', en: 'My flight leaves within 6 hours' }, urgent: true }]);
  doc.channels = [{ id: 'spoed', kind: 'phone', label: { nl: 'Medische spoedlijn', en: 'Medical emergency line' }, href: 'tel:+31207946999', emergency: true }, ...channels.slice(1)];
  const [f] = lintDocument(doc, { lang: 'en' }).filter((x) => x.rule === 'reason-emergency-unrelated');
  assert.match(f.fix, /needed soon but no danger: clearline edit reason --id vandaag --time-critical --feed feed\.json\.$/);
  const [desk] = lintDocument(doc, { lang: 'nl', audience: 'desk' }).filter((x) => x.rule === 'reason-emergency-unrelated');
  assert.match(desk.fix, /snel nodig maar geen gevaar: kies “Haast, geen gevaar \(bijv\. vandaag nodig\)”\.$/);
});
