// The statistics of the no-answer check in the search bench (bench/search/noanswer.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auc, cutAt, features, fitLogistic } from '../../bench/search/noanswer.mjs';

test('auc: 1 when every positive scores above every negative, 0.5 for ties, 0 when reversed', () => {
  assert.equal(auc([3, 4], [1, 2]), 1);
  assert.equal(auc([1, 2], [3, 4]), 0);
  assert.equal(auc([1, 1], [1, 1]), 0.5);
  assert.equal(auc([2, 4], [1, 3]), 0.75);
});

test('cutAt: the value below which the given share falls', () => {
  const xs = Array.from({ length: 101 }, (_, i) => 100 - i);
  assert.equal(cutAt(xs, 0.1), 10);
  assert.equal(xs.filter((x) => x < cutAt(xs, 0.1)).length, 10);
});

test('fitLogistic finds the feature that separates, whatever its scale, with equal weight per group', () => {
  // Feature 0 separates (positives high), feature 1 is noise on a large scale.
  let seed = 1;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const make = (n, shift) => Array.from({ length: n }, () => [shift + rand(), 1000 * rand()]);
  const { w, b } = fitLogistic([{ pos: make(200, 1), neg: make(50, 0) }, { pos: make(20, 1), neg: make(20, 0) }]);
  assert.ok(w[0] > 0, 'the separating feature counts for an answer');
  assert.ok(Math.abs(w[1]) * 1000 < Math.abs(w[0]), 'the noise feature weighs little');
  const score = (x) => w[0] * x[0] + w[1] * x[1] + b;
  assert.ok(score([1.9, 500]) > 0 && score([0.1, 500]) < 0);
});

test('features: log of the best score over the ideal, and the second best over the ideal', () => {
  const [logRel, second] = features({ evidence: { hits: [{ score: 2, exact: false, coverage: 1 }], second: 1, ideal: 4 } });
  assert.ok(Math.abs(logRel - Math.log(0.501)) < 1e-9);
  assert.equal(second, 0.25);
  assert.equal(features({ evidence: { hits: [], second: 0, ideal: 4 } }), null);
});
