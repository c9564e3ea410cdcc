// Trial Z (a hospital trust during a resident doctors' strike): "is the hospital closed" found the pharmacy, blood test
// and parking answers, never "Is A&E open during the strike?" nor the strike notice ("A&E … stays open"): the FAQ says
// "open", the patient typed "closed". "my op on thursday" found no answer about an operation ("op" is no word of the FAQ).
// Now a word for "closed" that no entry has finds "open" (and the other way round), and a few standard short forms count
// as the word in full (src/search/related-words.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const engine = await importTs('src/search/index.ts');
const { relatedTerms, OPPOSITE_WEIGHT } = await importTs('src/search/related-words.ts');
const { IncidentSearch } = await importTs('src/components/faq/incident-search.ts');
const read = (path) => JSON.parse(readFileSync(new URL(`../fixtures/search/${path}`, import.meta.url), 'utf8'));
const hospital = read('trial-z-hospital.json');
const banking = read('banking77/faq.json');
const NOW = Date.parse('2026-12-17T11:00:00Z');

/** The results as `<clearline-faq>` lists them (as in search-negation.test.mjs). */
function shown(query) {
  const outcome = engine.buildIndex(hospital.entries, 'en').search(query), first = engine.fullAnswersFirst(outcome);
  const inc = new IncidentSearch().find(engine, hospital.incidents, 'en', query, [], NOW, hospital.publisher.name);
  const ids = (partial) => inc.filter((h) => !!h.partial === partial).map((h) => `incident:${h.incident.id}`);
  return [...ids(false), ...outcome.hits.slice(0, first).map((h) => h.id), ...ids(true), ...outcome.hits.slice(first).map((h) => h.id)];
}
const ids = (entries, query, lang = 'en') => engine.buildIndex(entries, lang).search(query).hits.map((h) => h.id);

test('"is the hospital closed" finds the strike notice first and "Is A&E open during the strike?"', () => {
  for (const query of ['is the hospital closed', 'is the hospital closed ', 'is the hospital shut']) {
    const list = shown(query);
    assert.equal(list[0], 'incident:strike-2026-12-14-1600', `${query}: ${list}`);
    assert.ok(list.slice(0, 5).includes('ae-open'), `${query}: ${list}`);
  }
});

test('"open" is marked in the answer found for "closed"', () => {
  const hit = engine.buildIndex(hospital.entries, 'en').search('is the hospital closed ').hits.find((h) => h.id === 'ae-open');
  assert.deepEqual(hit?.terms, ['open']);
});

test('"my op on thursday" finds "Has my appointment or operation been cancelled?" first, with a clear answer', () => {
  for (const query of ['my op on thursday', 'my op', 'appt cancelled']) {
    const outcome = engine.buildIndex(hospital.entries, 'en').search(query);
    assert.equal(outcome.hits[0]?.id, 'appointment-cancelled', `${query}: ${outcome.hits.map((h) => h.id)}`);
    assert.ok(outcome.confident, query);
  }
  assert.equal(shown('my op on thursday')[1], 'appointment-cancelled');
});

test('where an entry has the word typed, its opposite does not count: "open an account" is not "close my account"', () => {
  assert.equal(ids(banking.entries, 'Can I open an account for a child?')[0], 'age_limit');
  assert.equal(ids(banking.entries, 'How do I close my account?')[0], 'terminate_account');
});

test('the other way round, and in Dutch: "open" finds "closed", "dicht" finds "open", "afspr" is "afspraak"', () => {
  const en = [
    { id: 'pharmacy', question: 'Pharmacy hours', answer: 'The pharmacy is closed on Sundays.' },
    { id: 'parking', question: 'Parking', answer: 'Parking costs £2 an hour.' },
  ];
  assert.deepEqual(ids(en, 'is it open'), ['pharmacy']);
  assert.deepEqual(ids(en, 'is it open '), ['pharmacy']);
  const nl = [
    { id: 'balie', question: 'Wanneer is de balie open?', answer: 'De balie is open van 9 tot 17 uur.' },
    { id: 'afspraak', question: 'Hoe verzet ik mijn afspraak?', answer: 'Bel ons of gebruik de link in de bevestiging.' },
    { id: 'parkeren', question: 'Waar kan ik parkeren?', answer: 'Achter het gebouw.' },
  ];
  assert.equal(ids(nl, 'is de balie dicht', 'nl')[0], 'balie');
  assert.equal(ids(nl, 'balie gesloten', 'nl')[0], 'balie');
  assert.equal(ids(nl, 'afspr verzetten', 'nl')[0], 'afspraak');
});

test('related terms: short forms in full, a side of opposites as one word, the other side at a lower weight', () => {
  const en = engine.termProcessor('en');
  assert.deepEqual(relatedTerms(en('op'), 'en', en), [{ term: en('operation'), weight: 1 }]);
  assert.deepEqual(relatedTerms(en('closed'), 'en', en), [{ term: en('shut'), weight: 1 }, { term: en('open'), weight: OPPOSITE_WEIGHT, opposite: true }]);
  assert.deepEqual(relatedTerms(en('parking'), 'en', en), []);
  const nl = engine.termProcessor('nl');
  // Dutch "op" is a preposition (and a stop word), never "operatie".
  assert.deepEqual(relatedTerms('op', 'nl', nl), []);
});
