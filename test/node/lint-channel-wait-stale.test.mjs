// Trial X (a university's desk, Friday): the phone message still said "Expected wait about 20 minutes: many questions
// about exams", a wait and reason set on the student desk on Monday and kept through the outage's all-clear on Thursday.
// Now the CLI and the studio stamp when a wait or reason is set (wait_updated_at), and lint's channel-wait-stale asks
// about one set before an all-clear or more than 12 hours ago, with the commands that renew, confirm or remove it.
// Fixed clocks throughout. Uses dist/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import test from 'node:test';
import { lintCleanFeed } from './lint-feed.mjs';
import { withCliDir } from './export-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);

const FRIDAY = Date.parse('2026-12-18T09:00:00Z');
const HOUR = 3_600_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The clean feed on Friday, its phone line's wait stamped `set`, with the outage resolved at `resolvedAt` beside the open incident. */
function feed(set, resolvedAt) {
  const f = lintCleanFeed(FRIDAY);
  f.time_zone = 'Europe/Amsterdam';
  Object.assign(f.channels[0], { label: { nl: 'Studentenbalie', en: 'Student desk' }, wait_minutes: 20, reason: { nl: 'veel vragen over tentamens', en: 'many questions about exams' } });
  if (set !== undefined) f.channels[0].wait_updated_at = iso(set);
  if (resolvedAt !== undefined) {
    f.incidents.push({ ...structuredClone(f.incidents[0]), id: 'cyber', title: { nl: 'Cyberaanval', en: 'Cyberattack' }, phase: 'resolved', resolved_at: iso(resolvedAt), next_update_at: null, unknown: { nl: '', en: '' }, actions: [] });
  }
  return f;
}
const stale = (doc, lang = 'en', audience) => lintDocument(doc, { now: FRIDAY, lang, audience }).filter((f) => f.rule === 'channel-wait-stale');

test('a wait set on Monday, before Thursday\'s all-clear, is asked about on Friday, in English and Dutch, with commands to copy', () => {
  const doc = feed(Date.parse('2026-12-14T09:00:00Z'), Date.parse('2026-12-17T08:00:00Z'));
  const [en] = stale(doc);
  assert.equal(en.severity, 'warning');
  assert.equal(en.path, 'channels/0/wait_minutes');
  assert.equal(en.message, 'the wait on “Student desk” (20 minutes: many questions about exams) was set on Mon 14 Dec at 10:00, 4 days ago, before “Cyberattack” was resolved (Thu 17 Dec at 09:00): readers still see it and callers still hear it as the wait of now');
  assert.match(en.fix, /clearline edit channel --id phone --wait 10 --lang nl,en --reason "…" --reason "…"/);
  assert.match(en.fix, /Confirm it: clearline edit channel --id phone --wait 20\./);
  assert.match(en.fix, /Take it off: clearline edit channel --id phone --wait none --reason ""\./);
  const [nl] = stale(doc, 'nl');
  assert.equal(nl.message, 'de wachttijd bij ‘Studentenbalie’ (20 minuten: veel vragen over tentamens) is ingesteld op ma 14 dec om 10:00, 4 dagen geleden, vóór ‘Cyberaanval’ werd opgelost (do 17 dec om 09:00): lezers zien en bellers horen die nog steeds als de wachttijd van nu');
  assert.match(nl.fix, /^Geef de wachttijd en de reden van nu: clearline edit channel/);
  // The studio's words: its fields, no command.
  const [desk] = stale(doc, 'nl', 'desk');
  assert.doesNotMatch(desk.fix, /clearline|--/);
  assert.match(desk.fix, /Wachttijd in minuten/);
});

test('an all-clear since the wait was set is enough, even an hour later; without one, 12 hours', () => {
  assert.equal(stale(feed(FRIDAY - 2 * HOUR, FRIDAY - HOUR)).length, 1, 'set before the all-clear an hour ago');
  assert.match(stale(feed(FRIDAY - 2 * HOUR, FRIDAY - HOUR))[0].message, /set on Fri 18 Dec at 08:00, 2 hours ago, before “Cyberattack” was resolved/);
  assert.deepEqual(stale(feed(FRIDAY - 30 * 60_000, FRIDAY - HOUR)), [], 'set after the all-clear');
  assert.deepEqual(stale(feed(FRIDAY - 11 * HOUR)), [], '11 hours old, nothing resolved since');
  assert.match(stale(feed(FRIDAY - 13 * HOUR))[0].message, /set on Thu 17 Dec at 21:00, 13 hours ago: readers/);
});

