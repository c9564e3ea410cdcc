// One rule for a next update more than 4 hours ahead (lint's next-update-too-far), on the command line as in signing:
// `clearline update --next-update "morgen 9:00"` was refused at once, while `clearline new incident --next-update
// "morgen 9:00"` wrote it into feed.json, and only lint and sign refused it after the desk had written every text.
// Now new incident refuses it before writing, in the same words as update (Dutch for a Dutch feed), and the fix says
// what a desk announcing a strike does: give when it starts (--starts, trial O), and an update a day is enough until then.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const CLI = resolve(HERE, '../../dist/cli.js');
// Every run's clock stands still at Monday 7 December 2026, 11:00 in Amsterdam (fixed-clock.mjs): CI at 20:10 in
// Amsterdam saw "+5h" land after midnight, where the time names its day, and the form expected below was not there.
const NOW = Date.parse('2026-12-07T10:00:00Z');
const FIXED_CLOCK = pathToFileURL(resolve(HERE, 'fixed-clock.mjs')).href;
const run = (cwd, ...args) =>
  spawnSync(process.execPath, ['--import', FIXED_CLOCK, CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TZ: 'UTC', CLEARLINE_TEST_NOW: String(NOW) } });
/** The finding lines of a refusal, without the command's own first line. */
const finding = (stderr) => stderr.split('\n').slice(1).join('\n').trim();

function transportFeed() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-next-rule-'));
  const r = run(dir, 'new', 'feed', '--feed-id', 'vervoer', '--publisher', 'Vervoer', '--publisher-url', 'https://vervoer.example', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en');
  assert.equal(r.status, 0, r.stderr);
  return dir;
}

// "morgen 11:00", not the report's "morgen 9:00": in the small hours "morgen" is the coming morning (day-words.ts
// tomorrowDays), and from 05:00 to 06:00 09:00 is within 4 hours, so CI at 04:13 UTC saw it added. 11:00 is more than
// 4 hours away at any time of day (and the clock is fixed at 11:00 now, above).
test('new incident refuses "morgen 11:00" before writing, as update does, in Dutch with what a strike desk does', () => {
  const dir = transportFeed();
  try {
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    const r = run(dir, 'new', 'incident', '--template', 'strike', '--id', 'staking', '--next-update', 'morgen 11:00');
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stderr, /^clearline new incident: niet toegevoegd; feed\.json is niet veranderd:\nfout\s+incidents\/0\/next_update_at \(incident "staking"\): de volgende update komt pas over \d+ uur.*bij meer dan 4 uur stilte gaan mensen bellen \[next-update-too-far\]/);
    // Trial O: with when it begins (--starts), an update a day is enough until then.
    assert.match(r.stderr, /Kondigt u iets aan voor later, zoals een staking donderdag\? Geef op wanneer het begint \("starts_at", clearline update --starts\): tot dan is een update per dag genoeg/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before, 'feed.json as it was');
    // Within 4 hours it is added; update then refuses "+5h" with the same finding, word for word.
    assert.equal(run(dir, 'new', 'incident', '--template', 'strike', '--id', 'staking', '--next-update', '+3h').status, 0);
    const added = run(dir, 'new', 'incident', '--template', 'strike', '--id', 'staking-2', '--next-update', '+5h');
    const updated = run(dir, 'update', 'feed.json', '--incident', 'staking', '--next-update', '+5h');
    assert.equal(added.status, 1);
    assert.equal(updated.status, 1);
    assert.match(finding(updated.stderr), /de volgende update komt pas over 5 uur \(om 16:00, 2026-12-07T16:00:00\+01:00\);/, 'the time was there, in the expected form');
    assert.equal(finding(added.stderr).replace('staking-2', 'staking'), finding(updated.stderr));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a new feed is not created with a next update tomorrow; said in English for an English desk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-next-rule-'));
  try {
    const r = run(dir, 'new', 'incident', '--template', 'strike', '--id', 'strike', '--lang', 'en', '--next-update', 'tomorrow 11:00', '--feed-id', 'trains', '--publisher', 'Trains', '--publisher-url', 'https://trains.example', '--time-zone', 'Europe/London');
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stderr, /^clearline new incident: not added; feed\.json was not created:\nerror\s+incidents\/0\/next_update_at \(incident "strike"\): the next update is \d+ hours.* more than 4 hours of silence makes people call \[next-update-too-far\]\n\s+fix: Promise an update within 4 hours, even if it is only "no news yet"\. Announcing something for later, such as a strike on Thursday\? Give when it starts \("starts_at", clearline update --starts\)/);
    assert.equal(existsSync(join(dir, 'feed.json')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
