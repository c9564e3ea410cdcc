// A UK energy company's storm message: "About 12,500 homes in NE46 have had no power since 02:15. PSR customers: your
// smart meter may show 0 kWh; this is normal." was measured as written, one word per word, where the voice says
// "twelve thousand five hundred", "N E forty-six", "oh two fifteen", "P S R", "zero kilowatt hours". The message was
// reported as 44.8 s of 45 and ran about 8 s over: an IVR that stops at 45 s cuts the wait and the next update. Now
// numbers, times, amounts, units and initialisms count as the words said. (Uses dist/.)
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { broadbandFeed, NOW } from './broadband-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { saidWords } = await importTs('src/export/said-words.ts');

test('a written word counts as the words a voice says for it', () => {
  const cases = { About: 1, 'Utrecht-Oost': 1, '12,500': 4, '4.000': 2, NE46: 4, '02:15.': 3, '14:46': 3, '10:00': 2, '7.30am': 4, '6pm.': 3, PSR: 3, '(PSR),': 3, 'kWh;': 3, mph: 3, '£70': 2, '100%': 4, '3,5': 3, '—': 0 };
  for (const [w, n] of Object.entries(cases)) assert.equal(saidWords(w), n, w);
});

test('IVR: the message is measured as said, so a text full of numbers and initialisms is not reported as fitting when it runs over', () => {
  const words = (known) => {
    const f = broadbandFeed();
    f.incidents[0].known = known;
    // Without what we don't know yet, which the longer message leaves out to fit (ivr-unknown.ts): the same sentences compared.
    f.incidents[0].unknown = '';
    return x.exportIvr(f, { now: NOW }).words;
  };
  // The same sentence with numbers and initialisms, and with one plain word in their place.
  const plain = words('Broadband is down in Leeds. About many homes in Leeds have no service since midnight; PSR customers: your router may show red.');
  const said = words('Broadband is down in Leeds. About 12,500 homes in LS6 have no service since 02:15; PSR customers: your router may show 0 kWh.');
  // 12,500 (+3), LS6 (+2), 02:15 (+2), 0 kWh (+3; "red" was one): 10 words more, 4 seconds at 150 a minute.
  assert.equal(said - plain, 10);
  const f = broadbandFeed();
  f.incidents[0].known = 'Broadband is down in Leeds. About 12,500 homes in LS6, LS7 and LS8 have had no service since 02:15.';
  const r = x.exportIvr(f, { now: NOW });
  assert.ok(r.fits && r.seconds <= 45, `${r.seconds} s`);
});