test('not judged without a stamp, nor on an emergency line (its reason says when to use it), nor on a line with neither wait nor reason', () => {
  assert.deepEqual(stale(feed(undefined, Date.parse('2026-12-17T08:00:00Z'))), []);
  const sos = feed(Date.parse('2026-12-14T09:00:00Z'), Date.parse('2026-12-17T08:00:00Z'));
  sos.channels[0].emergency = true;
  assert.deepEqual(stale(sos), []);
  const bare = feed(Date.parse('2026-12-14T09:00:00Z'));
  delete bare.channels[0].wait_minutes;
  delete bare.channels[0].reason;
  assert.deepEqual(stale(bare), []);
});

test('the CLI stamps the wait when new channel, edit channel or update sets it, and removes the stamp with the wait', async () => {
  const MONDAY = Date.parse('2026-12-14T09:00:00Z');
  await withCliDir('clearline-wait-stale-', async (dir, run, env) => {
    // The same CLI with the clock stopped at another instant.
    run.at = (now) => (...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...env, CLEARLINE_TEST_NOW: String(now) } });
    const ok = (...args) => {
      const r = run(...args);
      assert.equal(r.status, 0, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
      return r;
    };
    const line = () => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels.find((c) => c.id === 'balie');
    ok('new', 'feed', '--feed-id', 'hzk', '--publisher', 'Hogeschool Zuidkust', '--publisher-url', 'www.hzk.example', '--time-zone', 'Europe/Amsterdam');
    ok('new', 'channel', '--kind', 'phone', '--link', '0118 555 020', '--name', 'Studentenbalie', '--id', 'balie', '--wait', '20', '--lang', 'nl,en', '--reason', 'veel vragen over tentamens', '--reason', 'many questions about exams');
    assert.equal(line().wait_updated_at, '2026-12-14T09:00:00Z');
    ok('new', 'incident', '--template', 'cyberattack', '--id', 'aanval');
    const later = run.at(MONDAY + 2 * HOUR);
    const updated = later('update', 'feed.json', '--incident', 'aanval', '--channel', 'balie', '--wait', '15');
    assert.equal(updated.status, 0, updated.stderr);
    assert.equal(line().wait_updated_at, '2026-12-14T11:00:00Z', 'update --channel --wait stamps it');
    // Friday, nothing touched since: lint asks, and the command it gives to confirm the wait stamps it anew.
    const friday = run.at(FRIDAY);
    const linted = friday('lint', 'feed.json');
    assert.match(linted.stdout + linted.stderr, /\[channel-wait-stale\]/);
    assert.match(linted.stdout + linted.stderr, /clearline edit channel --id balie --wait 15/);
    assert.equal(friday('edit', 'channel', '--id', 'balie', '--wait', '15').status, 0);
    assert.equal(line().wait_updated_at, '2026-12-18T09:00:00Z');
    assert.doesNotMatch(friday('lint', 'feed.json').stdout, /channel-wait-stale/);
    ok('edit', 'channel', '--id', 'balie', '--wait', 'none', '--reason', '');
    assert.equal(line().wait_updated_at, undefined, 'no wait, no reason: no stamp');
  }, { now: MONDAY, tz: 'Europe/Amsterdam' });
});

test('the all-clear of the last open incident takes the stamp away with the wait and its reason', async () => {
  const { importTs } = await import(pathToFileURL(join(ROOT, 'test/node/ts-import.mjs')).href);
  const { withoutStaleWaits } = await importTs('src/feed/update.ts');
  const { feed } = withoutStaleWaits({ incidents: [{ phase: 'resolved' }], channels: [{ id: 'balie', wait_minutes: 20, reason: 'veel vragen', wait_updated_at: '2026-12-14T09:00:00Z' }] });
  assert.deepEqual(feed.channels, [{ id: 'balie' }]);
});
