// A London bank's desk (walk-through 2026-12-03, payday card outage) ran `new incident --template payments` and read
// "which services fail (the app, online banking, iDEAL, cards, transfers)": iDEAL is a Dutch way to pay. And the
// example titles of the other templates named Dutch places on a British clock ("No tap water in Zeist"). Outside
// Amsterdam's clock the English leaves iDEAL out; on a British or Irish clock the example places are British or Irish.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { TEMPLATE_NAMES, TEMPLATES, incidentFromTemplate, contactReasonsFromTemplate } = await importTs('src/templates/index.ts');
const { BRITISH_IRISH, DUTCH_ONLY } = await importTs('src/templates/british.ts');
const NOW = Date.parse('2026-12-04T17:40:00Z');

const texts = (node) => (Array.isArray(node) ? node.flatMap(texts) : node && typeof node === 'object' ? Object.entries(node).flatMap(([k, v]) => (k === 'en' ? [v] : texts(v))) : []);
const englishOf = (name, timeZone) => texts([incidentFromTemplate(name, { id: 'x', langs: ['en'], now: NOW, timeZone }), contactReasonsFromTemplate(name, ['en'], timeZone)]).join(' | ');
const DUTCH = /\b(?:iDEAL|Utrecht|Zeist|Amersfoort|Noord-Holland|Arnhem)\b/;

for (const zone of ['Europe/London', 'Europe/Dublin']) {
  test(`no template's English names a Dutch place or iDEAL on ${zone}'s clock`, () => {
    for (const name of TEMPLATE_NAMES) assert.doesNotMatch(englishOf(name, zone), DUTCH, name);
  });
}

test('the payments template on a London clock: the services without iDEAL; British places in the example titles', () => {
  assert.match(englishOf('payments', 'Europe/London'), /which services fail \(the app, online banking, cards, transfers\)/);
  assert.match(englishOf('water', 'Europe/London'), /No tap water in Harrogate/);
  assert.match(englishOf('water', 'Europe/Dublin'), /No tap water in Galway/);
  assert.match(englishOf('payments', 'America/Chicago'), /online banking, cards, transfers/);
});

// A British phishing warning names 7726, the free number every British mobile network takes scam texts on; Ireland has none.
// "GP" needs no "(family doctor)" in Britain or Ireland.
test('on a British clock the phishing template names 7726; on an Irish one it does not; GP without its gloss', () => {
  assert.match(englishOf('phishing', 'Europe/London'), /Report the fake message to us \(forward a fake text to 7726, free\), then delete it/);
  assert.doesNotMatch(englishOf('phishing', 'Europe/Dublin'), /7726/);
  assert.doesNotMatch(englishOf('phishing', 'Europe/Amsterdam'), /7726/);
  assert.match(englishOf('recall', 'Europe/London'), /Call your GP if you ate some/);
  assert.match(englishOf('recall', 'Europe/Amsterdam'), /Call your GP \(family doctor\)/);
});

test("on Amsterdam's clock (an English page of a Dutch bank) the English keeps iDEAL and the Dutch places", () => {
  assert.match(englishOf('payments', 'Europe/Amsterdam'), /online banking, iDEAL, cards/);
  assert.match(englishOf('water', 'Europe/Amsterdam'), /No tap water in Zeist/);
});

test('every phrase the British, Irish and non-Dutch English replaces is in the catalog', () => {
  const catalog = JSON.stringify(TEMPLATE_NAMES.map((n) => [TEMPLATES[n].title.en, TEMPLATES[n].known.en, TEMPLATES[n].unknown.en, TEMPLATES[n].actions.map((a) => [a.label.en, a.who.en]), TEMPLATES[n].reasons.map((r) => r.label.en)]));
  for (const [phrase] of [...BRITISH_IRISH, ...DUTCH_ONLY]) assert.ok(catalog.includes(phrase), phrase);
});

// A British water company's burst main (walk-through 2026-12-03): the water template's act-now was the Dutch precautionary
// boil advice, which the SMS carries beside the title; in Britain and Ireland the advice is to run the tap once the water is back.
test('the water template (no water) on a British or Irish clock: run the tap when the water comes back, no boil advice', () => {
  for (const zone of ['Europe/London', 'Europe/Dublin']) {
    const inc = incidentFromTemplate('water', { id: 'x', langs: ['en'], now: NOW, timeZone: zone });
    assert.match(inc.actions[0].label.en, /When your water comes back, run the cold kitchen tap until it runs clear$/, zone);
    assert.equal(inc.actions[0].urgent, true);
    assert.doesNotMatch(englishOf('water', zone), /[Bb]oil/, zone);
  }
  assert.match(englishOf('water', 'Europe/London'), /at the bottled water station: \[\[TODO: address, open from when to when\]\]\. If you are on our Priority Services Register, we will bring it to you/);
  assert.doesNotMatch(englishOf('water', 'Europe/Dublin'), /Priority Services Register/);
  // Everywhere now (catalog.ts): a Dutch night desk too found the boil advice first for a burst main.
  assert.doesNotMatch(englishOf('water', 'Europe/Amsterdam'), /[Bb]oil/);
  assert.match(englishOf('water', 'Europe/Amsterdam'), /When your water comes back, run the cold kitchen tap until it runs clear/);
  assert.match(englishOf('water-quality', 'Europe/London'), /Boil tap water for at least 1 minute/);
});
