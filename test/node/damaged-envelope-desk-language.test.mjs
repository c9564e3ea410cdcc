// A signed file that was changed by hand or cut off (copied halfway): verify said "the payload is not
// strict base64url [invalid]" (or "the signature does not match the content" for a payload cut
// short), heartbeat "the envelope payload is not base64url JSON", sign "the document needs "type"…",
// in English also to a Dutch desk and without what to do. Now the CLI says it is damaged, in the
// desk's language (the feed.json beside it), with the sign command that makes it again; the feed
// layer's messages are not changed, and verify keeps its error code. Uses dist/cli.js: `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feed, folder, run } from './desk-feed-kit.mjs';

/** A folder with feed.json in `first` language first, its keys, its signed feed.jws.json and damaged copies of it. */
function signed(first) {
  const dir = folder(feed(first));
  assert.equal(run(dir, 'keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json').status, 0);
  const s = run(dir, 'sign', '--key', 'k.jwk.json', '--force', 'feed.json', '--out', 'feed.jws.json');
  assert.equal(s.status, 0, s.stderr);
  const env = JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8'));
  const write = (name, e) => writeFileSync(join(dir, name), JSON.stringify(e, null, 2));
  // A character base64url does not have, typed into the payload.
  write('typed.jws.json', { ...env, payload: `${env.payload.slice(0, 20)}+${env.payload.slice(21)}` });
  // Cut off: the payload ends halfway (4n + 2 characters: still base64url, no longer JSON).
  write('cut.jws.json', { ...env, payload: env.payload.slice(0, 4 * Math.floor(env.payload.length / 8) + 2) });
  write('header.jws.json', { ...env, signatures: [{ ...env.signatures[0], protected: `${env.signatures[0].protected}!` }] });
  return dir;
}

const nl = signed('nl');
const en = signed('en');
// The file to sign is the one that is here: feed.json, not typed.json (which does not exist; trial R's desk was told to sign
// feed.tampered.json).
const DUTCH = (file, part, key) =>
  `${file} is beschadigd: ${part} is niet meer wat clearline sign schreef, dus het bestand is met de hand gewijzigd of afgebroken (half gekopieerd). Publiceer het niet; onderteken de feed opnieuw: clearline sign --key ${key} feed.json --out ${file}`;

// The key file named is the private one beside the file (k.jwk.json; it said private.jwk.json, a name this desk does not have).
test('verify on a damaged signed file beside a Dutch feed: damaged, in Dutch, with the sign command; the code stays', () => {
  const typed = run(nl, 'verify', '--key', 'pub.jwk.json', 'typed.jws.json');
  assert.equal(typed.status, 1);
  assert.equal(typed.stderr.trim(), `clearline verify: ${DUTCH('typed.jws.json', 'de inhoud (payload)', 'k.jwk.json')} [invalid]`);
  const cut = run(nl, 'verify', '--key', 'pub.jwk.json', 'cut.jws.json');
  assert.equal(cut.status, 1);
  assert.match(cut.stderr, /^clearline verify: cut\.jws\.json is beschadigd: de inhoud \(payload\) is niet meer wat clearline sign schreef/);
  const header = run(nl, 'verify', '--key', 'pub.jwk.json', '--json', 'header.jws.json');
  assert.equal(header.status, 1);
  const out = JSON.parse(header.stdout);
  assert.equal(out.code, 'signature');
  assert.equal(out.message, DUTCH('header.jws.json', 'de kop van een handtekening (protected)', 'k.jwk.json'));
});

test('heartbeat and sign on a damaged signed file beside a Dutch feed: the same, with the --key given', () => {
  const hb = run(nl, 'heartbeat', '--key', 'k.jwk.json', 'typed.jws.json', '--out', 'typed.jws.json');
  assert.equal(hb.status, 1);
  assert.equal(hb.stderr.trim(), `clearline heartbeat: ${DUTCH('typed.jws.json', 'de inhoud (payload)', 'k.jwk.json')}`);
  const sign = run(nl, 'sign', '--key', 'k.jwk.json', 'cut.jws.json', '--out', 'cut.jws.json');
  assert.equal(sign.status, 1);
  assert.equal(sign.stderr.trim(), `clearline sign: ${DUTCH('cut.jws.json', 'de inhoud (payload)', 'k.jwk.json')}`);
  // An intact signed file given to sign: the file it writes, not the one the desk edits.
  const again = run(nl, 'sign', '--key', 'k.jwk.json', 'feed.jws.json', '--out', 'feed.jws.json');
  assert.equal(again.status, 1);
  assert.equal(again.stderr.trim(), 'clearline sign: feed.jws.json is al ondertekend: het is het bestand dat clearline sign schrijft, niet het bestand dat u bewerkt. Onderteken het bestand dat u bewerkt: clearline sign --key k.jwk.json feed.json --out feed.jws.json');
});

test('beside an English feed: in English', () => {
  const v = run(en, 'verify', '--key', 'pub.jwk.json', 'typed.jws.json');
  assert.equal(v.stderr.trim(), 'clearline verify: typed.jws.json is damaged: its content (payload) is not what clearline sign wrote, so the file was changed by hand or cut off (copied halfway). Do not publish it; sign the feed again: clearline sign --key k.jwk.json feed.json --out typed.jws.json [invalid]');
  const hb = run(en, 'heartbeat', '--key', 'k.jwk.json', 'header.jws.json');
  assert.match(hb.stderr, /^clearline heartbeat: header\.jws\.json is damaged: the header of a signature \(protected\) is not what clearline sign wrote/);
  assert.match(run(en, 'sign', '--key', 'k.jwk.json', 'feed.jws.json').stderr, /^clearline sign: feed\.jws\.json is already signed: it is the file clearline sign writes, not the file you edit\./);
});
