// A British GP practice ("Riverside Medical Practice", Europe/London, English only) on the Monday its
// IT supplier was hit by a cyber-attack: phones and online booking down. What its practice manager met.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { templateNamed } = await importTs('src/templates/index.ts');

test('new incident --template: the British "cyber-attack" and "ransomware" are the cyberattack template, "it-outage" the outage one', () => {
  for (const name of ['cyber-attack', 'Cyber-Attack', 'ransomware', 'data-breach', 'hack', 'cyberaanval', 'datalek']) assert.equal(templateNamed(name), 'cyberattack', name);
  for (const name of ['it-outage', 'website', 'app']) assert.equal(templateNamed(name), 'outage', name);
  // Names that say who, not what happened, stay unknown: the error lists the templates to choose from.
  for (const name of ['gp', 'healthcare', 'nhs']) assert.equal(templateNamed(name), undefined, name);
});

// new question made the id (and the file names) "will-the-practice-ask-for-my-bank-detail", a word cut in two.
test('new question: an id made from a long question is cut between words', async () => {
  const { slugOf } = await importTs('src/feed/reason-edit.ts');
  assert.equal(slugOf('Will the practice ask for my bank details?'), 'will-the-practice-ask-for-my-bank');
  assert.equal(slugOf('Will my repeat prescription be late?'), 'will-my-repeat-prescription-be-late');
  assert.equal(slugOf('Is my repeat prescription ready to collect'), 'is-my-repeat-prescription-ready-to');
  // Exactly 40 characters, or a word ending at the 40th: kept whole; one long word: still at most 40.
  assert.equal(slugOf('Will the practice ask for my bank detail'), 'will-the-practice-ask-for-my-bank-detail');
  assert.equal(slugOf('Will the practice ask for my bank detail, Dr?'), 'will-the-practice-ask-for-my-bank-detail');
  assert.equal(slugOf('a'.repeat(50)), 'a'.repeat(40));
  assert.equal(slugOf('Will the practice ask for my bank-details'), 'will-the-practice-ask-for-my-bank');
});
