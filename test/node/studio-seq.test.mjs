// The studio signs and saves with the two protections `clearline sign` has (trial K; feed/seq-above.ts,
// feed/issued-ahead.ts, cli/studio-seq.ts): after a laptop 40 minutes fast signed feed.jws.json, the studio on a correct
// clock (a) tells the page that seq (X-Clearline-Seq), (b) signs above it with --key (/api/sign), and (c) does not write
// a page-signed envelope with a lower seq over it (/api/save: readers that have the fast one would refuse the new one as
// older), nor one whose issued_at is days ahead. Times relative to now. Uses dist/ (run `npm run build` first).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './desk-feed-kit.mjs';
import { startStudio, stopStudios } from './studio-kit.mjs';
import { post, sign } from './studio-api-kit.mjs';
import { iso, MIN, waterFeed } from './water-feed.mjs';

after(stopStudios);

const payloadOf = (envelope) => JSON.parse(Buffer.from(envelope.payload, 'base64url').toString('utf8'));
const version = (text) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** A folder with feed.json (unstamped, as the studio saves it) and feed.jws.json signed by a laptop 40 minutes fast. */
function folder(now) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-studio-seq-'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(waterFeed('nl', now), null, 2) + '\n');
  assert.equal(run(dir, 'keygen', '--out', 'key.jwk.json', '--public-out', 'public.jwk.json').status, 0);
  const fast = now + 40 * MIN;
  const signed = signAs(dir, 'fast', now, fast, ['--force']);
  writeFileSync(join(dir, 'feed.jws.json'), JSON.stringify(signed) + '\n');
  return { dir, fastSeq: fast };
}

/** The feed signed by the CLI as of `issued` (with `seq`, by default the issue time), as the page would send it to /api/save. */
function signAs(dir, name, now, issued, extra = [], seq = issued) {
  const doc = { ...waterFeed('nl', now), seq, issued_at: iso(issued), expires_at: iso(issued + 60 * MIN) };
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(doc));
  const r = run(dir, 'sign', `${name}.json`, '--key', 'key.jwk.json', '--out', `${name}.jws.json`, ...extra);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(readFileSync(join(dir, `${name}.jws.json`), 'utf8'));
}

test('studio: /api/feed says the seq of feed.jws.json, and /api/sign signs above it', async () => {
  const now = Date.now();
  const { dir, fastSeq } = folder(now);
  const studio = await startStudio(dir, ['--port', '0', '--key', 'key.jwk.json', '--lang', 'nl']);
  const feed = await fetch(new URL('/api/feed', studio.url));
  assert.equal(feed.status, 200);
  assert.equal(feed.headers.get('x-clearline-seq'), String(fastSeq));
  // The page, on a correct clock, stamped seq = now: signed one above the fast laptop's.
  const r = await sign(studio.url, { payload: { ...waterFeed('nl', now), seq: now, issued_at: iso(now), expires_at: iso(now + 60 * MIN) } });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(payloadOf(r.body.envelope).seq, fastSeq + 1);
});

test('studio: /api/save does not write a page-signed feed whose seq is below that of feed.jws.json, and says why in the studio\'s language', async () => {
  const now = Date.now();
  const { dir, fastSeq } = folder(now);
  const studio = await startStudio(dir, ['--port', '0', '--lang', 'nl']);
  const feedText = readFileSync(join(dir, 'feed.json'), 'utf8');
  const jwsBefore = readFileSync(join(dir, 'feed.jws.json'), 'utf8');
  const r = await post(studio.url, '/api/save', { feed: feedText, envelope: signAs(dir, 'slow', now, now), version: version(feedText) });
  assert.equal(r.status, 422, JSON.stringify(r.body));
  assert.equal(r.body.code, 'seq-behind');
  assert.equal(r.body.seq, fastSeq);
  assert.match(r.body.message, /^Niet bewaard: feed\.jws\.json is opnieuw ondertekend .*Druk opnieuw op Ondertekenen en dan op Publiceren/);
  assert.equal(readFileSync(join(dir, 'feed.jws.json'), 'utf8'), jwsBefore);
  // Signed above it, it is written.
  const ok = await post(studio.url, '/api/save', { feed: feedText, envelope: signAs(dir, 'above', now, now, [], fastSeq + 1), version: version(feedText) });
  assert.equal(ok.status, 200, JSON.stringify(ok.body));
  assert.equal(payloadOf(JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8'))).seq, fastSeq + 1);
});

test('studio: /api/save does not write a page-signed feed whose issued_at is days ahead of this computer\'s clock', async () => {
  const now = Date.now();
  const { dir } = folder(now);
  const studio = await startStudio(dir, ['--port', '0', '--lang', 'en']);
  const feedText = readFileSync(join(dir, 'feed.json'), 'utf8');
  const jwsBefore = readFileSync(join(dir, 'feed.jws.json'), 'utf8');
  const r = await post(studio.url, '/api/save', { feed: feedText, envelope: signAs(dir, 'typo', now, now + 10 * 24 * 60 * MIN, ['--force']), version: version(feedText) });
  assert.equal(r.status, 422, JSON.stringify(r.body));
  assert.equal(r.body.code, 'issued-ahead');
  assert.match(r.body.message, /^Not saved: issued_at in feed\.json is .+ \(Europe\/Amsterdam\), 10 days ahead of this computer's clock/);
  assert.doesNotMatch(r.body.message, /--force/);
  assert.equal(readFileSync(join(dir, 'feed.jws.json'), 'utf8'), jwsBefore);
});
