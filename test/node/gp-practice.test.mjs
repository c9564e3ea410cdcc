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
