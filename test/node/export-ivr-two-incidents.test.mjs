// Trial V (a UK water company, 06:37): a boil water notice and a supply outage, both major. `export --to ivr` wrote
// nothing: "the message takes 54 s, more than 45 s even shortened". The outage's 18-second Priority Services Register
// action was never dropped, as an incident as severe as the lead kept its action whatever it cost, and at 06:30 on the
// morning of a major outage the 0800 line had no message. Now another incident's urgent action gives way before any of
// the lead's (ivr-wait.ts): the message keeps 999, the lead's act-now with its who, the other incident's title, the wait
// and the next update. Fixture: the trial's 06:36 feed (test/fixtures/export/water-two-0636.json). Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, FIXTURES, withCliDir } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-09T06:37:00Z');
const water = () => JSON.parse(readFileSync(join(FIXTURES, 'water-two-0636.json'), 'utf8'));
const OUTAGE = 'water-2026-12-09-0214';
const ACT_NOW = 'You live or work in the boil-water area? Boil tap water for at least 1 minute';
const PSR = 'Priority Services Register';

// Both are major: the outage began first and leads (feed/incidents.ts, trial V F6); the notice gives way to its title.
// With no room for the other incident's title and action, callers hear that there is a second notice on the website, not a
// bare title (trial W, ivr-never-bare.ts).
const NOTICE = 'There is a second notice on our website.';

test('two major incidents fit in 45 s: 999, the lead\'s act-now with who, a second notice on the website, the wait, the next update', () => {
  const r = x.exportIvr(water(), { now: NOW });
  assert.ok(r.fits && r.seconds <= 45, `${r.seconds} s: ${r.text}`);
  assert.ok(!r.text.includes('Boil Water Notice in Upton upon Severn'), r.text);
  for (const said of ['hang up and call 999', PSR, NOTICE, 'Expected wait about 25 minutes', 'The next update is at 10:30']) assert.ok(r.text.includes(said), `${said}: ${r.text}`);
  assert.ok(!r.text.includes(ACT_NOW), r.text);
  assert.ok(r.dropped.includes('todo-boil-upton'), r.dropped.join());
});

test('with the boil water notice first (--incident) the outage gives way to a second notice, before any of the lead\'s actions', () => {
  const r = x.exportIvr(water(), { now: NOW, incident: 'boil-upton' });
  assert.ok(r.fits && r.seconds <= 45, `${r.seconds} s: ${r.text}`);
  assert.ok(!r.text.includes('No water or low pressure in Tewkesbury'), r.text);
  for (const said of ['hang up and call 999', ACT_NOW, NOTICE, 'Expected wait about 25 minutes', 'The next update is at 10:30']) assert.ok(r.text.includes(said), `${said}: ${r.text}`);
  assert.ok(!r.text.includes(PSR), r.text);
  const other = r.dropped.indexOf(`todo-${OUTAGE}`);
  const lead = r.dropped.findIndex((d) => d.startsWith('todo-boil-upton'));
  assert.ok(other >= 0 && (lead < 0 || other < lead), r.dropped.join());
});

test('with room the other incident\'s action is still said', () => {
  const f = water();
  f.incidents[1].actions[0] = { label: { en: 'Call us for bottled water' }, who: { en: 'On our Priority Services Register' }, urgent: true };
  const r = x.exportIvr(f, { now: NOW, incident: 'boil-upton' });
  assert.ok(r.fits && r.text.includes(`No water or low pressure in Tewkesbury, Upton and Ledbury. On our ${PSR}? Call us for bottled water.`), `${r.seconds} s: ${r.text}`);
});

test('export --to ivr writes the message and names the incident of the action left out; lint warns of no refusal', async () => {
  await withCliDir('clearline-ivr-two-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(water()));
    const r = run('export', 'feed.json', '--to', 'ivr', '--incident', 'boil-upton');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.includes(ACT_NOW), r.stdout);
    assert.doesNotMatch(r.stderr, /over-budget|not written/);
    assert.match(r.stderr, /urgent action 1 of incident "No water or low pressure in Tewkesbury,…" \("If you are on our Priority Services…"\)/);
    const lint = run('lint', 'feed.json');
    assert.doesNotMatch(lint.stdout + lint.stderr, /phone-message-too-long/);
    const forIvr = run('lint', 'feed.json', '--for', 'ivr');
    assert.doesNotMatch(forIvr.stdout + forIvr.stderr, /ivr-too-long/);
    assert.match(forIvr.stdout, /\[ivr-shortened\]/);
  }, { now: NOW, tz: 'Europe/London' });
});
