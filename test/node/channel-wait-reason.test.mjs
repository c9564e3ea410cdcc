// A municipality's desk set `edit channel --id gemeente --wait 10` without --reason: accepted, and only `export --to ivr`
// refused it later ("heeft een wachttijd maar geen reden"), when the phone message was needed. Now new channel, edit
// channel and update --channel say it when the wait is set, with the command that gives the reason. Uses dist/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const NOTE = /Bellers op deze lijn horen de wachttijd \(10 min\) maar niet waarom: het wachtbericht \(clearline export --to ivr\) noemt de wachttijd zonder reden, en lint zegt het\. Geef er een: clearline edit channel --id gemeente --reason "…" \(één per taal\)/;

test('a phone line given a wait without a reason is said at once, in the desk\'s language; with a reason, or on an emergency line, nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-wait-reason-'));
  try {
    assert.equal(run(dir, 'new', 'feed', '--feed-id', 'heuvelrand', '--publisher', 'Gemeente Heuvelrand', '--publisher-url', 'www.heuvelrand.example', '--time-zone', 'Europe/Amsterdam').status, 0);
    const made = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '14 0343', '--name', 'Gemeente', '--id', 'gemeente', '--wait', '10');
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, NOTE);
    const edited = run(dir, 'edit', 'channel', '--id', 'gemeente', '--wait', '10');
    assert.match(edited.stdout, NOTE);
    const given = run(dir, 'edit', 'channel', '--id', 'gemeente', '--wait', '10', '--reason', 'Veel vragen over de storing');
    assert.doesNotMatch(given.stdout, /horen de wachttijd/);
    assert.equal(run(dir, 'new', 'incident', '--template', 'cyberattack', '--id', 'aanval').status, 0);
    const cleared = run(dir, 'update', 'feed.json', '--incident', 'aanval', '--channel', 'gemeente', '--wait', '15', '--lang', 'nl,en', '--reason', '', '--reason', '');
    assert.equal(cleared.status, 0, cleared.stderr);
    assert.match(cleared.stdout, /Bellers op deze lijn horen de wachttijd \(15 min\) maar niet waarom/);
    const none = run(dir, 'edit', 'channel', '--id', 'gemeente', '--wait', '0');
    assert.doesNotMatch(none.stdout, /horen de wachttijd/, 'no queue, nothing to explain');
    const sos = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '112', '--name', 'Alarmnummer', '--emergency', '--wait', '1');
    assert.doesNotMatch(sos.stdout, /horen de wachttijd/, 'an emergency line has no waiting message');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
