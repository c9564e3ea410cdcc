// Trial W (a gas network): "smell gas", "gas leak" and "i can smell gas what do i do" showed two open incidents above
// the FAQ's "I smell gas. What should I do?": "No gas in Naas and Newbridge", with the snippet "Pressure in the gas
// main is back…" (its action "You smell gas: Smell gas? Go outside…" says what to do), and "People posing as Éirgas
// engineers", which holds only "gas". An incident result now shows the part of it that matched best, and one holding
// only some of the reader's words comes after the FAQ's clear answers holding all of them.
import assert from 'node:assert/strict';
import test from 'node:test';
import { loadDatasets } from '../../bench/search/datasets.mjs';
import { importTs } from './ts-import.mjs';

const engine = await importTs('src/search/index.ts');
const { IncidentSearch } = await importTs('src/components/faq/incident-search.ts');
const { TRIAL_W_ENTRIES, trialWIncidents } = await importTs('test/fixtures/trial-w.ts');
const { trialQIncident, TRIAL_Q_ENTRIES } = await importTs('test/fixtures/trial-q.ts');

const ROOT = new URL('../..', import.meta.url).pathname;
const NOW = Date.parse('2026-12-15T15:06:00Z');
const gas = trialWIncidents(NOW);
const faqIndex = (entries, lang) => engine.buildIndex(entries.map((e) => ({ id: e.id, question: e.question[lang], answer: e.answer[lang], tags: e.tags })), lang);
const incidents = (list, lang, query) => new IncidentSearch().find(engine, list, lang, query, [], NOW);

/** The results as the FAQ shows them: incidents holding more than half the words, the FAQ's first clear answers, the other incidents, the rest. */
function shown(entries, list, lang, query) {
  const outcome = faqIndex(entries, lang).search(query), first = engine.fullAnswersFirst(outcome);
  const inc = incidents(list, lang, query), ids = (partial) => inc.filter((h) => !!h.partial === partial).map((h) => `incident:${h.incident.id}`);
  return [...ids(false), ...outcome.hits.slice(0, first).map((h) => h.id), ...ids(true), ...outcome.hits.slice(first).map((h) => h.id)];
}

test('an incident result shows the action that holds the reader\'s words, with its who, not the start of what we know', () => {
  for (const query of ['smell gas', 'i can smell gas what do i do', 'gas leak']) {
    const naas = incidents(gas, 'en', query).find((h) => h.incident.id === 'gas-2026-12-15-0610');
    assert.equal(naas?.snippet, 'You smell gas: Smell gas? Go outside and call the emergency line at once', query);
  }
  assert.equal(incidents(gas, 'nl', 'gas ruiken').find((h) => h.incident.id === 'gas-2026-12-15-0610')?.snippet, 'U ruikt gas: Ruikt u gas? Ga naar buiten en bel meteen het storingsnummer');
  // Words only in what we know: that part, as before; words only in the title: the whole text (undefined).
  assert.match(incidents(gas, 'en', 'newbridge')[0].snippet, /^Pressure in the gas main is back/);
  assert.equal(incidents(gas, 'nl', 'nepmonteur')[0].snippet, undefined);
});

test('an incident holding half or less of the words comes after the FAQ\'s clear answer holding all of them', () => {
  assert.deepEqual(shown(TRIAL_W_ENTRIES, gas, 'en', 'smell gas').slice(0, 3), ['incident:gas-2026-12-15-0610', 'smell-gas', 'incident:scam-engineers']);
  // A consonant typed once too few is read as typed right in the incidents too (trial Y: "can i drink the watter").
  for (const query of ['i can smell gas what do i do', 'smel gas']) assert.deepEqual(shown(TRIAL_W_ENTRIES, gas, 'en', query).slice(0, 3), ['incident:gas-2026-12-15-0610', 'smell-gas', 'incident:scam-engineers'], query);
  for (const query of ['gas leak']) assert.deepEqual(shown(TRIAL_W_ENTRIES, gas, 'en', query).slice(0, 3), ['smell-gas', 'incident:gas-2026-12-15-0610', 'incident:scam-engineers'], query);
  assert.deepEqual(shown(TRIAL_W_ENTRIES, gas, 'nl', 'gas lek').slice(0, 3), ['smell-gas', 'incident:gas-2026-12-15-0610', 'incident:scam-engineers']);
  // Every word in the incident: it stays first; no clear FAQ answer: the incidents stay first.
  assert.deepEqual(shown(TRIAL_W_ENTRIES, gas, 'en', 'relight').slice(0, 2), ['incident:scam-engineers', 'incident:gas-2026-12-15-0610']);
  assert.deepEqual(shown(TRIAL_W_ENTRIES, gas, 'en', 'newbridge'), ['incident:gas-2026-12-15-0610', 'incident:scam-engineers']);
  const hospital = trialQIncident(NOW);
  for (const query of ['ambulance', 'spoedeisende hulp wachttijd', 'eerste hulp']) assert.equal(shown(TRIAL_Q_ENTRIES, [hospital], 'nl', query)[0], `incident:${hospital.id}`, query);
});

test('the development sets (StackFAQ, banking77, Dutch): the right incident seldom goes down, an unrelated one more often', () => {
  // No development set has open incidents, so each question's own entry plays one (left out of the FAQ): it should stay
  // first; and the next entry plays an unrelated one: it should not stay above the FAQ's right first answer.
  const asDoc = (e) => ({ id: e.id, question: e.question, answer: e.answer, tags: e.tags });
  const down = (hit, outcome) => engine.holdsHalfOrLess(hit) && engine.fullAnswersFirst(outcome) > 0;
  let found = 0, rightDown = 0, unrelatedAbove = 0, unrelatedAboveNow = 0;
  const report = {};
  for (const s of loadDatasets(ROOT)) {
    const index = engine.buildIndex(s.entries.map(asDoc), s.lang), at = new Map(s.entries.map((e, i) => [e.id, i]));
    const r = (report[s.name] = { questions: s.queries.length, rightFound: 0, rightDown: 0, unrelatedAboveBefore: 0, unrelatedAboveNow: 0 });
    for (const { q, id } of s.queries) {
      const i = at.get(id), outcome = index.search(q);
      const right = engine.clearAnswers(engine.buildIncidentIndex([asDoc(s.entries[i])], s.lang).search(q))[0];
      if (right) r.rightFound++, (r.rightDown += +down(right, { ...outcome, hits: outcome.hits.filter((h) => h.id !== id) }));
      const other = engine.clearAnswers(engine.buildIncidentIndex([asDoc(s.entries[(i + 1) % s.entries.length])], s.lang).search(q))[0];
      if (other && outcome.hits[0]?.id === id) r.unrelatedAboveBefore++, (r.unrelatedAboveNow += +!down(other, outcome));
    }
    found += r.rightFound, rightDown += r.rightDown, unrelatedAbove += r.unrelatedAboveBefore, unrelatedAboveNow += r.unrelatedAboveNow;
  }
  console.log(JSON.stringify(report));
  assert.ok(rightDown <= found / 100, `right incident below a wrong entry: ${rightDown} of ${found}`);
  assert.ok(unrelatedAbove - unrelatedAboveNow > rightDown, `unrelated incident above the right entry: ${unrelatedAbove} before, ${unrelatedAboveNow} now`);
});
