// FAQ search (Dutch): a compound typed wrong still finds its entry by its halves, one corrected
// (src/search/query.ts: `compound`, `typoCompound`; see also `wholeCompound`, 'stroomstoring').
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importTs } from './ts-import.mjs';

const { buildIndex } = await importTs('src/search/index.ts');

const energy = [
  { id: 'stroom', question: 'Ik heb geen stroom. Is er een storing?', answer: 'Kijk of de buren ook zonder stroom zitten.' },
  { id: 'warm-water', question: 'Waarom heb ik geen warm water?', answer: 'Wacht na een stroomstoring tien minuten: de ketel start vanzelf opnieuw.' },
  { id: 'gas-storing', question: 'Ik heb geen gas. Is er een storing?', answer: 'Draai de gaskraan dicht en wacht tot het gas terug is.' },
  { id: 'gas-lucht', question: 'Wat doe ik als ik gas ruik?', answer: 'Ga naar buiten en bel het nummer voor gas.' },
];
const ids = (q) => buildIndex(energy, 'nl').search(q, 10).hits.map((h) => h.id);

test('a compound the FAQ has whole, typed wrong (a letter twice, swapped, left out), finds the entry its halves are in first', () => {
  // Before: "stroomstorring" was corrected to the whole word only (the warm-water entry, in passing),
  // and "stroomstoirng" (two edits from the stem "stroomstor") found nothing.
  for (const q of ['stroomstorring', 'stroomstorring ', 'stroomstoirng', 'strromstoring ', 'stroomstorng ', 'vergoeding stroomstorring']) assert.equal(ids(q)[0], 'stroom', q);
});

test('a compound the FAQ writes apart, with its second half typed wrong, corrects that half: gasstoirng finds the gas outage, not only "gas"', () => {
  // Before: "stoirng" counted as a word the FAQ does not have; both gas entries matched "gas" alike.
  for (const q of ['gasstoirng', 'gasstorring ', 'gasstorng ']) assert.equal(ids(q)[0], 'gas-storing', q);
});

test('a compound whose stem hides its second half is split as typed: gasstoring (stem gasstor) finds the gas outage', () => {
  // Before: split on the stem, gas + "stor", and "stor" matched nothing.
  assert.equal(ids('gasstoring ')[0], 'gas-storing');
  assert.equal(ids('stroomstoring')[0], 'stroom');
  assert.equal(ids('buuren ')[0], 'stroom');
});
