// A grid operator's desk checked a signed feed whose phone number had been changed after signing (trial R): `verify` said
// "the signature does not match the content [signature]", in English to a Dutch desk and without what to do; and for a
// damaged copy named feed.tampered.jws.json it said to sign feed.tampered.json, which did not exist. Now it says the file
// was changed after signing, in the desk's language, and names the file that is there to sign. The code stays signature.
// Uses dist/cli.js: `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feed, folder, run } from './desk-feed-kit.mjs';

/** A folder with feed.json, its keys, its signed feed.jws.json and a copy whose phone number was changed after signing. */
function tampered(first) {
  const dir = folder(feed(first));
  assert.equal(run(dir, 'keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json').status, 0);
  const s = run(dir, 'sign', '--key', 'k.jwk.json', '--force', 'feed.json', '--out', 'feed.jws.json');
  assert.equal(s.status, 0, s.stderr);
  const env = JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8'));
  const doc = Buffer.from(env.payload, 'base64url').toString('utf8').replace('+3232001234', '+3290012345');
  writeFileSync(join(dir, 'feed.tampered.jws.json'), JSON.stringify({ ...env, payload: Buffer.from(doc).toString('base64url') }));
  return dir;
}

test('a feed changed after signing, beside a Dutch feed: said in Dutch, with the sign command for the feed.json that is here', () => {
  const r = run(tampered('nl'), 'verify', '--key', 'pub.jwk.json', 'feed.tampered.jws.json');
  assert.equal(r.status, 1);
  assert.equal(
    r.stderr.trim(),
    'clearline verify: feed.tampered.jws.json is na het ondertekenen gewijzigd: de inhoud past niet meer bij de handtekening (met de hand bewerkt, door een programma herschreven of door iemand anders veranderd). Publiceer het niet. Hebt u het niet zelf veranderd, dan heeft iemand anders dat misschien gedaan: zoek uit wie, voor u het opnieuw ondertekent. Onderteken de feed daarna opnieuw: clearline sign --key k.jwk.json feed.json --out feed.tampered.jws.json [signature]',
  );
  const j = JSON.parse(run(tampered('nl'), 'verify', '--key', 'pub.jwk.json', '--json', 'feed.tampered.jws.json').stdout);
  assert.equal(j.code, 'signature');
});

test('beside an English feed: in English', () => {
  const r = run(tampered('en'), 'verify', '--key', 'pub.jwk.json', 'feed.tampered.jws.json');
  assert.match(r.stderr, /^clearline verify: feed\.tampered\.jws\.json was changed after it was signed: its content no longer matches its signature .* Do not publish it\. If you did not change it yourself, someone else may have: find out who before you sign it again\. Then sign the feed again: clearline sign --key k\.jwk\.json feed\.json --out feed\.tampered\.jws\.json \[signature\]\n$/);
});
