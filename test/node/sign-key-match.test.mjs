// Trial K (a water company's key stolen, rotated at 02:00): `sign --key old.jwk.json` wrote over a
// live feed.jws.json the new key had signed, without a word, and every reader pinning the new key
// refused it. verify and heartbeat then refused "the document is not signed by a pinned key: it is
// signed by kid -qEg3…; the pinned key(s): kid 2_glz…", in English and thumbprints, on a Dutch desk.
// Now sign (and heartbeat to another file) warn, in the document's language, naming the key files and
// the public key the site's embed code must hold; verify and heartbeat refuse in the document's
// language, naming the key files and the command to type, with the code `signature` as before.
// A signed feed or a PEM file given as --key is said as that. Run `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iso, MIN, waterFeed } from './water-feed.mjs';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
let dir;
const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const ok = (r) => (assert.equal(r.status, 0, `exit ${r.status}\n${r.stderr}`), r);
const publicKey = (file) => JSON.stringify(JSON.parse(readFileSync(join(dir, file), 'utf8')));

const feed = waterFeed;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearline-key-match-'));
  ok(run('keygen', '--out', 'oud.jwk.json', '--public-out', 'oud.pub.json'));
  ok(run('keygen', '--out', 'nieuw.jwk.json', '--public-out', 'nieuw.pub.json'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed(), null, 2));
  writeFileSync(join(dir, 'en.json'), JSON.stringify(feed('en'), null, 2));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('sign over a file another key signed: a note in Dutch naming both key files and the public key the embed must hold', () => {
  ok(run('sign', '--key', 'nieuw.jwk.json', 'feed.json', '--out', 'feed.jws.json'));
  const r = ok(run('sign', '--key', 'oud.jwk.json', 'feed.json', '--out', 'feed.jws.json'));
  const note = r.stderr.split('\n').find((l) => l.startsWith('let op: feed.jws.json'));
  assert.ok(note, r.stderr);
  assert.match(note, /^let op: feed\.jws\.json was ondertekend met een andere sleutel: nieuw\.jwk\.json \(kid \S+…\); nu ondertekent u met oud\.jwk\.json \(kid \S+…\)\./);
  assert.match(note, /weigert het nieuwe bestand, en lezers zien dan "Status onbekend"/);
  assert.ok(note.includes(`deze publieke sleutel bevat: ${publicKey('oud.pub.json')} (keygen schreef hem naar oud.pub.json)`), note);
  assert.match(note, /onderteken dan opnieuw met de sleutel die de site vastlegt: clearline sign --key nieuw\.jwk\.json feed\.json --out feed\.jws\.json/);

  // Signed again with the same key, or with both (rotation): nothing to say.
  assert.doesNotMatch(ok(run('sign', '--key', 'oud.jwk.json', 'feed.json', '--out', 'feed.jws.json')).stderr, /andere sleutel/);
  assert.doesNotMatch(ok(run('sign', '--key', 'oud.jwk.json', '--key', 'nieuw.jwk.json', 'feed.json', '--out', 'feed.jws.json')).stderr, /andere sleutel/);
  assert.doesNotMatch(ok(run('sign', '--key', 'nieuw.jwk.json', 'feed.json', '--out', 'feed.jws.json')).stderr, /andere sleutel/);

  // An English feed: in English.
  ok(run('sign', '--key', 'oud.jwk.json', 'en.json', '--out', 'en.jws.json'));
  const en = ok(run('sign', '--key', 'nieuw.jwk.json', 'en.json', '--out', 'en.jws.json'));
  assert.match(en.stderr, /^note: en\.jws\.json was signed with another key: oud\.jwk\.json \(kid \S+…\); you are signing now with nieuw\.jwk\.json/m);
});

test('verify with a key that did not sign: Dutch, naming the key files and the sign command, code signature kept', () => {
  // The feed to sign is the feed.json here: oud-signed.json is not there (trial P was told to sign pub/feed.json).
  ok(run('sign', '--key', 'oud.jwk.json', 'feed.json', '--out', 'oud-signed.jws.json'));
  const r = run('verify', '--key', 'nieuw.pub.json', 'oud-signed.jws.json');
  assert.equal(r.status, 1);
  assert.equal(
    r.stderr,
    'clearline verify: oud-signed.jws.json is niet ondertekend met de sleutel in nieuw.pub.json, maar met oud.jwk.json (kid ' +
      r.stderr.match(/kid (\S+)…\)/)[1] +
      '…). Een site waarvan de insluitcode nieuw.pub.json vastlegt, weigert dit bestand, en lezers zien dan "Status onbekend". Legt uw site nieuw.pub.json vast? Onderteken de feed dan opnieuw met de privésleutel die erbij hoort: clearline sign --key nieuw.jwk.json feed.json --out oud-signed.jws.json. Legt uw site nog de andere sleutel vast, controleer dan met die publieke sleutel (hier: clearline verify --key oud.pub.json oud-signed.jws.json). [signature]\n',
  );
  assert.doesNotMatch(r.stderr, /pinned key/);
  const json = JSON.parse(run('verify', '--json', '--key', 'nieuw.pub.json', 'oud-signed.jws.json').stdout);
  assert.equal(json.ok, false);
  assert.equal(json.code, 'signature');
  assert.match(json.message, /^oud-signed\.jws\.json is niet ondertekend met de sleutel in nieuw\.pub\.json/);
});

