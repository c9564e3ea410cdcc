// Trial X (step 9): the desk ran `clearline update` (feed.json had the new update) and forgot `clearline sign`; the next
// heartbeat refused with only "u hebt een update beloofd om 19:00 … voorbij … Plaats nu een update", though the update was
// there, not signed. Now heartbeat says first, and as its refusal, that feed.json has changes that are not signed yet, with
// the sign command. Uses dist/ on fixed clocks.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT, withCliDir } from './export-kit.mjs';
import { lintCleanFeed } from './lint-feed.mjs';

const SIGNED_AT = Date.parse('2026-12-14T17:30:00Z'); // 18:30 in Amsterdam; the feed promises an update at 19:00
const at = (env, ms) => (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...env, CLEARLINE_TEST_NOW: String(ms) } });

/** Signs the clean feed at 18:30, then edits feed.json (a new "known" and next update) unless `edit` is false. */
function prepare(dir, run, edit = true, change = (feed) => feed) {
  assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
  const feed = change(lintCleanFeed(SIGNED_AT));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
  const s = run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
  assert.equal(s.status, 0, s.stderr);
  if (!edit) return;
  const later = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
  later.incidents[0].known = { nl: 'De helft van de vluchten gaat weer.', en: 'Half of the flights go again.' };
  later.incidents[0].next_update_at = new Date(SIGNED_AT + 150 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(later, null, 2));
}

test('heartbeat after a promised update passed, feed.json updated but not signed: says so, with the sign command (nl)', async () => {
  await withCliDir('clearline-unsigned-', (dir, run, env) => {
    prepare(dir, run);
    const r = at(env, SIGNED_AT + 40 * 60_000)(dir, 'heartbeat', '--key', 'private.jwk.json', 'feed.jws.json', '--out', 'feed.jws.json');
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^feed\.json heeft wijzigingen die nog niet ondertekend zijn: lezers zien ze niet\. Onderteken ze nu: clearline sign --key private\.jwk\.json feed\.json --out feed\.jws\.json$/m);
    assert.match(r.stderr, /niet opnieuw ondertekend: feed\.json heeft wijzigingen die nog niet ondertekend zijn/);
    assert.doesNotMatch(r.stderr, /los de fouten hierboven op met clearline update/);
  }, { now: SIGNED_AT, tz: 'Europe/Amsterdam' });
});

test('heartbeat before the promise, feed.json changed: re-signs what readers have, and says the changes are not signed', async () => {
  await withCliDir('clearline-unsigned-', (dir, run, env) => {
    prepare(dir, run);
    const r = at(env, SIGNED_AT + 10 * 60_000)(dir, 'heartbeat', '--key', 'private.jwk.json', 'feed.jws.json', '--out', 'feed.jws.json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /feed\.json heeft wijzigingen die nog niet ondertekend zijn/);
    assert.match(r.stderr, /Heartbeat: "lint-air"/);
  }, { now: SIGNED_AT, tz: 'Europe/Amsterdam' });
});

test('heartbeat with feed.json as it was signed: no such note', async () => {
  await withCliDir('clearline-unsigned-', (dir, run, env) => {
    prepare(dir, run, false);
    const r = at(env, SIGNED_AT + 10 * 60_000)(dir, 'heartbeat', '--key', 'private.jwk.json', 'feed.jws.json', '--out', 'feed.jws.json');
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /nog niet ondertekend|not signed yet/);
  }, { now: SIGNED_AT, tz: 'Europe/Amsterdam' });
});


test('heartbeat right after signing a notice updated daily: no such note (trial Y: said after every sign)', async () => {
  // `update --daily` writes cadence "daily" into feed.json; the verified payload leaves out what readers do not use, and the
  // comparison with it found a change that the desk never made.
  await withCliDir('clearline-unsigned-', (dir, run, env) => {
    prepare(dir, run, false, (feed) => {
      feed.incidents[0].cadence = 'daily';
      feed.incidents[0].next_update_at = new Date(SIGNED_AT + 16 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      return feed;
    });
    const signed = JSON.parse(Buffer.from(JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8')).payload, 'base64url').toString());
    assert.equal(signed.incidents[0].cadence, 'daily');
    const r = at(env, SIGNED_AT + 10 * 60_000)(dir, 'heartbeat', '--key', 'private.jwk.json', 'feed.jws.json', '--out', 'feed.jws.json');
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /nog niet ondertekend|not signed yet/);
  }, { now: SIGNED_AT, tz: 'Europe/Amsterdam' });
});
