// The forms an SMS gives an urgent action after its first (src/export/sms-urgent-more.ts), and which first action stays
// first (src/export/sms-urgent-first.ts). Trial W: "Keep your gas meter turned off. Do not turn it back on yourself: an
// Éirgas engineer will relight it" never went in one SMS, and the 12:02 SMS led with it instead of the emergency line.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { labelCuts, urgentForms, moreUrgent } = await importTs('src/export/sms-urgent-more.ts');
const { callsEmergency, emergencyStaysFirst } = await importTs('src/export/sms-urgent-first.ts');
const METER = { en: 'Keep your gas meter turned off. Do not turn it back on yourself: an Éirgas engineer will relight it', nl: 'Laat uw gasmeter dicht. Zet hem niet zelf weer open: een monteur van Éirgas doet dat' };
const AREA = { en: 'You live or work in the affected area', nl: 'U woont of werkt in het getroffen gebied' };

test('an urgent action is cut between sentences, then where a clause ends, never inside one', () => {
  assert.deepEqual(labelCuts(METER.en), [METER.en, 'Keep your gas meter turned off. Do not turn it back on yourself.', 'Keep your gas meter turned off.']);
  assert.deepEqual(labelCuts(METER.nl), [METER.nl, 'Laat uw gasmeter dicht. Zet hem niet zelf weer open.', 'Laat uw gasmeter dicht.']);
  assert.deepEqual(labelCuts('Ill after drinking it? Call your GP, or 112'), ['Ill after drinking it? Call your GP, or 112', 'Ill after drinking it? Call your GP…']);
});

test('each form with whom it is for first, without it only where it may go', () => {
  const en = urgentForms(AREA.en, METER.en, 'No gas in Naas', 'en');
  assert.equal(en[0], `You live or work in the affected area? ${METER.en}`);
  assert.equal(en[1], METER.en);
  assert.ok(en.includes('Keep your gas meter turned off. Do not turn it back on yourself.'));
  // A who that names a group is said by its name; one that may not go never goes.
  const psr = urgentForms('Customers on our Priority Services Register', 'Call 0800 316 4000, we bring water', 'No water', 'en');
  assert.deepEqual(psr, ['Customers on our Priority Services Register? Call 0800 316 4000, we bring water', 'Priority Services Register: call 0800 316 4000, we bring water', 'Customers on our Priority Services Register? Call 0800 316 4000…', 'Priority Services Register: call 0800 316 4000…']);
});

test('the most of each later action that fits follows, in order', () => {
  const lead = 'Smell gas? Call 1800 20 55 55.';
  const fits = (max) => (s) => s.length <= max;
  assert.deepEqual(moreUrgent([{ label: METER.nl, who: AREA.nl }], lead, 'Geen gas', 'nl', fits(85)), { part: `${lead} Laat uw gasmeter dicht. Zet hem niet zelf weer open.`, said: 1 });
  assert.deepEqual(moreUrgent([{ label: METER.en, who: AREA.en }], lead, 'No gas', 'en', fits(40)), { part: lead, said: 0 });
});

test('a first action calling an emergency line stays first; a new one calling one too may lead', () => {
  const isEmergency = (s) => /emergency|1800205555/.test(s);
  const gas = { label: 'Smell gas? Go outside and call the emergency line at once', href: 'tel:+3531800205555', urgent: true };
  const meter = { label: METER.en, urgent: true };
  assert.equal(callsEmergency(gas, isEmergency), true);
  assert.equal(callsEmergency({ ...gas, urgent: false }, isEmergency), false);
  const kept = emergencyStaysFirst([gas, meter], { view: { actions: [meter, gas] }, fresh: 1 }, isEmergency);
  assert.deepEqual(kept, { view: { actions: [gas, meter] }, fresh: 0 });
  const other = { label: 'Near the works? Call the emergency line', urgent: true };
  const fresh = { view: { actions: [other, gas, meter] }, fresh: 1 };
  assert.equal(emergencyStaysFirst([gas, meter, other], fresh, isEmergency), fresh);
});
