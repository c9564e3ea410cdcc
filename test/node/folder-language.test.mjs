// What the CLI says before it has a file of its own to read (no file given, an option it does not
// know, a file it cannot write) is said in the language of the feed.json in the folder it runs in
// (io.ts folderLanguage), as keygen speaks: a Dutch desk read "give the document to sign, e.g. …"
// and "Unknown option '--kye'" in English beside its Dutch feed. An English feed and a folder
// without a feed keep English; exit codes stay. Uses dist/ (npm run build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

test('a command line the command cannot take: said in the language of the feed.json in the folder, with what to do', () => {
  const before = readFileSync(join(nl, 'feed.json'), 'utf8');
  const left = run(nl, 'update', 'feed.json', '--incident', 'leiding', '--known', 'De', 'site', 'werkt', 'niet');
  assert.equal(left.status, 2);
  assert.equal(left.stderr, 'clearline update: "site werkt niet" blijft over: deze woorden horen bij geen enkele optie. Zet een tekst met spaties tussen aanhalingstekens: --known "De site werkt niet". Er is niets gewijzigd.\n');
  assert.equal(run(nl, 'new', 'channel', '--kind', 'phone', '--link', '0800-1234', '--name', 'Klantenservice', 'Customer service').stderr,
    'clearline new channel: "Customer service" blijft over: dit hoort bij geen enkele optie. Geef --name één keer per tekst: --name "Klantenservice" --name "Customer service". Er is niets gewijzigd.\n');
  // An option typed wrong: which one was meant, and the usage line; the option help it points to speaks Dutch here too (help-desk-language.test.mjs).
  const typo = run(nl, 'sign', '--kye', 'k.jwk.json', 'feed.json');
  assert.equal(typo.status, 2);
  assert.equal(typo.stderr, 'clearline sign: --kye is geen optie van clearline sign. Bedoelt u --key? Er is niets gewijzigd.\n\nGebruik: clearline sign --key private.jwk.json [--key another.jwk.json] [--valid 1h] [--number-ok NUMBER] [--lang en|nl] feed.json --out feed.jws.json\nAlle opties: clearline sign --help\n');
  assert.match(run(nl, 'lint', 'feed.json', '--lang').stderr, /^clearline lint: --lang heeft geen waarde: zet de waarde er direct achter \(een tekst met spaties tussen aanhalingstekens\)\. Er is niets gewijzigd\.\n\nGebruik: clearline lint /);
  assert.match(run(nl, 'update', 'feed.json', '--incident', 'leiding', '--known', '--phase', 'identified').stderr, /^clearline update: --known heeft geen waarde: .*begint de tekst met een streepje, schrijf dan --known="-…"\)\. Er is niets gewijzigd\./);
  assert.match(run(nl, 'lint', 'feed.json', '--strict=ja').stderr, /^clearline lint: --strict neemt geen waarde: schrijf alleen --strict\. Er is niets gewijzigd\./);
  assert.equal(readFileSync(join(nl, 'feed.json'), 'utf8'), before, 'nothing changed');
  // lint --lang en asks for English (lint's --lang is the desk's language); update --lang en names the texts' language, not the desk's.
  assert.match(run(nl, 'lint', 'feed.json', '--lang', 'en', '--strcit').stderr, /^clearline lint: --strcit is not an option of clearline lint\. Did you mean --strict\? Nothing was changed\.\n\ncheck a feed/);
  assert.match(run(nl, 'update', 'feed.json', '--incident', 'leiding', '--lang', 'en', '--knwon', 'x').stderr, /^clearline update: --knwon is geen optie van clearline update\. Bedoelt u --known\?/);
  // The one option that ends in the word given: export takes the public key as --public-key, verify as --key (trial L).
  assert.match(run(nl, 'export', 'feed.jws.json', '--key', 'public.jwk.json', '--to', 'sms').stderr, /^clearline export: --key is geen optie van clearline export\. Bedoelt u --public-key\?/);
  // A feed named elsewhere (--feed, or the file given) is its own language, not the folder's.
  assert.match(run(none, 'lint', join(nl, 'feed.json'), '--strcit').stderr, /^clearline lint: --strcit is geen optie/);
  assert.match(run(none, 'new', 'reason', '--feed', join(nl, 'feed.json'), '--nmae', 'x').stderr, /^clearline new reason: --nmae is geen optie van clearline new reason\. Bedoelt u --name\?/);
  // English feed, or no feed: English, with the option help under it as before.
  for (const dir of [en, none]) {
    const r = run(dir, 'lint', '--strcit');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^clearline lint: --strcit is not an option of clearline lint\. Did you mean --strict\? Nothing was changed\.\n\ncheck a feed or FAQ document .*\n\nUsage: clearline lint .*\n\nOptions:\n/);
  }
  assert.match(run(en, 'update', 'feed.json', '--incident', 'leiding', '--known', 'The', 'site').stderr, /^clearline update: "site" is left over: no option takes it\. A text with spaces needs quotes: --known "The site"\. Nothing was changed\.\n$/);
});

