// Readers refuse a feed larger than DEFAULT_MAX_BYTES (feed/fetch.ts, code too-large), but `clearline sign` and
// `heartbeat` signed one without a word: in a long crisis (ten burst mains, a hundred updates each) the desk
// published a feed every customer's widget then refused. Now they refuse it, in the desk's language, with the
// size, the limit and the biggest incidents (with the share of their earlier updates), and write nothing; the refusal
// no longer offers --force (every reader refuses such a feed), which still signs anyway with a warning, for scripts; `verify`
// of such a file says too-large, as readers do. Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folder, run } from './desk-feed-kit.mjs';
import { bigFeed } from './big-feed-kit.mjs';
import { importTs } from './ts-import.mjs';

const { DEFAULT_MAX_BYTES } = await importTs('src/feed/fetch.ts');
const mb = (bytes, lang) => ((n) => (lang === 'nl' ? n.replace('.', ',') : n))((bytes / 1e6).toFixed(2));

/** Ten burst mains, a hundred updates each in Dutch and English; the third has the longest texts. */
function tooBig(langs) {
  const feed = bigFeed({ incidents: 10, langs });
  feed.incidents[2] = bigFeed({ incidents: 3, chars: 600, langs }).incidents[2];
  return feed;
}

function keyed(doc) {
  const dir = folder(doc);
  assert.equal(run(dir, 'keygen', '--out', 'k.jwk.json', '--public-out', 'p.jwk.json').status, 0);
  return dir;
}

test('sign refuses a Dutch feed larger than readers accept: size, limit and the biggest incidents, in Dutch; nothing written', () => {
  const dir = keyed(tooBig(['nl', 'en']));
  const r = run(dir, 'sign', '--key', 'k.jwk.json', 'feed.json', '--out', 'feed.jws.json');
  assert.equal(r.status, 2, r.stderr);
  assert.equal(existsSync(join(dir, 'feed.jws.json')), false);
  const m = /niet ondertekend: de ondertekende feed zou (\d+),(\d\d) MB zijn, meer dan de (\S+) MB die lezers aannemen; de statusmelding op elke website zou hem weigeren/.exec(r.stderr);
  assert.ok(m, r.stderr);
  assert.ok(Number(`${m[1]}.${m[2]}`) * 1e6 > DEFAULT_MAX_BYTES);
  assert.equal(m[3], mb(DEFAULT_MAX_BYTES, 'nl'));
  // Biggest first, by title and id, with its share and its history: the desk knows what to shorten or close.
  assert.match(r.stderr, /Grootste incidenten: "Leidingbreuk wijk 3" \(leiding-3\): \d+ kB, waarvan \d+ kB in 100 eerdere updates; "Leidingbreuk wijk \d+" \(leiding-\d+\): \d+ kB, waarvan \d+ kB in 100 eerdere updates; /);
  assert.match(r.stderr, /Maak de feed kleiner in feed\.json: verwijder incidenten die al zijn opgelost, haal de oudste eerdere updates \("updates"\) weg of maak lange teksten korter/);
  // Not offered: every reader would refuse the feed.
  assert.doesNotMatch(r.stderr, /--force/);

  // --force still signs anyway (for scripts), and says readers will refuse it.
  const forced = run(dir, 'sign', '--key', 'k.jwk.json', '--force', 'feed.json', '--out', 'feed.jws.json');
  assert.equal(forced.status, 0, forced.stderr);
  assert.ok(statSync(join(dir, 'feed.jws.json')).size > DEFAULT_MAX_BYTES);
  assert.match(forced.stderr, /waarschuwing: toch ondertekend \(--force\), maar de feed is \d+,\d\d MB, meer dan de \S+ MB die lezers aannemen: elke lezer weigert hem/);

  // verify refuses the file as readers do: too-large, in Dutch.
  const checked = run(dir, 'verify', '--key', 'p.jwk.json', 'feed.jws.json');
  assert.notEqual(checked.status, 0);
  assert.match(checked.stderr, /feed\.jws\.json is \d+,\d\d MB, meer dan de \S+ MB die lezers aannemen: de statusmelding op elke website weigert hem/);
  assert.match(checked.stderr, /\[too-large\]/);
  const asJson = run(dir, 'verify', '--key', 'p.jwk.json', '--json', 'feed.jws.json');
  assert.equal(JSON.parse(asJson.stdout).code, 'too-large');

  // heartbeat re-signs the same feed: refused too, the signed file left as it was, the feed to edit named.
  const before = readFileSync(join(dir, 'feed.jws.json'), 'utf8');
  const beat = run(dir, 'heartbeat', '--key', 'k.jwk.json', 'feed.jws.json', '--out', 'feed.jws.json');
  assert.equal(beat.status, 2, beat.stderr);
  assert.match(beat.stderr, /niet ondertekend: de ondertekende feed zou \d+,\d\d MB zijn.*Maak de feed kleiner in feed\.json:/);
  assert.equal(readFileSync(join(dir, 'feed.jws.json'), 'utf8'), before);
  const beatForced = run(dir, 'heartbeat', '--key', 'k.jwk.json', '--force', 'feed.jws.json', '--out', 'feed.jws.json');
  assert.equal(beatForced.status, 0, beatForced.stderr);
  assert.match(beatForced.stderr, /waarschuwing: toch ondertekend \(--force\)/);
});

test('sign refuses an English feed too large, in English; --json prints no summary', () => {
  const feed = tooBig(['en']);
  // English alone is about half the size: twice the texts to pass the limit.
  for (const i of feed.incidents) for (const u of i.updates) u.unknown = u.known;
  const dir = keyed(feed);
  const r = run(dir, 'sign', '--key', 'k.jwk.json', '--json', 'feed.json', '--out', 'feed.jws.json');
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(existsSync(join(dir, 'feed.jws.json')), false);
  assert.match(r.stderr, new RegExp(`not signed: the signed feed would be \\d+\\.\\d\\d MB, more than the ${mb(DEFAULT_MAX_BYTES, 'en').replace('.', '\\.')} MB readers accept; the status widget on every website would refuse it and show nothing\\. Biggest incidents: "Burst main district 3" \\(leiding-3\\): \\d+ kB, of which \\d+ kB in 100 earlier updates`));
  assert.doesNotMatch(r.stderr, /--force/);
});

test('a long crisis within the limit (5 incidents × 100 updates of 400 characters, Dutch and English) is signed as before', () => {
  const dir = keyed(bigFeed({ incidents: 5, updates: 100, chars: 400 }));
  const r = run(dir, 'sign', '--key', 'k.jwk.json', 'feed.json', '--out', 'feed.jws.json');
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /MB/);
  const size = statSync(join(dir, 'feed.jws.json')).size;
  assert.ok(size > DEFAULT_MAX_BYTES / 2 && size < DEFAULT_MAX_BYTES, String(size));
  assert.equal(run(dir, 'verify', '--key', 'p.jwk.json', 'feed.jws.json').status, 0);
});