test('heartbeat with a key that did not sign: Dutch, with the heartbeat and sign commands and the public key to pin', () => {
  ok(run('sign', '--key', 'nieuw.jwk.json', 'feed.json', '--out', 'live.jws.json'));
  const r = run('heartbeat', '--key', 'oud.jwk.json', 'live.jws.json', '--out', 'live.jws.json');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^clearline heartbeat: live\.jws\.json is ondertekend met een andere sleutel dan oud\.jwk\.json: met nieuw\.jwk\.json \(kid \S+…\)\./);
  // Trial P: after a key change (a key that may be stolen), a job still on the old key was told to sign with the old key
  // and pin it again. The new key that signed the file comes first; signing with the job's key only if that is the new one.
  assert.match(r.stderr, /Is dit bestand ondertekend met een nieuwe sleutel \(een sleutelwissel, of een sleutel die misschien gestolen is\)\? Geef deze taak dan de nieuwe sleutel, die waarmee het ondertekend is: clearline heartbeat --key nieuw\.jwk\.json live\.jws\.json --out live\.jws\.json; onderteken nooit met een sleutel die u hebt vervangen\./);
  // The feed the desk edits, here (live.json is not there): feed.json.
  assert.match(r.stderr, /Alleen als oud\.jwk\.json de nieuwe sleutel is en de insluitcode van uw site hem al vastlegt \([^]*\), ondertekent u de feed er zelf mee: clearline sign --key oud\.jwk\.json feed\.json --out live\.jws\.json\./);
  assert.ok(r.stderr.includes(publicKey('oud.pub.json')), r.stderr);
  assert.match(r.stderr, / \[signature\]\n$/);
  assert.doesNotMatch(r.stderr, /pinned key/);
});

test('a signed feed, the feed itself or a PEM key given as --key is said as that, with the key file to give', () => {
  ok(run('sign', '--key', 'nieuw.jwk.json', 'feed.json', '--out', 'feed.jws.json'));
  const signed = run('sign', '--key', 'feed.jws.json', 'feed.json', '--out', 'feed.jws.json');
  assert.equal(signed.status, 2);
  assert.match(signed.stderr, /^clearline sign: feed\.jws\.json is een ondertekende feed \(het bestand dat clearline sign schrijft\), geen sleutel\. Geef bij --key het sleutelbestand dat clearline keygen schreef: clearline sign --key private\.jwk\.json feed\.json --out feed\.jws\.json$/m);
  assert.doesNotMatch(signed.stderr, /publieke sleutel/);
  const own = run('sign', '--key', 'feed.json', 'feed.json');
  assert.match(own.stderr, /feed\.json is een feed of FAQ-document, geen sleutel/);
  const verify = run('verify', '--key', 'feed.jws.json', 'feed.jws.json');
  assert.match(verify.stderr, /feed\.jws\.json is een ondertekende feed .*, geen sleutel\. Geef bij --key het sleutelbestand dat clearline keygen schreef, het publieke: clearline verify --key public\.jwk\.json feed\.jws\.json/);

  writeFileSync(join(dir, 'sleutel.pem'), '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIFakeFakeFakeFakeFakeFakeFakeFakeFakeFake\n-----END PRIVATE KEY-----\n');
  const pem = run('sign', '--key', 'sleutel.pem', 'feed.json');
  assert.equal(pem.status, 2);
  assert.match(pem.stderr, /^clearline sign: sleutel\.pem is een sleutel in PEM-vorm \(-----BEGIN …\)\. clearline leest sleutels alleen als de JWK-bestanden die clearline keygen schrijft/);
  assert.match(pem.stderr, /clearline keygen --out private\.jwk\.json --public-out public\.jwk\.json/);
  assert.doesNotMatch(pem.stderr, /komma|JSON, op regel/);
  assert.match(run('sign', '--key', 'sleutel.pem', 'en.json').stderr, /sleutel\.pem is a key in PEM form \(-----BEGIN …\)\. clearline reads keys only as the JWK files clearline keygen writes: give --key the private key file/);
});

// The studio's check that its --key is one the site pins now uses the same comparison (key-check.ts): still refused at start.
test('studio --key that is not among --public-key is still refused at start', () => {
  const r = run('studio', 'feed.json', '--port', '0', '--key', 'oud.jwk.json', '--public-key', 'nieuw.pub.json');
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /^clearline studio: de --key \(kid \S+\) hoort niet bij de --public-key-sleutels: lezers zouden alles weigeren wat de studio ondertekent/m);
});
