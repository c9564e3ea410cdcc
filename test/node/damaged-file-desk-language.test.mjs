// A damaged signed file (changed by hand, cut off) given to lint, report --feed, the reason commands'
// --faq-file or the studio's --faq: they said "the envelope payload is not base64url JSON", in English
// also to a Dutch desk and without what to do. Now as verify and heartbeat say it (damaged-envelope.ts):
// damaged, do not publish, sign again with the command, in the desk's language.
// Uses dist/cli.js: `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feed, folder, run } from './desk-feed-kit.mjs';

/** A folder with feed.json in `first` language first, its keys, and a signed file with a character typed into its payload. */
function desk(first) {
  const dir = folder(feed(first));
  assert.equal(run(dir, 'keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json').status, 0);
  const s = run(dir, 'sign', '--key', 'k.jwk.json', '--force', 'feed.json', '--out', 'feed.jws.json');
  assert.equal(s.status, 0, s.stderr);
  const env = JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8'));
  const typed = JSON.stringify({ ...env, payload: `${env.payload.slice(0, 20)}+${env.payload.slice(21)}` });
  writeFileSync(join(dir, 'typed.jws.json'), typed);
  writeFileSync(join(dir, 'faq.jws.json'), typed);
  return dir;
}

const nl = desk('nl');
// The key file named is the private one beside the file, k.jwk.json (it said private.jwk.json, which this desk does not have).
const en = desk('en');
const DUTCH = (file) =>
  `${file} is beschadigd: de inhoud (payload) is niet meer wat clearline sign schreef, dus het bestand is met de hand gewijzigd of afgebroken (half gekopieerd). Publiceer het niet; onderteken de feed opnieuw: clearline sign --key k.jwk.json ${file.replace('.jws.json', '.json')} --out ${file}`;
const ENGLISH = (file) =>
  `${file} is damaged: its content (payload) is not what clearline sign wrote, so the file was changed by hand or cut off (copied halfway). Do not publish it; sign the feed again: clearline sign --key k.jwk.json ${file.replace('.jws.json', '.json')} --out ${file}`;

test('lint and report --feed on a damaged signed file beside a Dutch feed: damaged, in Dutch, with the sign command', () => {
  const lint = run(nl, 'lint', 'typed.jws.json');
  assert.equal(lint.status, 1);
  assert.equal(lint.stderr.trim(), `clearline lint: ${DUTCH('typed.jws.json')}`);
  const faq = run(nl, 'lint', '--faq', 'faq.jws.json', 'feed.json');
  assert.equal(faq.stderr.trim(), `clearline lint: ${DUTCH('faq.jws.json')}`);
  const report = run(nl, 'report', '--feed', 'typed.jws.json', '/dev/null');
  assert.equal(report.status, 1);
  assert.equal(report.stderr.trim(), `clearline report: ${DUTCH('typed.jws.json')}`);
  // --lang says the language.
  assert.equal(run(nl, 'lint', '--lang', 'en', 'typed.jws.json').stderr.trim(), `clearline lint: ${ENGLISH('typed.jws.json')}`);
});

test('the FAQ file of new reason and of the studio, damaged, beside a Dutch feed: the same, in Dutch', () => {
  const reason = run(nl, 'new', 'reason', '--name', 'Storing', '--name', 'Outage', '--faq', 'storm', '--faq-file', 'faq.jws.json');
  assert.equal(reason.status, 1);
  assert.equal(reason.stderr.trim(), `clearline new reason: ${DUTCH('faq.jws.json')}`);
  // The studio reads --faq at start: it stops there, before it listens.
  const studio = run(nl, 'studio', 'feed.json', '--faq', 'faq.jws.json', '--port', '8261');
  assert.equal(studio.status, 1);
  assert.equal(studio.stderr.trim(), `clearline studio: ${DUTCH('faq.jws.json')}`);
});

test('beside an English feed: in English', () => {
  assert.equal(run(en, 'lint', 'typed.jws.json').stderr.trim(), `clearline lint: ${ENGLISH('typed.jws.json')}`);
  assert.equal(run(en, 'report', '--feed', 'typed.jws.json', '/dev/null').stderr.trim(), `clearline report: ${ENGLISH('typed.jws.json')}`);
});
