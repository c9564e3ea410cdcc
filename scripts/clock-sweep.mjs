#!/usr/bin/env node
// Runs the Node tests that depend on the time of day under libfaketime at the hours that broke CI before: the
// evening (19:30 and 21:30 UTC, 20:30 and 22:30 in Amsterdam: "+4h"/"+5h" lands after midnight, where the CLI names
// the day, "on Tue 8 Dec 00:11", and stop 79's CI at 19:10 UTC failed two tests that expected "(HH:MM, …)"), near
// midnight, the small hours (before 06:00 on the feed's clock "morgen 9:00" is within 4 hours) and noon. Four
// stops' CI runs failed on a test that passed at the hour it was written. Not part of `npm test` (it needs the
// Debian package faketime and runs the same files at every hour). The hours are UTC; a feed in another zone crosses
// its midnight at other hours (London 00:00, Chicago 06:00 UTC: 04:30 and 05:30 are its evening). Run it before a stop:
//   node scripts/clock-sweep.mjs                 the files that speak of times (below), at every hour in HOURS
//   node scripts/clock-sweep.mjs a.test.mjs …    these files
//   HOURS=23:50,04:30 node scripts/clock-sweep.mjs
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const HOURS = (process.env.HOURS ?? '19:30,21:30,23:35,23:50,00:10,04:30,05:30,12:00').split(',');
// A test that reads the real clock, directly or through the CLI or the studio (relative times such as "+30m").
const TIMELY = /Date\.now\(\)|new Date\(\)|morgen|tomorrow|tonight|vannacht|vanavond|next-update|nextUpdate|\+\d+m\b|heartbeat/;
const dir = 'test/node';
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir)
      .filter((f) => f.endsWith('.test.mjs'))
      .filter((f) => {
        const text = readFileSync(join(dir, f), 'utf8');
        // Not the tests that start Chromium (the Storybook pictures, the demo pages): under faketime they crawl, and the
        // browser tests keep their own clocks.
        return TIMELY.test(text) && !/puppeteer|chromium|launchBrowser|storybook/i.test(text);
      })
      .map((f) => join(dir, f));

if (spawnSync('faketime', ['--version']).error) {
  console.error('faketime is not installed: apt-get install -y faketime');
  process.exit(2);
}
// Today at that hour (UTC), as an offset from the real clock: every process the tests start (the CLI, the studio) then
// reads one running clock. An absolute start ("@2026-12-06 23:50:00") restarts at that time in each new process, so a
// later signing got a lower seq than an earlier one, a failure that no real clock gives.
const day = new Date().toISOString().slice(0, 10);
let failed = 0;
for (const hour of HOURS) {
  const offset = Math.round((Date.parse(`${day}T${hour}:00Z`) - Date.now()) / 1000);
  const at = `${offset < 0 ? '-' : '+'}${Math.abs(offset)}`;
  const run = spawnSync('faketime', ['-f', at, process.execPath, '--test', '--test-reporter=tap', ...files], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', FAKETIME_DONT_FAKE_MONOTONIC: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = `${run.stdout}${run.stderr}`;
  const fail = /# fail (\d+)/.exec(out)?.[1] ?? (run.status ? '?' : '0');
  console.log(`${hour} UTC: ${files.length} files, exit ${run.status}, failed ${fail}`);
  if (run.status) {
    failed++;
    console.log(out.split('\n').filter((l) => /^\s*not ok|^\s+(error|expected|actual):/.test(l)).slice(0, 40).join('\n'));
  }
}
process.exit(failed ? 1 : 0);
