// `clearline report` without --lang beside a Dutch feed printed the report, and said a wrong --by, a
// missing events file and a zone it cannot use, in English (its --lang defaulted to en), while a
// damaged --feed was said in Dutch among those English lines. Now it speaks the desk's language as
// lint and sign do (desk-lang.ts): --lang, else the --feed's first language, else that of the
// feed.json in the folder it runs in, else English. Uses dist/cli.js: `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feed, folder, run } from './desk-feed-kit.mjs';

const EVENT = JSON.stringify({ v: 1, type: 'contact', t: '2026-12-02T06:00Z', incidents: [], phase: 'none', channel: 'phone' });

/** A folder with feed.json in `first` language first, an events file, and a signed feed with a damaged payload. */
function desk(first) {
  const dir = folder(feed(first));
  writeFileSync(join(dir, 'events.ndjson'), `${EVENT}\n${EVENT}\n`);
  assert.equal(run(dir, 'keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json').status, 0);
  assert.equal(run(dir, 'sign', '--key', 'k.jwk.json', '--force', 'feed.json', '--out', 'feed.jws.json').status, 0);
  const env = JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8'));
  writeFileSync(join(dir, 'typed.jws.json'), JSON.stringify({ ...env, payload: `${env.payload.slice(0, 20)}+${env.payload.slice(21)}` }));
  return dir;
}

const nl = desk('nl');
const en = desk('en');

test('report --feed of a Dutch feed, without --lang: the report in Dutch, with the names readers see', () => {
  const r = run(nl, 'report', '--feed', 'feed.json', 'events.ndjson');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^2 gebeurtenissen van 2026-12-02 07:00 tot 2026-12-02 07:00 \(Europe\/Brussels\)\n/);
  assert.match(r.stdout, /\nContacten per kanaal \(2\)\n {2}phone +2 {2}Onthaal\n/);
  assert.doesNotMatch(r.stdout, /events from|Contact reasons|Contacts per channel|Reception/);
  // The signed feed too, and a feed in another folder (its feed.json beside it says nothing more: it is the feed).
  assert.match(run(nl, 'report', '--feed', 'feed.jws.json', 'events.ndjson').stdout, /^2 gebeurtenissen van /);
  assert.match(run(en, 'report', '--feed', join(nl, 'feed.json'), 'events.ndjson').stdout, /^2 gebeurtenissen van /);
});

test('report without --feed beside a Dutch feed.json: in Dutch; its mistakes too', () => {
  assert.match(run(nl, 'report', 'events.ndjson').stdout, /^2 gebeurtenissen van /);
  const by = run(nl, 'report', '--by', 'week', 'events.ndjson');
  assert.equal(by.status, 2);
  assert.equal(by.stderr.trim(), 'clearline report: --by moet een van deze zijn: hour, day (hour: per uur, day: per dag; niet "week")');
  const missing = run(nl, 'report', 'gebeurtenissen.ndjson');
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr.trim(), 'clearline report: er is geen bestand gebeurtenissen.ndjson (het bestand met gebeurtenissen); controleer de naam en de map waarin u staat');
  const zone = run(nl, 'report', '--time-zone', 'Europe/Brusels', 'events.ndjson');
  assert.equal(zone.status, 2);
  assert.equal(zone.stderr.trim(), 'clearline report: --time-zone: Europe/Brusels is geen tijdzone; gebruik een IANA-naam zoals Europe/Amsterdam');
});

test('a damaged --feed beside a Dutch feed: the same language as the rest of the report (no English lines around it)', () => {
  const r = run(nl, 'report', '--feed', 'typed.jws.json', 'events.ndjson');
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^clearline report: typed\.jws\.json is beschadigd: de inhoud \(payload\)/);
  // With the key file beside it, not private.jwk.json.
  assert.match(r.stderr, /clearline sign --key k\.jwk\.json typed\.json --out typed\.jws\.json\n$/);
});

test('--lang still says the language; an English feed and a folder without a feed stay English', () => {
  assert.match(run(nl, 'report', '--lang', 'en', '--feed', 'feed.json', 'events.ndjson').stdout, /^2 events from .*\n[^]*\nContacts per channel \(2\)\n {2}phone +2 {2}Reception\n/);
  assert.match(run(en, 'report', '--lang', 'nl', 'events.ndjson').stdout, /^2 gebeurtenissen van /);
  assert.match(run(en, 'report', '--feed', 'feed.json', 'events.ndjson').stdout, /^2 events from /);
  assert.match(run(en, 'report', 'events.ndjson').stdout, /^2 events from /);
  const bare = join(en, 'elders');
  mkdirSync(bare);
  writeFileSync(join(bare, 'events.ndjson'), `${EVENT}\n`);
  assert.match(run(bare, 'report', '--time-zone', 'UTC', 'events.ndjson').stdout, /^1 event from /);
});
