// What the CLI says before it has a file of its own to read (no file given, an option it does not
// know, a file it cannot write) is said in the language of the feed.json in the folder it runs in
// (io.ts folderLanguage), as keygen speaks: a Dutch desk read "give the document to sign, e.g. …"
// and "Unknown option '--kye'" in English beside its Dutch feed. An English feed and a folder
// without a feed keep English; exit codes stay. Uses dist/ (npm run build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feed, run } from './desk-kit.mjs';

const nl = feed('nl,en');
const en = feed('en');
const none = mkdtempSync(join(tmpdir(), 'clearline-no-feed-'));
test.after(() => [nl, en, none].forEach((d) => rmSync(d, { recursive: true, force: true })));

test('sign, heartbeat and verify without a file: what to give, in the language of the feed.json in the folder', () => {
  const said = (dir, ...args) => {
    const r = run(dir, ...args);
    assert.equal(r.status, 2);
    return r.stderr;
  };
  assert.equal(said(nl, 'sign', '--key', 'sleutel.jwk.json'), 'clearline sign: geen bestand om te ondertekenen: geef het bestand dat u bewerkt (feed.json, of faq.json voor de FAQ), bijvoorbeeld clearline sign --key sleutel.jwk.json feed.json --out feed.jws.json\n');
  assert.equal(said(nl, 'heartbeat'), 'clearline heartbeat: geen ondertekend bestand opgegeven: geef het bestand dat clearline sign schreef, bijvoorbeeld clearline heartbeat --key private.jwk.json feed.jws.json --out feed.jws.json\n');
  assert.equal(said(nl, 'verify'), 'clearline verify: geen ondertekend bestand opgegeven: geef het bestand dat clearline sign schreef, of het https:-adres ervan, bijvoorbeeld clearline verify --key public.jwk.json feed.jws.json\n');
  // sign --lang en is asked for English.
  assert.match(said(nl, 'sign', '--lang', 'en'), /^clearline sign: no file to sign: give the file you edit/);
  for (const dir of [en, none]) {
    assert.equal(said(dir, 'sign'), 'clearline sign: no file to sign: give the file you edit (feed.json, or faq.json for the FAQ), e.g. clearline sign --key private.jwk.json feed.json --out feed.jws.json\n');
    assert.equal(said(dir, 'heartbeat'), 'clearline heartbeat: no signed file given: give the one clearline sign wrote, e.g. clearline heartbeat --key private.jwk.json feed.jws.json --out feed.jws.json\n');
    assert.match(said(dir, 'verify'), /^clearline verify: no signed file given: give the file clearline sign wrote, or its https: address, e\.g\. clearline verify --key public\.jwk\.json feed\.jws\.json\n$/);
  }
});

test('a Dutch feed.json with a comma missing still makes the folder Dutch (its text is read, as io.ts fileLanguage reads it)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-broken-'));
  try {
    writeFileSync(join(dir, 'feed.json'), readFileSync(join(nl, 'feed.json'), 'utf8').replace(/,\n/, '\n'));
    assert.match(run(dir, 'verify').stderr, /^clearline verify: geen ondertekend bestand opgegeven/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
