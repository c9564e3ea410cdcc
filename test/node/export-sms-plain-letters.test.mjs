// Trial W, an Irish gas network: the fraud SMS "People posing as Éirgas engineers. Do not let them in and do not pay."
// left out "Close the door and call the Gardaí on 112 or 999" with 57 characters free: the í of "Gardaí" is not in the
// GSM alphabet and would have made the whole message UCS-2 (70 characters). A letter the alphabet lacks is now written
// as its plain letter (Gardai, Dun Laoghaire, geinformeerd), as SMS writers there do; the é of Éirgas stays. Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-15T15:06:00Z');
const feed = () => ({
  type: 'status', version: 1, feed_id: 'eirgas', time_zone: 'Europe/Dublin', status_url: 'https://www.eirgas.example/status',
  publisher: { name: 'Éirgas Networks', url: 'https://www.eirgas.example' },
  channels: [{ id: 'emergency', kind: 'phone', label: { 'en-IE': 'Gas emergency line' }, href: 'tel:+3531800205555', emergency: true }],
  incidents: [{
    id: 'scam-engineers', severity: 'major', phase: 'identified', started_at: '2026-12-15T15:00:01Z', updated_at: '2026-12-15T15:04:00Z',
    next_update_at: '2026-12-15T17:00:00Z',
    title: { 'en-IE': 'People posing as Éirgas engineers' },
    known: { 'en-IE': 'People posing as Éirgas engineers are calling at homes in Naas and Newbridge and asking for cash to "relight" the gas.' },
    unknown: { 'en-IE': 'How many homes they have called to.' },
    actions: [{ label: { 'en-IE': 'Do not let them in and do not pay. Close the door and call the Gardaí on 112 or 999' }, who: { 'en-IE': 'Someone at your door asks for money to relight the gas' }, urgent: true }],
  }],
});

test('the fraud SMS keeps "call the Gardai on 112 or 999": GSM-7, the í written plain', () => {
  const sms = x.exportSms(feed(), { lang: 'en-IE', now: NOW });
  assert.equal(sms.encoding, 'gsm7', sms.text);
  assert.ok(sms.fits, sms.text);
  assert.match(sms.text, /Close the door and call the Gardai on 112 or 999/, sms.text);
  assert.match(sms.text, /^People posing as Éirgas engineers\./, 'É is in the GSM alphabet and stays');
});

test('Dutch: "geïnformeerd" and "vóór" are written plain, nothing is left out for them', () => {
  const f = feed();
  f.time_zone = 'Europe/Amsterdam';
  f.incidents[0].title = { nl: 'Geen water in Utrecht-Oost, bewoners worden geïnformeerd' };
  f.incidents[0].actions = [{ label: { nl: 'Haal vóór 18:00 drinkwater bij het tappunt Biltstraat' }, urgent: true }];
  f.incidents[0].known = { nl: 'Een hoofdleiding is gesprongen.' };
  f.incidents[0].unknown = { nl: 'Hoe lang het duurt.' };
  const sms = x.exportSms(f, { lang: 'nl', now: NOW });
  assert.equal(sms.encoding, 'gsm7', sms.text);
  assert.match(sms.text, /^Geen water in Utrecht-Oost, bewoners worden geinformeerd\. Haal voor 18:00 drinkwater bij het tappunt Biltstraat\./, sms.text);
});
