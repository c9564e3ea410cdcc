// The studio's template select shows a short name where the full one was cut off at 360 px ("Telecomprovider" for
// "Internet-, tv- of telefoonprovider"). A desk that read the short name there can type it to `clearline new incident
// --template` too, as it can the full one; the full names and the ids are unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { templateNamed, TEMPLATE_NAMES } = await importTs('src/templates/index.ts');
const { TEMPLATE_LABELS, TEMPLATE_SHORT_LABELS } = await importTs('src/templates/labels.ts');

test('every short select name names its template, as the full name does', () => {
  for (const lang of ['nl', 'en']) {
    for (const [name, short] of Object.entries(TEMPLATE_SHORT_LABELS[lang])) {
      assert.ok(TEMPLATE_NAMES.includes(name), name);
      assert.equal(templateNamed(short), name, `${lang} ${short}`);
      assert.equal(templateNamed(TEMPLATE_LABELS[lang][name]), name, `${lang} ${TEMPLATE_LABELS[lang][name]}`);
      assert.ok(short.length < TEMPLATE_LABELS[lang][name].length, `${lang} ${short} is shorter`);
    }
  }
  assert.equal(templateNamed('Telecomprovider'), 'telecom');
  assert.equal(templateNamed('Drinking water advice'), 'water-quality');
  assert.equal(TEMPLATE_LABELS.nl.outage, 'Storing website, app, IT of telefooncentrale');
});
