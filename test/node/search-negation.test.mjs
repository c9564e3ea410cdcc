// Trial Y (Riverbend Water, a boil water advisory): "no water" showed first the billing notice "Online bill payment is
// down" ("No late fees will be charged …"), and the FAQ's answers that begin with "No." or say "no late fees"; "can i
// drink the watter" put the advisory below three FAQ answers, "Can my pets drink the tap water?" first. Causes: "no" is
// a word of its own in the search; the publisher's name "Riverbend Water" was left out of the incidents' search beside
// "no", so it was searched as "no" alone; and the incidents' search corrected no typo, so the advisory held half the
// words. Now "no" counts only before the word it is said of (src/search/negation.ts), a name word stays beside "no"
// alone (own-name.ts), and the incidents' search undoes a consonant typed twice or once too few (incidents.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const engine = await importTs('src/search/index.ts');
const { negationPairs } = await importTs('src/search/negation.ts');
const { IncidentSearch } = await importTs('src/components/faq/incident-search.ts');
const read = (name) => JSON.parse(readFileSync(new URL(`../fixtures/search/${name}`, import.meta.url), 'utf8'));
const water = read('trial-y-water.json');
const council = read('municipality-faq.json');
const NOW = Date.parse('2026-12-15T16:30:00Z');

/** The results as `<clearline-faq>` lists them: incidents holding more than half the words, the FAQ's clear answers holding all, the other incidents, the rest. */
function shown(query, publisher = water.publisher.name) {
  const outcome = engine.buildIndex(water.entries, 'en').search(query), first = engine.fullAnswersFirst(outcome);
  const inc = new IncidentSearch().find(engine, water.incidents, 'en', query, [], NOW, publisher);
  const ids = (partial) => inc.filter((h) => !!h.partial === partial).map((h) => `incident:${h.incident.id}`);
  return [...ids(false), ...outcome.hits.slice(0, first).map((h) => h.id), ...ids(true), ...outcome.hits.slice(first).map((h) => h.id)];
}
const ADVISORY = 'incident:water-quality-2026-12-14-0552';

test('a negation is paired with the next word of its field', () => {
  assert.deepEqual(negationPairs(['no', 'late', 'fee', 'charg'], 'no'), ['no late']);
  assert.deepEqual(negationPairs(['no', 'turn', 'ice', 'no'], 'no'), ['no turn']);
  assert.deepEqual(negationPairs(['water', 'no'], 'no'), []);
});

test('"no water" finds the boil water advisory (its "No water at all …" action) first, not the billing notice or answers that start with "No."', () => {
  for (const query of ['no water', 'no water ']) {
    const list = shown(query);
    assert.equal(list[0], ADVISORY, `${query}: ${list}`);
    assert.ok(!list.includes('incident:billing-down'), `${query}: ${list}`);
    // "If you use ready-to-feed formula, no water is needed" says "no water"; "No late fees …" and "No. Turn off …" do not.
    assert.equal(list[1], 'baby-formula', `${query}: ${list}`);
    assert.ok(list.indexOf('bill') < 0 || list.indexOf('bill') > 4, `${query}: ${list}`);
  }
  // "no" alone, or last while typing, is a word as before; "no late fee" still finds the billing notice and the late-fee answer.
  assert.equal(shown('no late fee')[0], 'incident:billing-down');
  assert.equal(shown('no late fee')[1], 'bill');
  assert.ok(shown('no').includes('bill'));
});

test('Dutch "geen" likewise: "geen stroom" finds the entry without power, not an answer saying "geen kosten"', () => {
  const index = engine.buildIndex([
    { id: 'stroom', question: 'Ik heb geen stroom. Is er een storing?', answer: 'Kijk eerst of uw buren ook geen stroom hebben. Bel dan het storingsnummer.' },
    { id: 'monteur', question: 'Moet ik de monteur betalen?', answer: 'Nee. Geen kosten voor een storing aan ons net.' },
  ], 'nl');
  assert.deepEqual(index.search('geen stroom').hits.map((h) => h.id), ['stroom']);
  assert.deepEqual(index.search('geen kosten').hits.map((h) => h.id), ['monteur']);
});

test('"can i drink the watter" finds the boil water advisory first, as "can i drink the water" does', () => {
  for (const query of ['can i drink the watter', 'can i drink the water', 'can i drink the watter ']) assert.equal(shown(query)[0], ADVISORY, query);
  // Only that kind of slip: "mail" is still not read as "fail" in an incident.
  const mail = { ...water.incidents[1], id: 'mail', title: { en: 'Logging in failed' }, affects: [], actions: [], known: { en: 'Nobody can log in since 09:00.' }, unknown: { en: 'How long it lasts.' } };
  assert.deepEqual(new IncidentSearch().find(engine, [mail], 'en', 'mail', [], NOW), []);
});

test('a council FAQ full of "Can my …?" and "No. …": "no …" questions find their answer, and no answer only for its "No."', () => {
  const index = engine.buildIndex(council.entries, 'en');
  const noise = [];
  let top1 = 0;
  for (const [query, id] of council.queries) {
    const outcome = index.search(query);
    top1 += outcome.hits[0]?.id === id;
    // A hit among the first three that holds none of the query's words but "no".
    const words = outcome.terms.filter((t) => t !== 'no' && !t.startsWith('no '));
    if (/^no /.test(query)) for (const h of outcome.hits.slice(0, 3)) if (!h.terms.some((t) => words.includes(t))) noise.push(`${query}: ${h.id}`);
  }
  assert.equal(top1, council.queries.length);
  assert.deepEqual(noise, []);
});
