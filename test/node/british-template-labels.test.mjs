// A UK water company's studio listed the water-quality template as "Boil-water or do-not-drink advice", above a template
// whose title says "Boil Water Notice in Harrogate": British water companies and their regulator name a "Boil Water
// Notice" and a "Do Not Drink Notice"; Irish ones a "Do Not Consume Notice". On a British or Irish clock (as the
// templates read it, british.ts) the studio's names say so; elsewhere they stay as they were. The names read there are
// also taken by --template.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { templateLabel, selectLabel } = await importTs('src/templates/labels.ts');
const { templateNamed } = await importTs('src/templates/index.ts');

test('the water-quality template\'s name on a British, Irish, Dutch, US clock and without one', () => {
  assert.equal(templateLabel('en', 'water-quality', 'Europe/London'), 'Boil Water Notice or Do Not Drink Notice');
  assert.equal(templateLabel('en', 'water-quality', 'Europe/Belfast'), 'Boil Water Notice or Do Not Drink Notice');
  assert.equal(templateLabel('en', 'water-quality', 'Europe/Dublin'), 'Boil Water Notice or Do Not Consume Notice');
  assert.equal(selectLabel('en', 'water-quality', 'Europe/London'), 'Drinking water notice');
  assert.equal(templateLabel('en', 'water-quality', 'Europe/Amsterdam'), 'Boil-water or do-not-drink advice');
  // A US utility says "boil water advisory" and "do not drink notice" (trial Y, american.ts).
  assert.equal(templateLabel('en', 'water-quality', 'America/Chicago'), 'Boil water advisory or do-not-drink notice');
  assert.equal(selectLabel('en', 'water-quality', 'America/Chicago'), 'Drinking water advisory');
  assert.equal(templateLabel('en', 'water-quality'), 'Boil-water or do-not-drink advice');
  assert.equal(selectLabel('en', 'water-quality', 'Europe/Amsterdam'), 'Drinking water advice');
  // The Dutch names do not change with the clock; nor do the other templates' English names.
  assert.equal(templateLabel('nl', 'water-quality', 'Europe/London'), 'Kookadvies of niet drinken');
  assert.equal(templateLabel('en', 'water', 'Europe/London'), 'Water outage');
});

test('--template takes the British and Irish names as it takes the others', () => {
  assert.equal(templateNamed('Boil Water Notice or Do Not Drink Notice'), 'water-quality');
  assert.equal(templateNamed('Boil Water Notice or Do Not Consume Notice'), 'water-quality');
  assert.equal(templateNamed('Drinking water notice'), 'water-quality');
  assert.equal(templateNamed('Boil water advisory or do-not-drink notice'), 'water-quality');
  assert.equal(templateNamed('Drinking water advisory'), 'water-quality');
});
