// Trial W (an Irish gas network): with a gas outage and a doorstep-fraud warning open, the phone message said "People
// posing as Éirgas engineers." and left out "Do not let them in and do not pay" for time (finding 22); at the gas
// all-clear it led with the fraud title, then a first sentence that repeats it, and still no advice, while it did say
// "What we don't know yet: who is behind it" (finding 28). It said "Smell gas?" twice and "Fire, ambulance, Gardaí: 112 or
// 999: hang up and call 999". Now no incident is a bare title (ivr-never-bare.ts): its first urgent action comes with it,
// shortened at a sentence end if needed, or the incident is left out for "There is a second notice on our website."
// Fixtures: the trial's 15:06 and 18:03 feeds (test/fixtures/export/eirgas-1506.json, eirgas-1718-resolved.json).
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, FIXTURES, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { clauseCut, summaryRepeats, sameLeadIn, noticeSentence } = await importTs('src/export/ivr-never-bare.ts');
const two = () => JSON.parse(readFileSync(join(FIXTURES, 'eirgas-1506.json'), 'utf8'));
const allClear = () => JSON.parse(readFileSync(join(FIXTURES, 'eirgas-1718-resolved.json'), 'utf8'));
const AT_1508 = Date.parse('2026-12-15T15:08:00Z');
const AT_1805 = Date.parse('2026-12-17T18:05:00Z');
const FRAUD = 'People posing as Éirgas engineers';
const DO = 'Someone at your door asks for money to relight the gas? Do not let them in and do not pay.';
const NOTICE = 'There is a second notice on our website.';
const count = (text, s) => text.split(s).length - 1;

test('two incidents (gas + fraud): the fraud title comes with its urgent action, shortened at a sentence end', () => {
  const r = x.exportIvr(two(), { now: AT_1508 });
  assert.ok(r.fits, `${r.seconds} s: ${r.text}`);
  assert.ok(r.text.includes(`${FRAUD}. ${DO}`), r.text);
  // Its last sentence gave way, and the desk is told.
  assert.ok(r.dropped.includes('todo-scam-engineers-rest'), r.dropped.join());
  assert.ok(!r.text.includes(NOTICE), r.text);
});

test('"Smell gas?" is said once; a channel name with two numbers is said as a choice', () => {
  const r = x.exportIvr(two(), { now: AT_1508 });
  assert.equal(count(r.text, 'Smell gas?'), 1, r.text);
  assert.ok(r.text.includes('then call that number. Go outside and call the emergency line at once.'), r.text);
  assert.ok(r.text.includes('Fire, ambulance, Gardaí: hang up and call 112 or 999.'), r.text);
  assert.ok(!r.text.includes('112 or 999: hang up'), r.text);
  // Both numbers said as phone numbers by the voice.
  assert.match(r.ssml, /call <prosody rate="90%"><say-as interpret-as="telephone">112<\/say-as><\/prosody> or <prosody rate="90%"><say-as interpret-as="telephone">999</);
});

test('with no room for title + one action, the incident is left out for a second notice, and named to the desk', () => {
  const f = two();
  // One long sentence with no sentence or clause end to shorten at.
  f.incidents.find((i) => i.id === 'scam-engineers').actions[0].label['en-IE'] = 'Do not let anyone who says they are from Éirgas and asks for money for the relight into your home and do not pay them anything at all but close the door and call the Gardaí';
  const r = x.exportIvr(f, { now: AT_1508 });
  assert.ok(r.fits, `${r.seconds} s: ${r.text}`);
  assert.ok(!r.text.includes(FRAUD), r.text);
  assert.equal(count(r.text, NOTICE), 1, r.text);
  assert.ok(r.dropped.includes('also-scam-engineers') && r.dropped.includes('todo-scam-engineers'), r.dropped.join());
});

test('all-clear (fraud leads): its first sentence is said once, without the title before it, with what to do', () => {
  const r = x.exportIvr(allClear(), { now: AT_1805 });
  assert.ok(r.fits, `${r.seconds} s: ${r.text}`);
  assert.equal(count(r.text, FRAUD), 1, r.text);
  assert.ok(r.text.startsWith(`${FRAUD} may still call at homes in Naas and Newbridge.`), r.text);
  assert.ok(r.text.includes(DO), r.text);
  assert.ok(!/who is behind it/i.test(r.text), r.text);
});

test('pure parts: a first sentence that repeats the title, a cut at a sentence or clause end, one lead-in, the notice in Dutch', () => {
  assert.equal(summaryRepeats('People posing as Éirgas engineers', 'People posing as Éirgas engineers may still call.'), true);
  assert.equal(summaryRepeats('No gas in Naas', 'Pressure in the gas main is back.'), false);
  assert.deepEqual(clauseCut([`${DO} Close the door and call the Gardaí on 112 or 999.`]), [DO]);
  assert.deepEqual(clauseCut(['Keep your meter off: an engineer will relight it.']), ['Keep your meter off.']);
  assert.equal(clauseCut(['Call us.']), undefined);
  const kept = sameLeadIn([
    { key: 'emergency', sentence: ['Smell gas? Call the gas line: ', { tel: '1800 20 55 55' }, '.'] },
    { key: 'emergency', sentence: ['In danger: hang up and call ', { tel: '112' }, '.'] },
    { key: 'known-2', sentence: ['Engineers are relighting.'] },
    { key: 'todo-gas', sentence: ['Smell gas? Go outside and call the emergency line at once.'] },
  ]);
  assert.deepEqual(kept.map((k) => k.key), ['emergency', 'todo-gas', 'emergency', 'known-2']);
  assert.deepEqual(kept[1].sentence, ['Go outside and call the emergency line at once.']);
  assert.equal(noticeSentence('nl-BE', 1, true), 'Er staat een tweede melding op onze website.');
  assert.equal(noticeSentence('en-IE', 1, true), NOTICE);
});

test('export --to ivr (fixed clock, Dublin): the fraud action is said; the note names what of it was left out', async () => {
  await withCliDir('clearline-ivr-never-bare-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(two()));
    const r = run('export', 'feed.json', '--to', 'ivr');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.includes(`${FRAUD}. ${DO}`), r.stdout);
    assert.ok(!r.stdout.includes(`${FRAUD}. Expected`), r.stdout);
    assert.match(r.stderr, /the last sentences of urgent action 1 of incident "People posing as Éirgas engineers"/);
  }, { now: AT_1508, tz: 'Europe/Dublin' });
});
