// The desk's "did you mean": one edit distance for a mistyped CLI command (kye: key) and an FAQ id a slip or two off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { editDistance } = await importTs('src/lint/edit-distance.ts');

test('insertions, deletions and substitutions count one each; a swap two', () => {
  assert.equal(editDistance('key', 'key'), 0);
  assert.equal(editDistance('kye', 'key'), 2);
  assert.equal(editDistance('sing', 'sign'), 2);
  assert.equal(editDistance('gaat-afspraak-dor', 'gaat-afspraak-door'), 1);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('abc', ''), 3);
  assert.equal(editDistance('kitten', 'sitting'), 3);
});