test('a file that cannot be written is said in the desk\'s language, with what to do (was "cannot write nomap/k.jwk.json: ENOENT")', () => {
  const keygen = run(nl, 'keygen', '--out', 'nomap/k.jwk.json');
  assert.equal(keygen.status, 2);
  assert.equal(keygen.stderr, 'clearline keygen: kan nomap/k.jwk.json niet schrijven: de map nomap bestaat niet; maak hem eerst aan, of kies een plek in een map die er wel is\n');
  assert.equal(run(en, 'keygen', '--out', 'nomap/k.jwk.json').stderr, 'clearline keygen: cannot write nomap/k.jwk.json: the folder nomap does not exist; make it first, or give a place in a folder that exists\n');
  // A new feed speaks the language it is made in (nl,en unless --lang says otherwise), also when it cannot be written.
  assert.match(run(none, 'new', 'incident', '--template', 'water', '--id', 'w1', '--feed-id', 'x', '--feed', 'nomap/feed.json').stderr, /^clearline new incident: kan nomap\/feed\.json niet schrijven: de map nomap bestaat niet;/);
  assert.match(run(none, 'new', 'incident', '--template', 'water', '--id', 'w1', '--feed-id', 'x', '--feed', 'nomap/feed.json', '--lang', 'en').stderr, /^clearline new incident: cannot write nomap\/feed\.json: the folder nomap does not exist;/);
  // update without a file, beside a Dutch feed.
  assert.equal(run(nl, 'update', '--incident', 'leiding').stderr, 'clearline update: geen feed opgegeven: geef eerst het bestand dat u bijwerkt, bijvoorbeeld clearline update feed.json --incident storm --known "…"\n');
  assert.match(run(en, 'update', '--incident', 'leiding').stderr, /^clearline update: no feed given: give the file to update first/);
});

test('writeText: a folder given as the file, or a file as a folder, in words (io.ts)', async () => {
  const { importTs } = await import('./ts-import.mjs');
  const { writeText } = await importTs('src/cli/io.ts');
  const said = (path, lang) => writeText(path, 'x', undefined, lang).then(() => 'written', (e) => e.message);
  assert.equal(await said(none, 'nl'), `kan ${none} niet schrijven: dat is een map; geef een bestandsnaam erin`);
  assert.equal(await said(none, 'en'), `cannot write ${none}: that is a folder; give a file name in it`);
  const file = join(nl, 'feed.json');
  assert.equal(await said(join(file, 'k.json'), 'nl'), `kan ${join(file, 'k.json')} niet schrijven: een deel van ${file} is een bestand, geen map; controleer het pad`);
  // Without a language: the file's own, else the feed.json beside it.
  mkdirSync(join(nl, 'sub'));
  assert.equal(await said(join(nl, 'sub')), `kan ${join(nl, 'sub')} niet schrijven: dat is een map; geef een bestandsnaam erin`);
});
