// Trial W (an Irish gas network, findings 26, 29, 9, 17): at Wednesday 12:00 the SMS read "Monitoring the fix: Relighting
// gas in Naas... Smell gas? …": the phase label took 20 characters while the title was cut and the meter action was left
// out; the fraud warning began "Cause identified: People posing as Éirgas engineers". The phase label is now the first
// thing to give way (sms-phase.ts), gives way to the update's news too (sms-news.ts), and is not said on a scam warning or
// when the update changed the title. A warning's line in another incident's SMS takes no urgent action of its own (sms-fraud.ts).
// Fixtures: the trial's feeds at 12:02 on Tuesday and 12:00 on Wednesday (test/fixtures/export/eirgas-1202.json, -1612.json).
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { exportSms } = await importTs('src/export/sms.ts');
const { phaseKept, smsPhase } = await importTs('src/export/sms-phase.ts');
const { TERMS } = await importTs('src/i18n/terms.ts');
const eirgas = (at) => JSON.parse(readFileSync(join(FIXTURES, `eirgas-${at}.json`), 'utf8'));
const TUE_1205 = Date.parse('2026-12-15T12:05:00Z');
const WED_1205 = Date.parse('2026-12-16T12:05:00Z');
const LINK = 'https://www.eirgas.example/status';
const GAS = 'gas-2026-12-15-0610';
const SMELL = 'Smell gas? Go outside and call the emergency line at once (1800 20 55 55).';

test('Wednesday 12:00: the whole title and no "Monitoring the fix:"; the meter action left out is said to the desk', () => {
  const sms = exportSms(eirgas('1612'), { incident: GAS, now: WED_1205 });
  assert.equal(sms.text, `Relighting gas in Naas and Newbridge. ${SMELL} ${LINK}`);
  // The title changed in this update ("No gas …" before): it says what moved on, the label is not said, nor missed.
  assert.deepEqual(sms.shortened, ['next']);
  assert.equal(sms.urgentLeftOut, 'Keep your gas meter turned off …');
  // Two parts carry it, and the fraud warning's line does not take its place (it did before the phase gave way).
  const two = exportSms(eirgas('1612'), { incident: GAS, now: WED_1205, parts: 2 });
  assert.ok(two.text.includes(`${SMELL} Keep your gas meter turned off.`), two.text);
  assert.doesNotMatch(two.text, /Monitoring the fix/);
});

test('the fraud warning says no "Cause identified:", in one SMS or two', () => {
  for (const parts of [1, 2]) {
    const sms = exportSms(eirgas('1612'), { incident: 'scam-engineers', now: WED_1205, parts });
    assert.ok(sms.text.startsWith('People posing as Éirgas engineers'), sms.text);
    assert.ok(!sms.shortened.includes('phase'), `${sms.shortened}`);
  }
  const scam = eirgas('1612').incidents[0];
  assert.equal(smsPhase(scam, { phase: 'Cause identified', resolved: false, title: 'People posing as Éirgas engineers' }, TERMS.en), '');
});

test('Tuesday 12:02: the phase gives way first, so the next update stays beside the whole title and the 999 action', () => {
  const sms = exportSms(eirgas('1202'), { now: TUE_1205 });
  assert.equal(sms.text, `No gas in Naas and Newbridge. ${SMELL} Next update 16:00. ${LINK}`);
  assert.deepEqual(sms.shortened, ['phase', 'news']);
  assert.equal(sms.urgentLeftOut, 'Keep your gas meter turned off …');
});

test('room left after the urgent actions goes to the news before the phase label', () => {
  const f = eirgas('1202');
  f.incidents[0].actions[1].label['en-IE'] = 'Keep your gas meter turned off. Do not turn it back on yourself.';
  const two = exportSms(f, { now: TUE_1205, parts: 2 });
  assert.equal(two.text, `No gas in Naas and Newbridge. Pressure in the gas main is back. ${SMELL} You live or work in the affected area? Keep your gas meter turned off. Do not turn it back on yourself. Next update 16:00. ${LINK}`);
  assert.deepEqual(two.shortened, []);
});

test('phaseKept: a phase label only where it costs nothing; when one announced ahead begins, as before', () => {
  const plain = { titlePart: 'No gas in Naas and Newbridge.', actionPart: 'Smell gas? Call.', nextPart: 'Next update 16:00.' };
  assert.equal(phaseKept(plain, plain, [], false), true);
  assert.equal(phaseKept(plain, { ...plain, nextPart: '' }, ['next'], false), false);
  assert.equal(phaseKept(plain, { ...plain, titlePart: 'No gas in Naas...' }, ['title-shortened'], false), false);
  assert.equal(phaseKept(plain, { ...plain, nextPart: '' }, ['next'], true), true);
  assert.equal(phaseKept(plain, { ...plain, titlePart: 'No gas...' }, ['title-shortened'], true), false);
});

test('clearline export --to sms on Wednesday 12:05: the whole title, and the note names the meter action', () =>
  withCliDir('clearline-sms-phase-last-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(eirgas('1612')));
    const r = run('export', 'feed.json', '--to', 'sms', '--incident', GAS, '--force');
    assert.equal(r.stdout, `Relighting gas in Naas and Newbridge. ${SMELL} ${LINK}\n`, r.stderr);
    assert.match(r.stderr, /note: this SMS leaves out the urgent action "Keep your gas meter turned off …"; 2 SMS parts carry it: add --parts 2/);
    assert.doesNotMatch(r.stderr, /phase/);
  }, { now: WED_1205, tz: 'Europe/Dublin' }));
