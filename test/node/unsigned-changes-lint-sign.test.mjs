// Trial X: heartbeat learned to say "feed.json has changes that are not signed yet: readers do not see them", but `lint`
// of that feed.json said only "geen problemen gevonden", and a refused `sign` only its errors: a desk could take either
// for what readers see. Now both say it too, in the same words (cli/unsigned-changes.ts), when the signed file beside
// feed.json (feed.jws.json, as sign --out wrote it and heartbeat reads it) holds something else. Uses dist/ on fixed clocks.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { lintCleanFeed } from './lint-feed.mjs';

const SIGNED_AT = Date.parse('2026-12-14T17:30:00Z'); // 18:30 in Amsterdam
const OPTS = { now: SIGNED_AT, tz: 'Europe/Amsterdam' };

/** Signs the clean feed, then (unless `edit` is false) changes what we know in feed.json, with `known` as the new Dutch text. */
function prepare(dir, run, edit = true, known = 'De helft van de vluchten gaat weer.') {
  assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(lintCleanFeed(SIGNED_AT), null, 2));
  const s = run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
  assert.equal(s.status, 0, s.stderr);
  if (!edit) return;
  const later = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
  later.incidents[0].known = { nl: known, en: 'Half of the flights go again.' };
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(later, null, 2));
}

const NOTE_NL = /^feed\.json heeft wijzigingen die nog niet ondertekend zijn: lezers zien ze niet\. Onderteken ze nu: clearline sign --key private\.jwk\.json feed\.json --out feed\.jws\.json$/m;

test('lint feed.json changed since feed.jws.json was signed: the note, with the sign command, in Dutch and English; exit 0', async () => {
  await withCliDir('clearline-unsigned-lint-', (dir, run) => {
    prepare(dir, run);
    const nl = run('lint', 'feed.json');
    assert.equal(nl.status, 0, nl.stdout + nl.stderr);
    assert.match(nl.stderr, NOTE_NL);
    const en = run('lint', '--lang', 'en', 'feed.json');
    assert.match(en.stderr, /^feed\.json has changes that are not signed yet: readers do not see them\. Sign them now: clearline sign --key private\.jwk\.json feed\.json --out feed\.jws\.json$/m);
    // Linting the signed file names the file with the changes too.
    const signed = run('lint', 'feed.jws.json');
    assert.match(signed.stderr, NOTE_NL);
  }, OPTS);
});

test('lint feed.json as it was signed: no note', async () => {
  await withCliDir('clearline-unsigned-lint-', (dir, run) => {
    prepare(dir, run, false);
    const r = run('lint', 'feed.json');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, /nog niet ondertekend|not signed yet/);
  }, OPTS);
});

test('lint with errors: fix them, then sign; a refused sign says readers still see the file signed before', async () => {
  await withCliDir('clearline-unsigned-lint-', (dir, run) => {
    prepare(dir, run, true, '[[TODO: wat we nu weten]]');
    const l = run('lint', 'feed.json');
    assert.equal(l.status, 2, l.stdout + l.stderr);
    assert.match(l.stderr, /^feed\.json heeft wijzigingen die nog niet ondertekend zijn: lezers zien ze niet\. Los de fouten hierboven op en onderteken ze dan: clearline sign --key private\.jwk\.json feed\.json --out feed\.jws\.json$/m);
    const s = run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(s.status, 2, s.stderr);
    assert.match(s.stderr, /\nfeed\.json heeft wijzigingen die nog niet ondertekend zijn: lezers zien ze niet\. Zij zien nog feed\.jws\.json zoals het eerder ondertekend is; onderteken opnieuw als het probleem hieronder is opgelost\.\nclearline sign: niet ondertekend: 1 fout hierboven/);
    const en = run('sign', '--lang', 'en', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
    assert.match(en.stderr, /\nfeed\.json has changes that are not signed yet: readers do not see them\. They still see feed\.jws\.json as it was signed before; sign again once the problem below is solved\.\nclearline sign: not signed/);
  }, OPTS);
});
