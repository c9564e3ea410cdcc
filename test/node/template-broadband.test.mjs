// A broadband provider's night desk ("Northline Telecom", Europe/London, English only), 02:00, a fibre cut in Leeds and
// Bradford: it typed `clearline new incident --template broadband`, the word its customers use, and was refused
// ("there is no template \"broadband\""). The telecom template is the one that fits; these names now lead to it.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';
import { withCliDir } from './export-kit.mjs';

const { templateNamed } = await importTs('src/templates/index.ts');

// "mobile network" now leads to the mobile template (template-mobile.test.mjs).
test('--template broadband, fibre, telecoms, landline, glasvezel and telefonie are the telecom template', () => {
  for (const name of ['broadband', 'Broadband', 'fibre', 'fiber', 'telecoms', 'landline', 'glasvezel', 'telefonie']) assert.equal(templateNamed(name), 'telecom', name);
  // The names that were there stay as they were.
  assert.equal(templateNamed('internet'), 'telecom');
  assert.equal(templateNamed('telecom'), 'telecom');
});

test('clearline new incident --template broadband makes the telecom incident in a British feed', async () => {
  await withCliDir('clearline-broadband-', async (dir, run) => {
    const r = run('new', 'incident', '--template', 'broadband', '--id', 'fibre-cut-leeds', '--feed-id', 'northline-telecom', '--publisher', 'Northline Telecom',
      '--publisher-url', 'www.northline.example', '--time-zone', 'Europe/London', '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /from the telecom template \(en\)/);
  });
});
