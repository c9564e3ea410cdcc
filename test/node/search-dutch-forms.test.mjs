// Trial U (a Flemish bank, a phishing wave): on the nl-BE page "opgelicht" found nothing (the FAQ's tag was "oplichter"),
// and "iemand belde van de fraudedienst" found neither the FAQ's answers about callers ("gebeld") nor the open phishing
// incident, whose text said 'valse medewerkers "van de fraudedienst"' and "Er bellen ook …", while "overschrijving niet
// aangekomen" put that incident above the payment answer ("aangekomen" was split as "aang" + "komen" and found "te komen").
// The Snowball stemmer leaves participles, past tenses and agent nouns apart from their verb: src/search/dutch-forms.ts.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { buildIncidentIndex, buildIndex, clearAnswers } = await importTs('src/search/index.ts');
const { participle, verbForms } = await importTs('src/search/dutch-forms.ts');

const BANK = [
  { id: 'codes', question: 'Ik heb mijn codes gegeven aan een oplichter. Wat nu?', answer: 'Bel meteen Card Stop om uw kaart te blokkeren, en daarna onze fraudelijn.', tags: ['code gegeven', 'oplichter', 'gebeld', 'digipass'] },
  { id: 'fake', question: 'Hoe herken ik een nepbericht of een nepbeller?', answer: "Een bericht dat haast maakt of een beller die naar codes vraagt: dat is oplichting. Hang op en bel zelf het nummer op uw kaart.", tags: ['nepbericht', 'sms', 'link', 'valse', 'telefoontje'] },
  { id: 'hours', question: 'Wanneer is de klantendienst bereikbaar?', answer: 'Op weekdagen van 8 tot 20 uur.', tags: ['openingsuren', 'telefoon'] },
  { id: 'transfer', question: 'Een betaling of overschrijving is niet aangekomen', answer: 'Overschrijvingen komen meestal dezelfde werkdag aan. Doe de betaling niet opnieuw.', tags: ['betaling', 'overschrijving', 'loon'] },
  { id: 'safe', question: 'Is mijn geld veilig?', answer: 'Ja. Uw geld en gegevens blijven op uw rekening.', tags: ['geld', 'veilig', 'gehackt'] },
];
const PHISHING = {
  id: 'phishing',
  question: "Valse sms'en en telefoontjes uit naam van de bank",
  answer: 'Sinds 07:30 krijgen mensen sms\'en die van ons lijken te komen. Er bellen ook valse medewerkers "van de fraudedienst" die om uw codes vragen. Dat is oplichting.\n\nKlik niet op de link, bel niet terug en geef niemand uw codes.',
};
const ATTACK = { id: 'attack', question: 'Cyberaanval: app en online bankieren werken niet', tags: ['de app', 'online bankieren'], answer: 'De app werkt niet door de cyberaanval. Betalen met uw bankkaart werkt wel.' };

test('"opgelicht" finds the answer tagged "oplichter"; "oplichting" and "opgelicht" find each other', () => {
  const faq = buildIndex(BANK, 'nl');
  const o = faq.search('opgelicht');
  assert.equal(o.hits[0]?.id, 'codes');
  assert.equal(o.confident, true);
  assert.deepEqual(faq.search('opgelicht ').hits.map((h) => h.id).sort(), ['codes', 'fake']);
  const other = buildIndex([{ id: 'a', question: 'Ben ik opgelicht?', answer: 'Bel ons.' }, { id: 'b', question: 'Openingsuren', answer: 'Van 8 tot 20 uur.' }], 'nl');
  assert.equal(other.search('oplichting ').hits[0]?.id, 'a');
  assert.equal(other.search('oplichters').hits[0]?.id, 'a');
});

test('"iemand belde van de fraudedienst" finds the open incident that says it, and the FAQ\'s "gebeld"', () => {
  const incidents = buildIncidentIndex([PHISHING, ATTACK], 'nl');
  assert.deepEqual(clearAnswers(incidents.search('iemand belde van de fraudedienst')).map((h) => h.id), ['phishing']);
  const faq = buildIndex(BANK, 'nl');
  assert.ok(faq.search('iemand belde ').hits.some((h) => h.id === 'codes'), 'gebeld');
  // The compound's second half after its linking -e-: "dienst", not "edienst".
  const fraud = buildIndex([{ id: 'f', question: 'Fraude melden', answer: 'Bel onze fraudelijn.' }, { id: 'o', question: 'Openingsuren', answer: 'Van 8 tot 20 uur.' }], 'nl');
  assert.deepEqual(fraud.search('fraudedienst ').terms, ['fraud', 'dienst']);
});

test('"overschrijving niet aangekomen": the phishing incident is no answer ("aangekomen" is not "aang" + "komen")', () => {
  const incidents = buildIncidentIndex([PHISHING, ATTACK], 'nl');
  const o = incidents.search('overschrijving niet aangekomen');
  assert.deepEqual(clearAnswers(o).map((h) => h.id), []);
  assert.ok(!o.terms.includes('kom'), o.terms.join());
  assert.equal(buildIndex(BANK, 'nl').search('overschrijving niet aangekomen').hits[0]?.id, 'transfer');
});

// Any sector: an energy company's FAQ says "melden", the reader "gemeld"; a municipality's says "ophalen", the reader "opgehaald".
test('a participle finds its verb in other sectors too', () => {
  const energy = buildIndex([
    { id: 'report', question: 'Moet ik een storing melden?', answer: 'Nee, wij weten ervan.' },
    { id: 'bill', question: 'Mijn jaarafrekening', answer: 'Uw jaarafrekening staat online.' },
  ], 'nl');
  assert.equal(energy.search('al gemeld').hits[0]?.id, 'report');
  const town = buildIndex([
    { id: 'waste', question: 'Wanneer wordt het afval opgehaald?', answer: 'Volgens de afvalkalender.' },
    { id: 'passport', question: 'Een paspoort aanvragen', answer: 'Maak een afspraak.' },
  ], 'nl');
  assert.equal(town.search('ophalen').hits[0]?.id, 'waste');
  assert.equal(town.search('aangevraagd').hits[0]?.id, 'passport');
});

test('participles and their forms; nouns that start with "ge" are not participles', () => {
  assert.deepEqual(participle('opgelicht'), ['op', 'licht']);
  assert.deepEqual(participle('aangekomen'), ['aan', 'kom']);
  for (const w of ['gebied', 'gegevens', 'geld', 'gemeente', 'gebeldje']) assert.equal(participle(w), undefined, w);
  assert.ok(verbForms('belde').includes('gebeld') && verbForms('belde').includes('bellen'));
  assert.ok(verbForms('oplichter').includes('opgelicht'));
});
