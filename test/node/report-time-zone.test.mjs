// `clearline report` counts hours and days in the desk's zone, not UTC (run `npm run build` first: it uses dist/cli.js).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');

/** Runs the report as if on a machine in `tz`, so the test never depends on this machine's zone. */
function cli(args, input, tz = 'UTC', cwd = undefined) {
  const r = spawnSync(process.execPath, [CLI, 'report', ...args], { encoding: 'utf8', input, timeout: 30_000, cwd, env: { ...process.env, TZ: tz } });
  if (r.error) throw r.error;
  return r;
}

const line = (t, reason) => JSON.stringify({ v: 1, type: 'reason', t, feed: 'streekvervoer', lang: 'nl', incidents: ['staking'], phase: 'identified', reason });
// A winter morning in the Netherlands (CET, UTC+1): one late-evening contact, then the rush from 07:00 local.
const EVENTS = [
  line('2026-12-01T23:30Z', 'refund'), // 00:30 on 2 December in Amsterdam
  line('2026-12-02T06:05Z', 'does-my-bus-run'), // 07:05
  line('2026-12-02T06:40Z', 'does-my-bus-run'), // 07:40
  line('2026-12-02T07:10Z', 'train'), // 08:10
].join('\n');

describe('clearline report in the desk\'s time zone', () => {
  test('hours are the local hours, named with the zone (machine in Europe/Amsterdam)', () => {
    const r = cli(['--by', 'hour'], EVENTS, 'Europe/Amsterdam');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^4 events from 2026-12-02 00:30 to 2026-12-02 08:10 \(Europe\/Amsterdam\)/);
    assert.match(r.stdout, /Contact reasons by hour \(Europe\/Amsterdam\)\n {2}2026-12-02 00:00 {2}refund 1\n {2}2026-12-02 07:00 {2}does-my-bus-run 2\n {2}2026-12-02 08:00 {2}train 1\n/);
  });

  test('--json keeps UTC stamps and says the zone; a day is the local day', () => {
    const hourly = JSON.parse(cli(['--by', 'hour', '--json', '--time-zone', 'Europe/Amsterdam'], EVENTS).stdout);
    assert.equal(hourly.timeZone, 'Europe/Amsterdam');
    assert.deepEqual(hourly.reasons.overTime.map((b) => b.at), ['2026-12-01T23:00Z', '2026-12-02T06:00Z', '2026-12-02T07:00Z']);
    assert.equal(hourly.from, '2026-12-01T23:30Z');
    const daily = JSON.parse(cli(['--json', '--time-zone', 'Europe/Amsterdam'], EVENTS).stdout);
    assert.deepEqual(daily.reasons.overTime, [{ at: '2026-12-02', counts: { 'does-my-bus-run': 2, refund: 1, train: 1 } }]);
    // A zone half an hour off the hour (St. John's, UTC-3:30): its hours start at :30 UTC; 23:30Z is 20:00 there.
    const stJohns = JSON.parse(cli(['--by', 'hour', '--json', '--time-zone', 'America/St_Johns'], EVENTS).stdout);
    assert.deepEqual(stJohns.reasons.overTime.map((b) => b.at), ['2026-12-01T23:30Z', '2026-12-02T05:30Z', '2026-12-02T06:30Z']);
  });

  test('--feed: the feed\'s time_zone, as lint and export use it, on a machine in UTC', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-report-tz-'));
    const feed = join(dir, 'feed.json');
    writeFileSync(feed, JSON.stringify({ type: 'status', version: 1, feed_id: 'streekvervoer', time_zone: 'Europe/Amsterdam', incidents: [] }));
    const r = cli(['--by', 'hour', '--feed', feed], EVENTS, 'UTC');
    assert.equal(r.status, 0, r.stderr);
    // In Dutch: a feed without texts yet on Dutch time speaks the language it is about to be written in (desk-lang.ts feedDeskLanguage).
    assert.match(r.stdout, /Contactredenen per uur \(Europe\/Amsterdam\)\n {2}2026-12-02 00:00/);
    // --time-zone wins over the feed's.
    assert.match(cli(['--by', 'hour', '--feed', feed, '--time-zone', 'UTC'], EVENTS, 'Europe/Amsterdam').stdout, /per uur \(UTC\)\n {2}2026-12-01 23:00 {2}refund 1/);
  });

  // A telecom's manager ran `report` without --feed beside its feed.json (trial G) and got ids and hours in UTC.
  test('without --feed, the feed.json in this folder: its zone and the names of its contact reasons', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-report-here-'));
    const reasons = [{ id: 'refund', label: { nl: 'Geld terug', en: 'Refund' } }, { id: 'does-my-bus-run', label: { nl: 'Rijdt mijn bus?', en: 'Does my bus run?' } }];
    writeFileSync(join(dir, 'feed.json'), JSON.stringify({ type: 'status', version: 1, feed_id: 'streekvervoer', time_zone: 'Europe/Amsterdam', publisher: { name: 'Streekvervoer', url: 'https://example.com' }, contact_reasons: reasons, channels: [], incidents: [] }));
    const r = cli(['--by', 'hour', '--lang', 'en'], EVENTS, 'UTC', dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /by hour \(Europe\/Amsterdam\)\n {2}2026-12-02 00:00/);
    assert.match(r.stdout, /does-my-bus-run +2 +Does my bus run\?/);
    // A damaged feed.json, not asked for, is not used: the report still comes, on this computer's clock.
    writeFileSync(join(dir, 'feed.json'), '{ "type": "status", ');
    const damaged = cli(['--by', 'hour', '--lang', 'en'], EVENTS, 'UTC', dir);
    assert.equal(damaged.status, 0, damaged.stderr);
    assert.match(damaged.stdout, /by hour \(UTC\)\n {2}2026-12-01 23:00/);
  });

  test('a zone that does not exist is refused with the reason', () => {
    const r = cli(['--time-zone', 'Europe/Amstrdam'], EVENTS);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--time-zone: Europe\/Amstrdam is not a time zone; use an IANA name such as Europe\/Amsterdam/);
  });
});

