// The studio's Publish signed a feed larger than readers accept (DEFAULT_MAX_BYTES, feed/fetch.ts) and wrote it:
// every customer's widget then refused it. Now /api/sign refuses it as `clearline sign` does, in the studio's
// language with the size, the limit and the biggest incidents; and /api/save (a feed signed in the page) writes
// nothing for such an envelope. Uses dist/ (run `npm run build` first).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { folder, run } from './desk-feed-kit.mjs';
import { bigFeed, iso } from './big-feed-kit.mjs';
import { startStudio, stopStudios } from './studio-kit.mjs';
import { post, sign } from './studio-api-kit.mjs';
import { importTs } from './ts-import.mjs';

const { DEFAULT_MAX_BYTES } = await importTs('src/feed/fetch.ts');
after(stopStudios);

/** As the page sends it: stamped, ready to sign. */
const stamped = (feed, now = Date.now()) => ({ ...feed, seq: now, issued_at: iso(now), expires_at: iso(now + 3_600_000) });

test('studio /api/sign refuses a feed readers would refuse as too large, in Dutch and English, and signs one within the limit', async () => {
  const dir = folder(bigFeed({ incidents: 2 }));
  assert.equal(run(dir, 'keygen', '--out', 'key.jwk.json', '--public-out', 'public.jwk.json').status, 0);
  const nl = await startStudio(dir, ['--port', '0', '--key', 'key.jwk.json', '--lang', 'nl']);
  const big = stamped(bigFeed({ incidents: 10 }));
  const r = await sign(nl.url, { payload: big });
  assert.equal(r.status, 422, JSON.stringify(r.body).slice(0, 300));
  assert.equal(r.body.envelope, undefined);
  assert.equal(r.body.code, 'too-large');
  assert.match(r.body.message, /^Niet ondertekend: de ondertekende feed zou \d+,\d\d MB zijn, meer dan de \d,\d\d MB die lezers aannemen; .*Grootste incidenten: "Leidingbreuk wijk \d+" \(leiding-\d+\): \d+ kB, waarvan \d+ kB in 100 eerdere updates/);
  // The studio has no --force, and the desk edits the form, not feed.json.
  assert.doesNotMatch(r.body.message, /--force|in feed\.json/);

  const en = await startStudio(dir, ['--port', '0', '--key', 'key.jwk.json', '--lang', 'en']);
  const e = await sign(en.url, { payload: big });
  assert.equal(e.status, 422);
  assert.match(e.body.message, /^Not signed: the signed feed would be \d+\.\d\d MB, more than the \d\.\d\d MB readers accept; .*Biggest incidents: "Burst main district \d+" \(leiding-\d+\)/);

  const ok = await sign(en.url, { payload: stamped(bigFeed({ incidents: 5 })) });
  assert.equal(ok.status, 200, JSON.stringify(ok.body).slice(0, 300));
  assert.ok(ok.body.envelope?.signatures?.length);
});

test('studio /api/save writes nothing for an envelope signed in the page that readers would refuse as too large', async () => {
  // Nine burst mains: just over the limit signed, and with its feed still under what the studio takes a request.
  const feed = bigFeed({ incidents: 9 });
  const dir = folder(feed);
  assert.equal(run(dir, 'keygen', '--out', 'key.jwk.json', '--public-out', 'public.jwk.json').status, 0);
  assert.equal(run(dir, 'sign', '--key', 'key.jwk.json', '--force', 'feed.json', '--out', 'big.jws.json').status, 0);
  const envelope = JSON.parse(readFileSync(join(dir, 'big.jws.json'), 'utf8'));
  assert.ok(JSON.stringify(envelope).length > DEFAULT_MAX_BYTES, 'the envelope is larger than readers accept');
  const before = readFileSync(join(dir, 'feed.json'), 'utf8');
  const nl = await startStudio(dir, ['--port', '0', '--lang', 'nl']);
  const r = await post(nl.url, '/api/save', { feed: JSON.stringify(feed), envelope, version: 'any' });
  assert.equal(r.status, 422, JSON.stringify(r.body).slice(0, 300));
  assert.equal(r.body.code, 'too-large');
  assert.match(r.body.message, /^Niet ondertekend: de ondertekende feed zou \d+,\d\d MB zijn/);
  assert.equal(existsSync(join(dir, 'feed.jws.json')), false);
  assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
});

test('studio /api/save writes every feed readers accept, however much its texts are escaped (network paths in a cyberattack\'s updates)', async () => {
  // Twelve incidents whose updates list \\fs01\… paths: 0.97 MB signed, so readers take it; sent to /api/save beside
  // feed.json as a JSON string, every backslash and quote escaped again, the request is over 2 MB, which the studio refused.
  const LINE = { nl: '- \\\\fs01\\afdelingen\\financien\\"2026"\n', en: '- \\\\fs01\\departments\\finance\\"2026"\n' };
  const feed = bigFeed({ incidents: 12 });
  for (const inc of feed.incidents) for (const u of inc.updates) for (const l of ['nl', 'en']) u.known[l] = LINE[l].repeat(6);
  const dir = folder(feed);
  assert.equal(run(dir, 'keygen', '--out', 'key.jwk.json', '--public-out', 'public.jwk.json').status, 0);
  const signed = run(dir, 'sign', '--key', 'key.jwk.json', 'feed.json', '--out', 'signed.jws.json');
  assert.equal(signed.status, 0, signed.stderr);
  const envelopeFile = readFileSync(join(dir, 'signed.jws.json'), 'utf8');
  assert.ok(Buffer.byteLength(envelopeFile) < DEFAULT_MAX_BYTES, 'readers accept it');
  const feedText = readFileSync(join(dir, 'feed.json'), 'utf8');
  const request = { feed: feedText, envelope: JSON.parse(envelopeFile), version: createHash('sha256').update(feedText).digest('hex').slice(0, 32) };
  assert.ok(Buffer.byteLength(JSON.stringify(request)) > 2_000_000, 'the request is over 2 MB');
  const en = await startStudio(dir, ['--port', '0', '--lang', 'en']);
  const r = await post(en.url, '/api/save', request);
  assert.equal(r.status, 200, JSON.stringify(r.body).slice(0, 300));
  assert.equal(readFileSync(join(dir, 'feed.jws.json'), 'utf8'), envelopeFile, 'written as signed');
});
