// The templates' contact reason about money after an outage, in the sector's words. Every utility and telecom template
// offered "Schade of vergoeding" / "Damage or compensation": a broadband desk's customers ask for money off their bill
// and read "damage" as if something had been broken; only a power cut damages appliances. The id stays `compensation`.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';
const { contactReasonsFromTemplate } = await importTs('src/templates/index.ts');

const compensation = (name, zone = 'Europe/Amsterdam') => contactReasonsFromTemplate(name, ['nl', 'en'], zone).find((r) => r.id === 'compensation')?.label;

test('broadband asks about money off the bill, a power cut about damaged appliances, gas and heating about the outage', () => {
  assert.deepEqual(compensation('telecom'), { nl: 'Een vergoeding of korting op mijn rekening', en: 'Compensation or money off my bill' });
  assert.deepEqual(compensation('power'), { nl: 'Een vergoeding, of schade aan mijn apparaten', en: 'Compensation, or damage to my appliances' });
  for (const name of ['gas', 'heating']) assert.deepEqual(compensation(name), { nl: 'Een vergoeding voor de storing', en: 'Compensation for the outage' }, name);
  // A US provider's customers get a credit on their bill.
  assert.equal(compensation('telecom', 'America/Chicago').en, 'Compensation or a credit on my bill');
});

test('no template offers "Schade of vergoeding" / "Damage or compensation" any more; the bank template asks about payments', async () => {
  const { TEMPLATE_NAMES } = await importTs('src/templates/names.ts');
  for (const name of TEMPLATE_NAMES) {
    for (const r of contactReasonsFromTemplate(name, ['nl', 'en'], 'Europe/Amsterdam')) {
      assert.notEqual(r.label.nl, 'Schade of vergoeding', name);
      assert.notEqual(r.label.en, 'Damage or compensation', name);
    }
  }
  assert.deepEqual(contactReasonsFromTemplate('payments', ['nl'], 'Europe/Amsterdam').map((r) => r.id), ['fraud', 'suspicious', 'log-in', 'payment-failed', 'incoming', 'charged-twice']);
});