describe('clearline report --since in the desk\'s time zone', () => {
  const since = (value, tz) => JSON.parse(cli(['--json', '--since', value], EVENTS, tz).stdout).events;
  test('a time without Z is on the desk\'s clock: 07:00 in Amsterdam keeps the 07:05 contact', () => {
    assert.equal(since('2026-12-02T07:00', 'Europe/Amsterdam'), 3);
    assert.equal(since('2026-12-02 07:00', 'Europe/Amsterdam'), 3);
    assert.equal(since('2026-12-02T07:00Z', 'Europe/Amsterdam'), 1); // UTC stays UTC
    assert.equal(since('2026-12-02T07:00+01:00', 'UTC'), 3);
  });
  test('a date is midnight on the desk\'s clock: 2 December in Amsterdam starts at 23:00Z on the 1st', () => {
    assert.equal(since('2026-12-02', 'Europe/Amsterdam'), 4);
    assert.equal(since('2026-12-02', 'UTC'), 3);
  });
});

test('the night the clocks go back, the two hours 02:00 carry their offset', () => {
  const night = [line('2026-10-25T00:30Z', 'storm'), line('2026-10-25T01:30Z', 'storm'), line('2026-10-25T02:30Z', 'storm')].join('\n');
  const r = cli(['--by', 'hour'], night, 'Europe/Amsterdam');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /by hour \(Europe\/Amsterdam\)\n {2}2026-10-25 02:00 \+02:00 {2}storm 1\n {2}2026-10-25 02:00 \+01:00 {2}storm 1\n {2}2026-10-25 03:00 {2}storm 1\n/);
});

test('a report for a feed on a US clock says 2:00 PM, as the desk reads times everywhere else; Dutch and European ones stay 14:00', () => {
  const us = [
    line('2026-12-02T15:10Z', 'outage'), // 9:10 AM in Chicago
    line('2026-12-02T16:05Z', 'outage'), // 10:05 AM
    line('2026-12-02T20:40Z', 'billing'), // 2:40 PM
  ].join('\n');
  const r = cli(['--by', 'hour', '--time-zone', 'America/Chicago'], us);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^3 events from 2026-12-02 9:10 AM to 2026-12-02 2:40 PM \(America\/Chicago\)/);
  assert.match(r.stdout, /Contact reasons by hour \(America\/Chicago\)\n {2}2026-12-02 9:00 AM {3}outage 1\n {2}2026-12-02 10:00 AM {2}outage 1\n {2}2026-12-02 2:00 PM {3}billing 1\n/);
  // The same events for a Dutch desk (--lang nl) stay on the 24-hour clock, and so does a feed on London time.
  assert.match(cli(['--by', 'hour', '--time-zone', 'America/Chicago', '--lang', 'nl'], us).stdout, / van 2026-12-02 09:10 tot 2026-12-02 14:40 /);
  assert.match(cli(['--by', 'hour', '--time-zone', 'Europe/London'], us).stdout, /^3 events from 2026-12-02 15:10 to 2026-12-02 20:40 \(Europe\/London\)/);
});
