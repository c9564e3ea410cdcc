// Trial S (an airline's check-in outage): "wanneer is het opgelost" / "when will it be fixed" gave "No results". A query
// that only asks when the trouble ends (src/search/timing.ts) is answered by the incident going on, placed above the
// FAQ's results; these check which queries are such, and how seldom real questions of the search's development sets
// are (StackFAQ, Banking77, the Dutch set: the FAQ's first result would move down one place only for those, and only
// while an incident is going on; the FAQ's own ranking is not touched).
import assert from 'node:assert/strict';
import test from 'node:test';
import { loadDatasets } from '../../bench/search/datasets.mjs';
import { importTs } from './ts-import.mjs';

const { asksWhen, buildIndex } = await importTs('src/search/index.ts');
const ROOT = new URL('../..', import.meta.url).pathname;

test('questions that only ask when, in Dutch and English (either on any page)', () => {
  const when = [
    'wanneer is het opgelost', 'hoe lang duurt het nog', 'wanneer werkt het weer', 'is het al opgelost?', 'Wanneer is de storing voorbij?', 'hoelang nog',
    'when will it be fixed', 'how long', 'when will it be back', 'is it fixed yet', 'How long will the outage take?', 'When is it back up?', 'ETA?',
  ];
  for (const q of when) assert.equal(asksWhen(q), true, q);
});

test('a question with a topic of its own is not one: the FAQ answers it', () => {
  const other = [
    'wanneer kan ik bloed laten prikken', 'wanneer krijg ik mijn geld terug', 'hoe werkt het', 'parkeren', 'ambulance', '',
    'when will my card arrive', 'how long does a transfer take', 'how does it work', 'is it down', 'what is the problem', 'when',
  ];
  for (const q of other.slice(0, -1)) assert.equal(asksWhen(q), false, q);
  assert.equal(asksWhen('when'), true, 'a lone "when" asks when');
});

test('real questions of the development sets seldom ask only when; where they do, the FAQ\'s first answer moves down one place', () => {
  const sets = loadDatasets(ROOT);
  const report = {};
  for (const s of sets) {
    const index = buildIndex(s.entries.map((e) => ({ id: e.id, question: e.question, answer: e.answer, tags: e.tags })), s.lang);
    const flagged = s.queries.filter((q) => asksWhen(q.q));
    const moved = flagged.filter((q) => index.search(q.q).hits[0]?.id === q.id);
    report[s.name] = { queries: s.queries.length, flagged: flagged.map((q) => q.q), firstMovedDown: moved.length };
    assert.ok(flagged.length <= Math.max(2, s.queries.length / 100), `${s.name}: ${flagged.map((q) => q.q).join(' | ')}`);
  }
  // Measured 2026-12-07: StackFAQ 0 of 1,250; Banking77 1 of 308 ("How long will it take to get to me?", its card delivery
  // answer second behind the incident); Dutch 2 of 112 ("hoe lang duurt de storing" moves its entry about outages second,
  // "wanneer is de storing voorbij" was not first anyway).
  if (report.stackfaq) assert.equal(report.stackfaq.flagged.length, 0);
  assert.deepEqual(report.banking77.flagged, ['How long will it take to get to me?']);
  assert.ok(Object.values(report).reduce((n, r) => n + r.firstMovedDown, 0) <= 2, JSON.stringify(report));
});
