// Trial Z (a UK hospital trust): the all-clear SMS "Strike over: hospital services back to normal. The resident doctors'
// strike ended at 07:00 today. https://…" (139/160) left out "You do not need to call us, unless you have not heard from us
// by 9 January." Now, when not all of the closing text fits, a sentence that says what to do goes before a plain one.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { closingPlan } = await importTs('src/export/sms-closing.ts');
const LINK = 'https://www.eastvale-nhs.example/strike';
const fits = (t, c) => `${t.replace(/[.]?$/, '.')} ${c} ${LINK}`.length <= 160;

const plan = (title, text) => {
  const s = text.match(/[^.!?]+[.!?]/g).map((x) => x.trim());
  return closingPlan(title, { known: [text], summary: s[0], title }, fits);
};

test('English: the instruction is said, not the plain sentence before it', () => {
  const got = plan('Strike over: hospital services back to normal', "The resident doctors' strike ended at 07:00 today. You do not need to call us, unless you have not heard from us by 9 January.");
  assert.equal(got.closing, 'You do not need to call us, unless you have not heard from us by 9 January.');
});

test('Dutch: the same', () => {
  const got = plan('Staking voorbij: ziekenhuis werkt weer zoals gewoonlijk', 'De staking van artsen is vandaag om 07:00 geëindigd. U hoeft ons niet te bellen, tenzij u op 9 januari nog niets van ons heeft gehoord.');
  assert.equal(got.closing, 'U hoeft ons niet te bellen, tenzij u op 9 januari nog niets van ons heeft gehoord.');
});

test('a water company: run the taps is said; all fits, all is said in order', () => {
  const got = plan('Boil water notice lifted in Upton upon Severn', 'Tests show the water in Upton upon Severn is safe again since 14:00. Run your cold tap for two minutes before you drink.');
  assert.equal(got.closing, 'Run your cold tap for two minutes before you drink.');
  const all = plan('Water back on', 'Water is back on. Run your tap first.');
  assert.equal(all.closing, 'Water is back on. Run your tap first.');
});
