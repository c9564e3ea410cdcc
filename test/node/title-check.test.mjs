// export/title-check.ts: the studio's question and when `clearline update` asks it (trial W, finding 18).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { TITLE_CHECK, titleCheckDue } = await importTs('src/export/title-check.ts');
const base = { knownBefore: { en: 'No gas since 05:40.' }, knownAfter: { en: 'Pressure in the gas main is back.' }, titleGiven: false, resolve: false, correct: false };

test('asked when what we know changes under the same title', () => {
  assert.equal(titleCheckDue(base), true);
  assert.match(TITLE_CHECK.en, /still say what is going on\?$/);
  assert.match(TITLE_CHECK.nl, /nog wat er aan de hand is\?$/);
});

test('not asked with a new title, at the all-clear, for a correction, or when what we know is unchanged', () => {
  assert.equal(titleCheckDue({ ...base, titleGiven: true }), false);
  assert.equal(titleCheckDue({ ...base, resolve: true }), false);
  assert.equal(titleCheckDue({ ...base, correct: true }), false);
  assert.equal(titleCheckDue({ ...base, knownAfter: base.knownBefore }), false);
});
