// Trial K (a water company's duty officer at 02:00): `clearline sign` signed a feed.json whose
// issued_at was typed ten days ahead without a word (readers refused it), and after a laptop 40
// minutes fast had signed, the next update from a correct clock got a lower seq, which every reader
// that saw the first refused as an older version. Now sign refuses an issued_at more than 5 minutes
// ahead of its own clock, in the document's language with the date it found and what to do (not --force,
// which still signs anyway, for scripts), and a new seq is always above the seq of the signed file it replaces.
// All times are relative to now, so the test reads the same at any hour. Run `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iso, MIN, waterFeed } from './water-feed.mjs';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
const DAY = 24 * 60 * MIN;
let dir;
const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const write = (name, doc) => writeFileSync(join(dir, name), JSON.stringify(doc, null, 2));
const payloadOf = (name) => JSON.parse(Buffer.from(JSON.parse(readFileSync(join(dir, name), 'utf8')).payload, 'base64url').toString('utf8'));

const feed = waterFeed;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearline-sign-clock-'));
  assert.equal(run('keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json').status, 0);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('an issued_at ten days ahead is refused in the document\'s language, with the date found and what to do; --force signs it', () => {
  write('typo.json', { ...feed(), issued_at: iso(Date.now() + 10 * DAY) });
  const r = run('sign', '--key', 'k.jwk.json', 'typo.json', '--out', 'typo.jws.json');
  assert.equal(r.status, 2, r.stderr);
  // The date as the desk reads it (another day: with its weekday and month), how far ahead, and the fix.
  assert.match(r.stderr, /^clearline sign: niet ondertekend: issued_at in typo\.json is [a-z]{2} \d{1,2} [a-z]{3}\.? \d{2}:\d{2} \(Europe\/Amsterdam\), 10 dagen later dan de klok van deze computer/m);
  assert.match(r.stderr, /Klopt hij\? Dan is de datum in typo\.json fout \(een tikfout, of geschreven op een computer waarvan de klok voorliep\): haal issued_at, expires_at en seq uit typo\.json en onderteken opnieuw/);
  // Not offered: readers would refuse the feed. How to set the clock instead.
  assert.doesNotMatch(r.stderr, /--force/);
  assert.match(r.stderr, /Dan loopt de klok van deze computer achter: zet hem goed \(\S+: .+, of vraag het aan wie deze computer beheert\) en onderteken opnieuw\./);
  assert.throws(() => readFileSync(join(dir, 'typo.jws.json')), /ENOENT/);

  const forced = run('sign', '--key', 'k.jwk.json', '--force', 'typo.json', '--out', 'typo.jws.json');
  assert.equal(forced.status, 0, forced.stderr);
  assert.match(forced.stderr, /^toch ondertekend \(--force\): issued_at in typo\.json is /m);

  // English first: English words.
  write('typo-en.json', { ...feed('en'), issued_at: iso(Date.now() + 3 * 60 * MIN) });
  const en = run('sign', '--key', 'k.jwk.json', 'typo-en.json', '--out', 'typo-en.jws.json');
  assert.equal(en.status, 2);
  assert.match(en.stderr, /not signed: issued_at in typo-en\.json is .+, 3 hours ahead of this computer's clock \(now /);
});

test('an issued_at a few minutes ahead (a clock a little off) is still signed', () => {
  write('soon.json', { ...feed(), issued_at: iso(Date.now() + 3 * MIN) });
  const r = run('sign', '--key', 'k.jwk.json', 'soon.json', '--out', 'soon.jws.json');
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /issued_at/);
});

test('after a signing with a seq from a clock 40 minutes fast, the next signing gets a seq above it, not the lower clock time', () => {
  // What the fast laptop wrote: a seq of its clock, 40 minutes ahead of this one.
  const fast = Date.now() + 40 * MIN;
  write('fast.json', { ...feed(), seq: fast });
  assert.equal(run('sign', '--key', 'k.jwk.json', 'fast.json', '--out', 'live.jws.json').status, 0);
  assert.equal(payloadOf('live.jws.json').seq, fast);
  // The next update, from a correct clock, over the same file.
  write('feed.json', feed());
  const r = run('sign', '--key', 'k.jwk.json', 'feed.json', '--out', 'live.jws.json');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(payloadOf('live.jws.json').seq, fast + 1);
  // Another feed's file at --out lends it nothing: the seq is the clock's again.
  write('other.json', { ...feed(), feed_id: 'een-ander', seq: fast + 5 * MIN });
  assert.equal(run('sign', '--key', 'k.jwk.json', 'other.json', '--out', 'other.jws.json').status, 0);
  assert.equal(run('sign', '--key', 'k.jwk.json', 'feed.json', '--out', 'other.jws.json').status, 0);
  assert.ok(payloadOf('other.jws.json').seq < fast, 'seq from the clock, not from another feed');
});

test('heartbeat to another --out file keeps its seq above the one there', () => {
  write('feed.json', feed());
  assert.equal(run('sign', '--key', 'k.jwk.json', 'feed.json', '--out', 'hb-in.jws.json').status, 0);
  const high = Date.now() + 30 * MIN;
  write('high.json', { ...feed(), seq: high });
  assert.equal(run('sign', '--key', 'k.jwk.json', 'high.json', '--out', 'hb-out.jws.json').status, 0);
  const r = run('heartbeat', '--key', 'k.jwk.json', 'hb-in.jws.json', '--out', 'hb-out.jws.json');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(payloadOf('hb-out.jws.json').seq, high + 1);
});
