// A signed file whose payload still reads but whose signature header or signature was changed by hand
// or cut off: lint and report --feed used its payload without a word (lint: "0 errors", exit 0), as
// did the reason commands' --faq-file and the studio's --faq; only verify said it was damaged. Now
// they say it too, as verify does, in the desk's language, with the sign command that makes it again,
// and do not use it (exit 1, code invalid, as a damaged payload). Good signed files, with one key or
// two, are read as before. The advice names the private key file beside the signed file (it always
// said private.jwk.json), or, when there is none or more than one, no name but what to put there.
// Uses dist/cli.js: `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feed, folder, run } from './desk-feed-kit.mjs';

/** A Dutch or English desk whose private key is sleutel.jwk.json, with good and damaged signed files. */
function desk(first) {
  const dir = folder(feed(first));
  assert.equal(run(dir, 'keygen', '--out', 'sleutel.jwk.json', '--public-out', 'publiek.jwk.json').status, 0);
  assert.equal(run(dir, 'keygen', '--out', 'tweede.jwk.json').status, 0);
  assert.equal(run(dir, 'sign', '--key', 'sleutel.jwk.json', '--force', 'feed.json', '--out', 'feed.jws.json').status, 0);
  assert.equal(run(dir, 'sign', '--key', 'sleutel.jwk.json', '--key', 'tweede.jwk.json', '--force', 'feed.json', '--out', 'twee.jws.json').status, 0);
  // The second key lives elsewhere, so the one beside the files is sleutel.jwk.json.
  mkdirSync(join(dir, 'kluis'));
  renameSync(join(dir, 'tweede.jwk.json'), join(dir, 'kluis', 'tweede.jwk.json'));
  const env = JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8'));
  const write = (name, e) => writeFileSync(join(dir, name), JSON.stringify(e, null, 2));
  write('kop.jws.json', { ...env, signatures: [{ ...env.signatures[0], protected: `${env.signatures[0].protected.slice(0, 10)}"${env.signatures[0].protected.slice(11)}` }] });
  write('handtekening.jws.json', { ...env, signatures: [{ ...env.signatures[0], signature: `${env.signatures[0].signature.slice(0, 30)}=` }] });
  return dir;
}

const nl = desk('nl');
const en = desk('en');
const DUTCH = (file, part = 'de kop van een handtekening (protected)') =>
  `${file} is beschadigd: ${part} is niet meer wat clearline sign schreef, dus het bestand is met de hand gewijzigd of afgebroken (half gekopieerd). Publiceer het niet; onderteken de feed opnieuw: clearline sign --key sleutel.jwk.json ${file.replace('.jws.json', '.json')} --out ${file}`;

test('lint and report --feed on a signed file with a damaged signature header: damaged, in Dutch, not used', () => {
  const lint = run(nl, 'lint', 'kop.jws.json');
  assert.equal(lint.status, 1);
  assert.equal(lint.stdout, '');
  assert.equal(lint.stderr.trim(), `clearline lint: ${DUTCH('kop.jws.json')}`);
  const sig = run(nl, 'lint', '--json', 'handtekening.jws.json');
  assert.equal(sig.status, 1);
  assert.equal(sig.stderr.trim(), `clearline lint: ${DUTCH('handtekening.jws.json', 'een handtekening (signature)')}`);
  const report = run(nl, 'report', '--feed', 'kop.jws.json', '/dev/null');
  assert.equal(report.status, 1);
  assert.equal(report.stdout, '');
  assert.equal(report.stderr.trim(), `clearline report: ${DUTCH('kop.jws.json')}`);
  assert.equal(run(nl, 'lint', '--faq', 'kop.jws.json', 'feed.json').stderr.trim(), `clearline lint: ${DUTCH('kop.jws.json')}`);
});

test('the FAQ file of new reason and of the studio with a damaged signature header: the same', () => {
  const reason = run(nl, 'new', 'reason', '--name', 'Storing', '--name', 'Outage', '--faq', 'storm', '--faq-file', 'kop.jws.json');
  assert.equal(reason.status, 1);
  assert.equal(reason.stderr.trim(), `clearline new reason: ${DUTCH('kop.jws.json')}`);
  const studio = run(nl, 'studio', 'feed.json', '--faq', 'kop.jws.json', '--port', '8313');
  assert.equal(studio.status, 1);
  assert.equal(studio.stderr.trim(), `clearline studio: ${DUTCH('kop.jws.json')}`);
});

test('good signed files, with one key or two, are read as before', () => {
  for (const file of ['feed.jws.json', 'twee.jws.json']) {
    const lint = run(nl, 'lint', file);
    assert.equal(lint.status, 0, lint.stderr);
    assert.match(lint.stdout, new RegExp(`^${file.replace('.', '\\.')}: 0 fouten, `));
    const report = run(nl, 'report', '--feed', file, '/dev/null');
    assert.equal(report.status, 0, report.stderr);
  }
});

test('the key file named: given with --key, else the one beside the file; none or two: no name, but what to put there', () => {
  // verify with the private key given (from another folder): that one is named.
  const v = run(nl, 'verify', '--key', 'kluis/tweede.jwk.json', 'kop.jws.json');
  assert.equal(v.status, 1);
  assert.match(v.stderr, /clearline sign --key kluis\/tweede\.jwk\.json feed\.json --out kop\.jws\.json \[signature\]\n$/); // kop.json is not here, feed.json is
  // A file in another folder: the key beside it, with its path.
  assert.match(run(join(nl, 'kluis'), 'lint', '../kop.jws.json').stderr, /clearline sign --key \.\.\/sleutel\.jwk\.json \.\.\/kop\.json --out \.\.\/kop\.jws\.json\n$/);
  // No private key beside it (only the public one).
  const bare = join(en, 'zonder');
  mkdirSync(bare);
  writeFileSync(join(bare, 'feed.jws.json'), readFileSync(join(en, 'kop.jws.json')));
  writeFileSync(join(bare, 'public.jwk.json'), readFileSync(join(en, 'publiek.jwk.json')));
  const none = run(bare, 'lint', 'feed.jws.json');
  assert.equal(none.status, 1);
  assert.equal(
    none.stderr.trim(),
    'clearline lint: feed.jws.json is damaged: the header of a signature (protected) is not what clearline sign wrote, so the file was changed by hand or cut off (copied halfway). Do not publish it; sign the feed again with your private key file (the one clearline keygen made): clearline sign --key KEY-FILE feed.json --out feed.jws.json, with that file\'s name in place of KEY-FILE',
  );
  // Two private keys beside it: which one is the desk's is not known.
  writeFileSync(join(nl, 'kluis', 'feed.jws.json'), readFileSync(join(nl, 'kop.jws.json')));
  writeFileSync(join(nl, 'kluis', 'nog-een.jwk.json'), readFileSync(join(nl, 'sleutel.jwk.json')));
  assert.match(
    run(join(nl, 'kluis'), 'report', '--feed', 'feed.jws.json', '/dev/null').stderr,
    /Publiceer het niet; onderteken de feed opnieuw met uw privésleutelbestand \(dat clearline keygen maakte\): clearline sign --key SLEUTELBESTAND feed\.json --out feed\.jws\.json, met de naam van dat bestand in plaats van SLEUTELBESTAND\n$/,
  );
});
