// Trial S: an airline's night desk marked "Mijn vlucht vertrekt binnen 6 uur" --urgent, the only way to list it first;
// readers were told "Bel nu: 112" and lost the customer-service line. `new reason --time-critical` and `edit reason
// --time-critical` / `--not-time-critical` set the third level (needed soon, no danger); the levels exclude each other.
// Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'Europe/Amsterdam' } });
const reasonsOf = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).contact_reasons;
const level = (dir) => ((r) => [r.urgent, r.time_critical])(reasonsOf(dir).find((x) => x.id === 'vandaag'));

function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-time-critical-'));
  for (const s of [
    ['new', 'incident', '--template', 'outage', '--lang', 'nl,en', '--id', 'inchecken', '--feed-id', 'nza', '--publisher', 'Noordzee Air', '--publisher-url', 'https://nza.example', '--time-zone', 'Europe/Amsterdam'],
    ['new', 'channel', '--kind', 'phone', '--link', '112', '--emergency', '--name', 'Levensgevaar: bel 112', '--name', 'Life in danger: call 112'],
    ['new', 'channel', '--kind', 'phone', '--link', '020-794-6000', '--name', 'Klantenservice', '--name', 'Customer service', '--id', 'klantenservice'],
    // The template's own urgent reason is about danger: only the airline's reasons here.
    ['edit', 'reason', '--id', 'urgent-help', '--remove'],
  ]) assert.equal(run(dir, ...s).status, 0, s.join(' '));
  return dir;
}

test('new reason --time-critical writes time_critical, says so in the feed language, and lint does not send it to 112', () => {
  const dir = setUp();
  try {
    const r = run(dir, 'new', 'reason', '--name', 'Mijn vlucht vertrekt binnen 6 uur', '--name', 'My flight leaves within 6 hours', '--id', 'vandaag', '--time-critical', '--channel', 'klantenservice');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /haast zonder gevaar \(staat na de dringende, vóór de andere\)/);
    const reason = reasonsOf(dir).find((x) => x.id === 'vandaag');
    assert.equal(reason.time_critical, true);
    assert.equal(reason.urgent, undefined);
    assert.doesNotMatch(run(dir, 'lint', 'feed.json').stdout, /reason-urgent-emergency-services/);
    assert.match(run(dir, 'edit', 'reason').stdout, /vandaag: Mijn vlucht vertrekt binnen 6 uur \(haast\)/);
    // Both levels at once is refused: they say different things.
    const both = run(dir, 'new', 'reason', '--name', 'Twee', '--name', 'Two', '--urgent', '--time-critical');
    assert.notEqual(both.status, 0);
    assert.match(both.stderr, /--urgent of --time-critical, niet allebei/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('edit reason --time-critical makes an urgent reason time-critical, --urgent the other way, --not-time-critical clears it', () => {
  const dir = setUp();
  try {
    assert.equal(run(dir, 'new', 'reason', '--name', 'Mijn vlucht vertrekt binnen 6 uur', '--name', 'My flight leaves within 6 hours', '--id', 'vandaag', '--urgent').status, 0);
    assert.match(run(dir, 'lint', 'feed.json').stdout, /clearline edit reason --id vandaag --time-critical --feed feed\.json/);
    const soon = run(dir, 'edit', 'reason', '--id', 'vandaag', '--time-critical');
    assert.equal(soon.status, 0, soon.stderr);
    assert.deepEqual(level(dir), [undefined, true]);
    assert.doesNotMatch(run(dir, 'lint', 'feed.json').stdout, /reason-urgent-emergency-services/);
    assert.equal(run(dir, 'edit', 'reason', '--id', 'vandaag', '--urgent').status, 0);
    assert.deepEqual(level(dir), [true, undefined]);
    assert.equal(run(dir, 'edit', 'reason', '--id', 'vandaag', '--time-critical').status, 0);
    assert.equal(run(dir, 'edit', 'reason', '--id', 'vandaag', '--not-time-critical').status, 0);
    assert.deepEqual(level(dir), [undefined, undefined]);
    assert.notEqual(run(dir, 'edit', 'reason', '--id', 'vandaag', '--time-critical', '--not-time-critical').status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the options are explained in Dutch too', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-time-critical-'));
  try {
    const env = { ...process.env, LANG: 'nl_NL.UTF-8', LC_ALL: 'nl_NL.UTF-8' };
    const help = (cmd) => spawnSync(process.execPath, [CLI, ...cmd, '--help', '--lang', 'nl'], { cwd: dir, encoding: 'utf8', env }).stdout;
    assert.match(help(['new', 'reason']), /--time-critical\s+snel nodig, maar geen gevaar/);
    assert.match(help(['edit', 'reason']), /--not-time-critical\s+ze heeft \(niet langer\) haast/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
