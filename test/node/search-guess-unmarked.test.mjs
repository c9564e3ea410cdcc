// Trial O: the FAQ search "lost property" (no such answer) said "No clear answer. 3 results that may help" and marked
// "last" in the night-bus answer, as if it were the word searched ("lost" one letter away). Without a clear answer a
// correction is a guess: only words as typed (or being completed) are marked. With one, a typo's correction still is.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { buildIndex } = await importTs('src/search/index.ts');
const idx = buildIndex([
  { id: 'night', question: 'Do night buses run during the strike?', answer: 'The last night bus leaves the city centre at 23:30.' },
  { id: 'refund', question: 'Can I get a refund on my season ticket?', answer: 'Yes, ask for a refund for each strike day.' },
  { id: 'school', question: 'Do school buses run?', answer: 'School buses run as normal.' },
], 'en');

test('no clear answer: a correction ("list" → "last") is not marked in the results that may help', () => {
  // "lost" itself is no longer corrected to "last": it is a form of "lose" (irregular-verbs.ts), so "lost property" offers no night bus.
  for (const q of ['lost property', 'lost property ']) assert.deepEqual(idx.search(q).hits, [], q);
  for (const q of ['list property', 'list property ']) {
    const o = idx.search(q);
    assert.equal(o.confident, false, q);
    assert.ok(o.hits.length > 0, 'the night-bus answer is still offered');
    assert.deepEqual(o.hits.flatMap((h) => h.terms), [], q);
  }
  // A word as typed is still marked when the answer is unsure: "strike" in "lost strike property".
  const mixed = idx.search('lost strike property ');
  assert.equal(mixed.confident, false);
  assert.deepEqual(mixed.hits.find((h) => h.id === 'night').terms, [idx.process('strike')]);
});

test('a clear answer keeps its corrections marked: "refnd season ticket" marks refund', () => {
  const o = idx.search('refnd season ticket');
  assert.equal(o.confident, true);
  assert.ok(o.hits[0].terms.includes(idx.process('refund')), JSON.stringify(o.hits[0]));
});
