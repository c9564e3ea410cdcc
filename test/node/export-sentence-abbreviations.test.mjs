// Trial W, an Irish gas network (en-IE): "… homes in Naas and Newbridge (Co. Kildare, Eircodes W91 and W12) have no gas."
// was cut at "Co." (County) as if the sentence ended there: the phone message said "… Naas and Newbridge (Co. Smell gas?
// …" and the social post ended a line "(Co." without the Eircodes. Now no export ends a sentence after a common English or
// Dutch abbreviation, nor inside an open bracket (src/export/sentences.ts). Small feed: test/fixtures/export/eirgas-0610.json.
// Uses dist/ for the CLI.
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { splitSentences, firstSentence } = await importTs('src/export/sentences.ts');
const AT_0615 = Date.parse('2026-12-15T06:15:00Z');
const KNOWN = 'Since 05:40 about 8,500 homes in Naas and Newbridge (Co. Kildare, Eircodes W91 and W12) have no gas.';

test('splitSentences and firstSentence: no end after an English abbreviation', () => {
  assert.equal(firstSentence(`${KNOWN} A gas main lost pressure in the cold.`), KNOWN);
  assert.deepEqual(splitSentences('Go to St. Brigid\'s Hall on Main Rd. Bring e.g. Water and warm clothes. Call us.'), ["Go to St. Brigid's Hall on Main Rd. Bring e.g. Water and warm clothes.", 'Call us.']);
  assert.deepEqual(splitSentences('Dr. Byrne and Mrs. Kelly are on site. Approx. 300 homes, incl. Naas, are out.'), ['Dr. Byrne and Mrs. Kelly are on site.', 'Approx. 300 homes, incl. Naas, are out.']);
  assert.equal(firstSentence('The depot at No. 12 Dublin Rd. Naas is open. Bring ID.'), 'The depot at No. 12 Dublin Rd. Naas is open.');
  assert.deepEqual(splitSentences('Is it safe to go back in? No. Wait for the engineer.'), ['Is it safe to go back in?', 'No.', 'Wait for the engineer.'], '"No." before a word is an answer');
});

test('splitSentences and firstSentence: no end after a Dutch abbreviation', () => {
  assert.equal(firstSentence('Sinds 05:40 hebben ca. 8.500 woningen geen gas. Monteurs zijn onderweg.'), 'Sinds 05:40 hebben ca. 8.500 woningen geen gas.');
  assert.deepEqual(
    splitSentences('Haal water bij o.a. Sporthal De Brug en bijv. Het Stadhuis. Kook het water i.p.v. Het te filteren. Bel z.s.m. De huisarts bij klachten.'),
    ['Haal water bij o.a. Sporthal De Brug en bijv. Het Stadhuis.', 'Kook het water i.p.v. Het te filteren.', 'Bel z.s.m. De huisarts bij klachten.'],
  );
  assert.equal(firstSentence('Het uitdeelpunt is op nr. 5 aan de Markt. Neem een tas mee.'), 'Het uitdeelpunt is op nr. 5 aan de Markt.');
  assert.equal(firstSentence('Vragen m.b.t. Uw aansluiting, d.w.z. De meter? Bel ons.'), 'Vragen m.b.t. Uw aansluiting, d.w.z. De meter?');
});

test('splitSentences: no end inside an open bracket, and never a sentence ending with one', () => {
  assert.deepEqual(splitSentences('Water is unsafe (see the map. It shows the streets). Boil it.'), ['Water is unsafe (see the map. It shows the streets).', 'Boil it.']);
  for (const s of splitSentences(`${KNOWN} Engineers are on site. Do not turn your meter back on yourself.`)) assert.doesNotMatch(s, /\([^)]*$/, s);
  assert.equal(firstSentence('Bij een controle vonden we bacteriën (E. coli) in het water in Melle. Kook het water.'), 'Bij een controle vonden we bacteriën (E. coli) in het water in Melle.', 'as before');
  assert.equal(firstSentence('Er is een lek. 112 woningen zijn zonder water.'), 'Er is een lek.', 'a digit still starts a sentence');
});

test('clearline export: the phone message and the social post keep "Co. Kildare" and the Eircodes (trial W, 06:15)', async () => {
  await withCliDir('clearline-abbrev-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), readFileSync(join(FIXTURES, 'eirgas-0610.json'), 'utf8'));
    const ivr = cli('export', 'feed.json', '--to', 'ivr');
    assert.equal(ivr.status, 0, ivr.stderr);
    assert.match(ivr.stdout, /Naas and Newbridge, Co\. Kildare, Eircodes W91 and W12, have no gas\. Smell gas\?/);
    assert.doesNotMatch(ivr.stdout, /\(Co\./);
    const social = cli('export', 'feed.json', '--to', 'social');
    assert.equal(social.status, 0, social.stderr);
    assert.match(social.stdout, /^Since 05:40 about 8,500 homes in Naas and Newbridge \(Co\. Kildare, Eircodes W91 and W12\) have no gas\.$/m);
    for (const line of social.stdout.split('\n')) assert.doesNotMatch(line, /\([^)]*$/, `a line with an open bracket: ${line}`);
  }, { now: AT_0615, tz: 'Europe/Dublin' });
});
