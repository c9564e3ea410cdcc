// A bus company's strike SMS in two parts said "Everyone travelling on Thursday 10 December? Plan Thursday's journey
// before you set off …" (trial O): a who that names a group is no condition, and as a question it asked readers whether
// they were everyone. It is now said as whom it addresses, "Everyone travelling on Thursday 10 December: Plan …", in the
// SMS, the phone message and CAP alike (as the e-mail writes it); a condition ("You smell gas") stays a question. In two
// parts the other urgent actions follow with their who too, when it fits ("Disabled passengers …? Booked assisted travel …").
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { exportSms } = await importTs('src/export/sms.ts');
const { exportIvr } = await importTs('src/export/ivr.ts');
const { exportCap } = await importTs('src/export/cap.ts');
const { whoSaid } = await importTs('src/export/plain.ts');

const MONDAY = Date.parse('2026-12-07T14:00:00Z');
const strike = () => ({
  type: 'status', version: 1, feed_id: 'northway', time_zone: 'Europe/London', publisher: { name: 'Northway', url: 'https://www.northway.example' },
  status_url: 'https://www.northway.example/status', issued_at: '2026-12-07T14:00:00Z', expires_at: '2026-12-08T11:00:00Z', seq: 3,
  channels: [{ id: 'phone', kind: 'phone', label: { en: 'Customer service', nl: 'Klantenservice' }, href: 'tel:+441614960123', wait_minutes: 10, reason: { en: 'many calls about the strike', nl: 'veel telefoontjes over de staking' } }],
  incidents: [{
    id: 'strike', title: { en: 'Strike on Thursday: no trams', nl: 'Staking donderdag: geen trams' }, severity: 'major', phase: 'identified',
    started_at: '2026-12-07T13:55:00Z', updated_at: '2026-12-07T14:00:00Z', starts_at: '2026-12-10T00:01:00Z',
    known: { en: 'Drivers strike from 00:01 on Thursday for 24 hours.', nl: 'Bestuurders staken donderdag vanaf 00:01, 24 uur lang.' },
    unknown: { en: 'Whether talks will stop the strike.', nl: 'Of overleg de staking nog afwendt.' },
    next_update_at: '2026-12-08T10:00:00Z',
    actions: [
      { label: { en: 'Plan Thursday\'s journey before you set off', nl: 'Plan uw reis van donderdag voor u vertrekt' }, urgent: true,
        who: { en: 'Everyone travelling on Thursday 10 December', nl: 'Iedereen die donderdag 10 december reist' } },
      { label: { en: 'Booked assisted travel goes ahead by taxi', nl: 'Geboekte reisassistentie gaat door per taxi' }, urgent: true,
        who: { en: 'Disabled passengers with booked assisted travel', nl: 'Reizigers met geboekte reisassistentie' } },
    ],
  }],
});

test('the 2-part SMS addresses a group, not asks it; the next urgent action keeps its who (en, nl)', () => {
  const en = exportSms(strike(), { now: MONDAY, lang: 'en', parts: 2 });
  assert.match(en.text, /Everyone travelling on Thursday 10 December: Plan Thursday's journey before you set off\. Disabled passengers with booked assisted travel\? Booked assisted travel goes ahead by taxi\./, en.text);
  assert.doesNotMatch(en.text, /December\?/);
  const nl = exportSms(strike(), { now: MONDAY, lang: 'nl', parts: 2 });
  assert.match(nl.text, /Iedereen die donderdag 10 december reist: Plan uw reis van donderdag voor u vertrekt\. Reizigers met geboekte reisassistentie\? Geboekte reisassistentie gaat door per taxi\./, nl.text);
});

test('the phone message and CAP say a group the same way', () => {
  const ivr = exportIvr(strike(), { now: MONDAY, lang: 'en' });
  assert.match(ivr.text, /Everyone travelling on Thursday 10 December: Plan Thursday's journey/, ivr.text);
  assert.doesNotMatch(ivr.text, /December\?/);
  const cap = exportCap(strike(), { now: MONDAY, langs: ['nl'] }).alerts.at(-1).text;
  assert.match(cap, /<instruction>Iedereen die donderdag 10 december reist: Plan uw reis van donderdag voor u vertrekt\./);
});

test('which who is a group: everyone, all, iedereen, alle, wie …; a condition or a question stays a question', () => {
  const said = (who, label = 'Check the planner') => whoSaid(who, label);
  assert.equal(said('All passengers'), 'All passengers:');
  assert.equal(said('Alle klanten van Stadsnet.'), 'Alle klanten van Stadsnet:');
  assert.equal(said('Everybody in Leeds'), 'Everybody in Leeds:');
  assert.equal(said('Wie vandaag met de tram reist'), 'Wie vandaag met de tram reist:');
  assert.equal(said('Wie heeft er vandaag een afspraak?'), 'Wie heeft er vandaag een afspraak?');
  assert.equal(said('You smell gas'), 'You smell gas?');
  assert.equal(said('U woont in De Hoven'), 'U woont in De Hoven?');
  assert.equal(said('Allergic to nuts'), 'Allergic to nuts?', 'a word that only starts with "all" is no group');
});
