// Trial O: a bus and tram operator added its "Assisted travel" line with --reason "For disabled passengers and anyone who
// needs help to travel: …". On an ordinary line a reason is why people wait: readers later read "Expected wait about 5
// minutes: For disabled passengers …", as if they caused the wait. `new channel` and `edit channel` now say so when a
// reason given reads as who the line is for ("For …", "Voor …", or a line with no wait), in the desk's language, and keep
// the channel as given, pointing to --purpose (shown under the name, kept after the all-clear). Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const channel = (dir, id) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels.find((c) => c.id === id);
const NOTE = /Readers see a line's reason after its wait, as why people wait .*not as who the line is for, and the all-clear removes it with the wait\. Who "Assisted travel" is for goes in --purpose, which readers see under the name, also after the all-clear: clearline edit channel --id assist --purpose "For …" --reason "" \(the reason removed\)\. The reason is kept as given\./;

test('English: a reason "For disabled passengers …" gets a note, and is kept; a reason for a wait does not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-purpose-'));
  try {
    assert.equal(run(dir, 'new', 'feed', '--feed-id', 'northway', '--publisher', 'Northway Trams & Buses', '--publisher-url', 'www.example.com', '--time-zone', 'Europe/London', '--lang', 'en').status, 0);
    const reason = 'For disabled passengers and anyone who needs help to travel: book help, or ask about a step-free journey';
    const added = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '0161 496 0456', '--name', 'Assisted travel', '--id', 'assist', '--reason', reason, '--hours', 'Every day 6am to 10pm', '--opening-hours', '06:00-22:00');
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, NOTE);
    assert.deepEqual(channel(dir, 'assist').reason, { en: reason }, 'a note, not a refusal');

    // With a wait, a reason that starts "For …" still reads as who the line is for.
    const waited = run(dir, 'edit', 'channel', '--id', 'assist', '--wait', '5', '--reason', 'For wheelchair users');
    assert.equal(waited.status, 0, waited.stderr);
    assert.match(waited.stdout, NOTE);
    // A reason for the wait, on a line with a wait: nothing to say.
    const why = run(dir, 'edit', 'channel', '--id', 'assist', '--wait', '5', '--reason', 'many calls about the strike');
    assert.equal(why.status, 0, why.stderr);
    assert.doesNotMatch(why.stdout, /Readers see a line's reason/);
    // Changing something else says nothing about the reason.
    assert.doesNotMatch(run(dir, 'edit', 'channel', '--id', 'assist', '--hours', 'Every day 6am to 10pm').stdout, /Readers see a line's reason/);
    // An emergency line's reason says when to use it.
    const sos = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '999', '--name', 'Emergency', '--emergency', '--reason', 'For someone hurt or in danger');
    assert.equal(sos.status, 0, sos.stderr);
    assert.doesNotMatch(sos.stdout, /Readers see a line's reason/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Dutch: a reason on a line without a wait gets the note in Dutch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-purpose-'));
  try {
    assert.equal(run(dir, 'new', 'feed', '--feed-id', 'vervoer', '--publisher', 'Vervoer Oost', '--publisher-url', 'www.example.nl', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl').status, 0);
    const added = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '088 123 4567', '--name', 'Reisassistentie', '--id', 'hulp', '--reason', 'reizigers met een beperking');
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /Lezers zien de reden van een lijn na de wachttijd, als waarom mensen wachten .*Voor wie "Reisassistentie" is, hoort in --purpose, dat lezers onder de naam zien, ook na Opgelost: clearline edit channel --id hulp --purpose "Voor …" --reason ""/);
    assert.deepEqual(channel(dir, 'hulp').reason, { nl: 'reizigers met een beperking' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
