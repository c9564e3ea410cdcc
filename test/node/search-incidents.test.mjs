// Trial Q (a hospital, 02:20): the FAQ search did not find the open incident on the same page ("ambulance": no results).
// Open incidents are searched on an index of their own (src/search/incidents.ts), so the FAQ's ranking stays as it was;
// these check which words find an incident, and that words the incident barely shares do not.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { buildIncidentIndex, buildIndex, clearAnswers } = await importTs('src/search/index.ts');
const { incidentDoc } = await importTs('src/components/faq/incident-docs.ts');
const { trialQIncident, TRIAL_Q_ENTRIES } = await importTs('test/fixtures/trial-q.ts');

const NOW = Date.parse('2026-12-15T01:20:00Z');
const hospital = trialQIncident(NOW);
const found = (incidents, lang, query) => clearAnswers(buildIncidentIndex(incidents.map((i) => incidentDoc(i, lang)), lang).search(query)).map((h) => h.id);

test('the trial\'s searches find the open incident, in Dutch and English (title, what we know, actions, affects)', () => {
  for (const q of ['ambulance', 'ambulances', 'amb', 'spoedeisende hulp wachttijd', 'eerste hulp', 'huisartsenpost', 'afspraken op de poli']) assert.deepEqual(found([hospital], 'nl', q), [hospital.id], `nl "${q}"`);
  for (const q of ['ambulance', 'emergency room', 'waiting time', 'emergency department', 'outpatient appointments', 'GP']) assert.deepEqual(found([hospital], 'en', q), [hospital.id], `en "${q}"`);
  // A word the incident does not use is a vocabulary question: "A&E" stays unanswered (no synonyms in the search).
  assert.deepEqual(found([hospital], 'en', 'A&E'), []);
});

test('the hospital\'s ordinary questions do not find the incident', () => {
  for (const q of ['parkeren', 'bezoektijden', 'medicijnen ophalen', 'bloed prikken']) assert.deepEqual(found([hospital], 'nl', q), [], `nl "${q}"`);
  for (const q of ['parking', 'visiting hours', 'pick up my medication', 'blood test']) assert.deepEqual(found([hospital], 'en', q), [], `en "${q}"`);
});

test('an incident must hold half of the reader\'s words, and is not found through a spelling correction', () => {
  const storm = { ...hospital, id: 'storm', title: { en: 'Storm: flights cancelled' }, affects: [], actions: [], known: { en: 'No flights leave Schiphol before 18:00.' }, unknown: { en: 'When flights will leave again.' } };
  assert.deepEqual(found([storm], 'en', 'flights'), ['storm']);
  assert.deepEqual(found([storm], 'en', 'flight cancelled'), ['storm']);
  assert.deepEqual(found([storm], 'en', 'flight parking garage'), [], 'one word of three');
  // "mail" is one letter from "fail": the FAQ's own index corrects a slip, the incidents' index does not guess.
  const mail = { ...storm, id: 'mail', title: { en: 'Logging in failed' }, known: { en: 'Nobody can log in since 09:00.' }, unknown: { en: 'How long it lasts.' } };
  assert.deepEqual(found([mail], 'en', 'mail'), []);
  assert.equal(buildIndex([{ id: 'f', question: 'Logging in failed', answer: 'Nobody can log in since 09:00.' }, { id: 'p', question: 'Parking', answer: 'Car park P1.' }], 'en').search('failre').hits[0]?.id, 'f');
});

test('with two open incidents, each is found by its own words', () => {
  const later = { ...hospital, id: 'ambulances-again', title: { nl: 'Spoedeisende hulp neemt vanaf woensdag 07:00 weer ambulances aan' }, affects: [], actions: [], known: { nl: 'Vanaf woensdag brengen ambulances patiënten weer naar onze spoedeisende hulp.' }, unknown: { nl: '' } };
  assert.deepEqual(found([hospital, later], 'nl', 'ambulance').sort(), ['ambulances-again', hospital.id].sort());
  assert.deepEqual(found([hospital, later], 'nl', 'woensdag'), ['ambulances-again']);
  assert.deepEqual(found([hospital, later], 'nl', 'computersysteem'), [hospital.id]);
});

test('real questions of another FAQ (stackfaq, 1250) do not find an unrelated incident', { skip: !readStack() && 'stackfaq.json missing' }, () => {
  const { entries } = readStack();
  const queries = entries.flatMap((e) => e.queries ?? []);
  const index = buildIncidentIndex([incidentDoc(hospital, 'en')], 'en');
  const hits = queries.filter((q) => clearAnswers(index.search(q)).length);
  assert.ok(queries.length > 1000);
  assert.ok(hits.length <= queries.length / 100, `${hits.length} of ${queries.length}: ${hits.slice(0, 5).join(' | ')}`);
  // The FAQ's own entries are indexed as before: the trial's FAQ still answers its own questions first.
  const faq = buildIndex(TRIAL_Q_ENTRIES.map((e) => ({ id: e.id, question: e.question.nl, answer: e.answer.nl, tags: e.tags })), 'nl');
  assert.equal(faq.search('Gaat mijn afspraak door?').hits[0]?.id, 'gaat-afspraak-door');
});

function readStack() {
  try {
    return JSON.parse(readFileSync(new URL('../../../shared/data/stackfaq.json', import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
}
