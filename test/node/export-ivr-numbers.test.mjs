// The phone message's SSML marked only the number an action links to as a phone number: a British GP practice's
// "Call NHS 111 if you need medical help today. In an emergency, call 999." had 111 marked and 999 as plain text, so a
// voice may read "nine hundred and ninety-nine"; a Dutch "bij levensgevaar 112" was "honderdtwaalf". Now the phone
// numbers said in a sentence are marked up the same way (ssml.ts), and only those: not times, dates, amounts,
// postcodes or "3 minuten". The plain text and its timing are as before. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, xmllint } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-02T09:00:00Z');
const tel = (n) => `<prosody rate="90%"><say-as interpret-as="telephone">${n}</say-as></prosody>`;

test('the GP practice: "In an emergency, call 999." in the action is said as a phone number, as NHS 111 is', async () => {
  const gp = {
    type: 'status', version: 1, feed_id: 'riverside-medical', time_zone: 'Europe/London',
    publisher: { name: 'Riverside Medical Practice', url: 'https://www.riverside.example' },
    channels: [{ id: 'phone', kind: 'phone', label: 'Temporary practice line', href: 'tel:+442079460321' }],
    incidents: [{
      id: 'it', severity: 'major', phase: 'identified', started_at: '2026-12-02T07:30:00Z', updated_at: '2026-12-02T08:30:00Z', next_update_at: '2026-12-02T10:30:00Z',
      title: 'Phones down at 2 surgeries', known: 'Since 7.30am our phones do not work.', unknown: 'When.',
      actions: [{ label: 'Call NHS 111 if you need medical help today. In an emergency, call 999.', urgent: true, href: 'tel:111' }],
    }],
  };
  const ivr = x.exportIvr(gp, { now: NOW });
  assert.equal(ivr.text, "Welcome to Riverside Medical Practice. Phones down at 2 surgeries. Since 7.30am our phones do not work. What we don't know yet: when. Call NHS 111 if you need medical help today. In an emergency, call 999. The next update is at 10:30. Thank you for waiting.");
  assert.ok(ivr.ssml.includes(`Call NHS ${tel('111')} if you need medical help today. In an emergency, call ${tel('999')}.`), ivr.ssml);
  assert.ok(ivr.ssml.includes('Phones down at 2 surgeries. Since 7.30am our phones do not work.'), `no number there is a phone number: ${ivr.ssml}`);
  assert.equal((await xmllint(ivr.ssml)).valid, true);
});

test('a Dutch water company: "bij levensgevaar 112" and the customer service number are marked, "3 minuten" and the date are not', () => {
  const water = {
    type: 'status', version: 1, feed_id: 'waterbedrijf-zuid', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Waterbedrijf Zuid', url: 'https://www.waterbedrijfzuid.example' },
    channels: [{ id: 'klantenservice', kind: 'phone', label: 'Klantenservice', href: 'tel:+31301234567' }],
    incidents: [{
      id: 'kookadvies', severity: 'major', phase: 'identified', started_at: '2026-12-02T06:00:00Z', updated_at: '2026-12-02T08:30:00Z', next_update_at: '2026-12-02T11:00:00Z',
      title: 'Kookadvies in 3511 AB en 3512 AC', known: 'Sinds 02-12-2026 zitten er bacteriën in het water van 112 woningen.', unknown: 'Hoe lang.',
      actions: [{ urgent: true, label: 'Kook uw water 3 minuten. Ziek na het drinken? Bel uw huisarts; bij levensgevaar 112. Vragen? Bel 030 123 4567.' }],
    }],
  };
  const ivr = x.exportIvr(water, { now: NOW });
  assert.ok(ivr.ssml.includes(`Kook uw water 3 minuten. Ziek na het drinken? Bel uw huisarts; bij levensgevaar ${tel('112')}. Vragen? Bel ${tel('030 123 4567')}.`), ivr.ssml);
  assert.ok(ivr.ssml.includes('Kookadvies in 3511 AB en 3512 AC. Sinds 02-12-2026 zitten er bacteriën in het water van 112 woningen.'), ivr.ssml);
  assert.equal(ivr.ssml.split('interpret-as="telephone"').length - 1, 2, ivr.ssml);
});

test('which numbers in a sentence are phone numbers', async () => {
  const { phoneNumberSpans } = await importTs('src/export/ssml.ts');
  const nl = { time_zone: 'Europe/Amsterdam', channels: [{ href: 'tel:+31301234567' }, { href: 'tel:1813' }], incidents: [] };
  const us = { time_zone: 'America/Chicago', channels: [], incidents: [] };
  const said = (feed, text) => phoneNumberSpans(feed, text).map(([a, b]) => text.slice(a, b));
  const cases = [
    [nl, 'Bel uw huisarts; bij levensgevaar 112.', ['112']],
    [nl, 'Direct 112 bellen!', ['112']],
    [nl, 'Bel 030 123 4567 of 0800-1234.', ['030 123 4567', '0800-1234']],
    [nl, 'Klantenservice 0301234567 is open van 8 tot 20 uur.', ['0301234567']],
    [nl, 'Bel 0800 1234 24 uur per dag.', ['0800 1234']],
    [nl, 'Bel 14 030 of +31 30 123 4567.', ['14 030', '+31 30 123 4567']],
    [nl, 'Bel zo nodig 1813.', ['1813']],
    [us, 'Call (312) 555-0142 or 1-800-555-0100; in an emergency, dial 911.', ['(312) 555-0142', '1-800-555-0100', '911']],
    [nl, 'Kook uw water 3 minuten.', []],
    [nl, 'In 112 woningen is geen water.', []],
    [nl, 'Bel ons als u een van de 112 woningen heeft.', []],
    [nl, 'De update komt om 10:20 op 02-12-2026.', []],
    [nl, 'Het kost € 112, 1.000 euro of 3,5%.', []],
    [nl, 'Postcode 3511 AB en 1012 JS.', []],
    [us, 'Update at 6:34 AM on 12/02/2026, about 911 homes.', []],
  ];
  for (const [feed, text, want] of cases) assert.deepEqual(said(feed, text), want, text);
});
