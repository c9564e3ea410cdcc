// `clearline report` on a fixture with known counts (run `npm run build` first: it uses dist/cli.js).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const CLI = resolve(here, '../../dist/cli.js');
const FIXTURE = resolve(here, 'fixtures/events.ndjson');

function cli(args, input) {
  // A machine in UTC: the report counts in the machine's zone (report-time-zone.test.mjs covers others).
  const r = spawnSync(process.execPath, [CLI, 'report', ...args], { encoding: 'utf8', input, timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
  if (r.error) throw r.error;
  return r;
}
const json = (args, input) => {
  const r = cli([...args, '--json'], input);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
};

describe('clearline report', () => {
  test('counts the fixture exactly', () => {
    const r = json([FIXTURE]);
    assert.equal(r.events, 43);
    assert.equal(r.skipped, 3);
    assert.equal(r.from, '2026-11-30T07:10Z');
    assert.equal(r.to, '2026-12-01T09:00Z');
    assert.deepEqual(r.reasons.total, { 'no-heating': 5, 'smell-gas': 2, bill: 1 });
    assert.deepEqual(r.reasons.overTime, [
      { at: '2026-11-30', counts: { 'no-heating': 5, 'smell-gas': 2 } },
      { at: '2026-12-01', counts: { bill: 1 } },
    ]);
    assert.deepEqual(r.reasons.byPhase, { investigating: { 'smell-gas': 2 }, identified: { 'no-heating': 3 }, monitoring: { 'no-heating': 2 }, none: { bill: 1 } });
    assert.deepEqual(r.unanswered, [
      { query: 'when is the gas back?', count: 4, variants: 4 },
      { query: 'compensation for food in my freezer', count: 2, variants: 2 },
      { query: 'wanneer is het gas terug', count: 1, variants: 1 },
    ]);
    assert.equal(r.searches, 10);
    assert.equal(r.noAnswers, 7);
    assert.deepEqual(r.feedback, [
      { entry: 'when-back', yes: 1, no: 3 },
      { entry: 'compensation', yes: 2, no: 1 },
    ]);
    assert.deepEqual(r.selfService, { sessions: 5, selfServed: 2, rate: 0.4 });
    assert.deepEqual(r.contacts, { total: 6, byChannel: { phone: 3, callback: 2, gas: 1 }, byReason: { 'no-heating': 3, bill: 1, 'smell-gas': 1 } });
  });

  test('--by hour, --since and --incident', () => {
    const hourly = json([FIXTURE, '--by', 'hour']);
    assert.deepEqual(hourly.reasons.overTime.map((b) => b.at), ['2026-11-30T07:00Z', '2026-11-30T08:00Z', '2026-11-30T10:00Z', '2026-12-01T09:00Z']);
    const since = json([FIXTURE, '--since', '2026-11-30T10:00Z']);
    assert.deepEqual(since.reasons.total, { 'no-heating': 2, bill: 1 });
    assert.equal(since.events, 3);
    const incident = json([FIXTURE, '--incident', 'gas-outage']);
    assert.equal(incident.reasons.total.bill, undefined);
    assert.equal(incident.events, 42);
  });

  test('reads stdin, several files and gzip', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    assert.equal(json([], text).events, 43);
    const dir = mkdtempSync(join(tmpdir(), 'clearline-report-'));
    writeFileSync(join(dir, 'b.ndjson.gz'), gzipSync(text));
    assert.equal(json([FIXTURE, join(dir, 'b.ndjson.gz')]).events, 86);
  });

  test('prints a plain report a service desk can read', () => {
    const r = cli([FIXTURE]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^43 events from 2026-11-30 07:10 to 2026-12-01 09:00 \(UTC\) \(3 lines skipped/);
    assert.match(r.stdout, /Contact reasons\n {2}no-heating +5\n {2}smell-gas +2\n {2}bill +1/);
    assert.match(r.stdout, / {5}4× {2}when is the gas back\? {2}\(4 wordings\)/);
    assert.match(r.stdout, /40% of 5 help sessions/);
    assert.match(r.stdout, /when-back +3 \/ 1\n {2}compensation +1 \/ 2/);
  });

  test('the plain report lists contacts per reason too, as docs/contact-and-reports.md promises', () => {
    const r = cli([FIXTURE]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Contacts per channel \(6\)\n {2}phone +3\n {2}callback +2\n {2}gas +1/);
    assert.match(r.stdout, /Contacts per reason\n {2}no-heating +3\n {2}bill +1\n {2}smell-gas +1/);
  });

  test('clear errors for bad options and missing files', () => {
    let r = cli([FIXTURE, '--by', 'week']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--by must be one of hour, day/);
    r = cli([FIXTURE, '--since', 'yesterday']);
    assert.match(r.stderr, /--since must be a date such as 2026-11-30/);
    r = cli(['/nonexistent/events.ndjson']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /there is no file \/nonexistent\/events.ndjson \(the events file\); check the name and the folder you are in/);
  });
});
