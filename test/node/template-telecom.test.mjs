// A British broadband provider (Northwire, English only, Europe/London) made its fibre-cut incident
// with `new incident --template telecom`. Its ready-made act-now said "In an emergency call 112 from
// a mobile", and the guidance asked "whether 112 can be reached": a British reader knows 999, an
// American 911. The flood and recall templates already leave the number out of the English text
// ("the emergency number"; the publisher writes its own); power and telecom did not. And the
// template's urgent contact reason is "My personal alarm does not work", but no action told those
// readers (telecare over broadband or a landline) what to do now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { TEMPLATE_NAMES, TEMPLATES, incidentFromTemplate, contactReasonsFromTemplate } = await importTs('src/templates/index.ts');

test('no template names a country\'s emergency number in its English text', () => {
  for (const name of TEMPLATE_NAMES) {
    const inc = incidentFromTemplate(name, { id: 'x', langs: ['en'], now: Date.parse('2026-12-02T13:00:00Z') });
    const text = JSON.stringify([inc, TEMPLATES[name].reasons.map((r) => r.label.en)]);
    assert.doesNotMatch(text, /\b(112|999|911)\b/, name);
  }
});

test('telecom: the personal-alarm contact reason has an act-now of its own, in both languages', () => {
  const inc = incidentFromTemplate('telecom', { id: 'fibre', langs: ['nl', 'en'], now: Date.parse('2026-12-02T13:00:00Z') });
  assert.equal(contactReasonsFromTemplate('telecom', ['en']).find((r) => r.urgent).id, 'alarm');
  const alarm = inc.actions.find((a) => /personal alarm/.test(a.label.en));
  assert.ok(alarm, 'an action for personal alarm users');
  assert.equal(alarm.urgent, true);
  assert.match(alarm.label.nl, /personenalarmering/);
  assert.match(alarm.who.en, /personal alarm/);
  // Still marked, so nobody publishes it unread.
  assert.match(alarm.label.en, /^\[\[TODO: check and remove this mark\]\] /);
});

test('telecom: the English names the box at home as British readers know it (router), not only "modem"', () => {
  const inc = incidentFromTemplate('telecom', { id: 'fibre', langs: ['nl', 'en'], now: Date.parse('2026-12-02T13:00:00Z') });
  const restart = inc.actions.find((a) => /modem/.test(a.label.nl));
  assert.match(restart.label.en, /\brouter\b/);
});

// A fibre cut takes the home phone with it where it runs over the same line (Britain's digital switchover,
// most Dutch landlines): the act-now said to call from a mobile "because it works on any network", not
// that the home phone may not reach the emergency number now, which is the reason to reach for the mobile.
// Its SMS still ends on a whole sentence (the first act-now is what the SMS keeps).
test('telecom: the emergency act-now says the home phone may not work now, in both languages', () => {
  const inc = incidentFromTemplate('telecom', { id: 'fibre', langs: ['nl', 'en'], now: Date.parse('2026-12-02T13:00:00Z') });
  const first = inc.actions[0];
  assert.equal(first.urgent, true);
  assert.match(first.label.nl, /mobiele telefoon \(dat werkt via elk netwerk\); uw vaste telefoon werkt nu misschien niet$/);
  assert.match(first.label.en, /from a mobile \(it works on any network\); your home phone may not work now$/);
});

// The power template told everyone who uses medical equipment at home to call the emergency number: 112 and
// 999 are for a life in danger; an oxygen concentrator without power is first the supplier's to solve.
test('power: medical equipment at home: the supplier first, the emergency number when a life is in danger', () => {
  const inc = incidentFromTemplate('power', { id: 'p', langs: ['nl', 'en'], now: Date.parse('2026-12-02T13:00:00Z') });
  const a = inc.actions.find((x) => /medische apparatuur/.test(x.who.nl));
  assert.match(a.label.nl, /Bel de leverancier van het apparaat; bel 112 als er levensgevaar is$/);
  assert.match(a.label.en, /Call the supplier of the equipment; call the emergency number if a life is in danger$/);
  assert.match(incidentFromTemplate('power', { id: 'p', langs: ['en'], now: Date.parse('2026-12-02T13:00:00Z'), timeZone: 'America/Chicago' }).actions.find((x) => /medical equipment/.test(x.who.en)).label.en, /call 911 if a life is in danger$/);
});
