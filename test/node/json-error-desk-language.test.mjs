// A Dutch desk forgot a comma in feed.json and ran `clearline sign`: "feed.json is not valid JSON, at
// line 29, column 7: Expected ',' or '}' after property value in JSON", English and an engineer's
// words; a missing file was "there is no file … (the document)". Now the file is said in the desk's
// language: --lang when given, else the broken file's own texts ("title": {"nl": …, read as text),
// else the feed.json beside it, else English; and the reason in plain words. A comma too many in a
// list pointed at the end of the file (V8 gives no position there): now at the ].
// Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feed, folder, run } from './desk-feed-kit.mjs';

const text = (first) => JSON.stringify(feed(first), null, 2);
/** The feed with the comma after "severity": "major" left out: the next line, "phase", is where JSON.parse stops. */
const noComma = (first) => text(first).replace('"severity": "major",', '"severity": "major"');
const phaseLine = (t) => t.split('\n').findIndex((l) => l.includes('"phase"')) + 1;

test('sign: a Dutch feed that is not JSON is said in Dutch, with the line and what to do; --lang en keeps English', () => {
  const dir = folder(feed('nl'));
  assert.equal(run(dir, 'keygen', '--out', 'k.jwk.json').status, 0);
  writeFileSync(join(dir, 'kapot.json'), noComma('nl'));
  const line = phaseLine(noComma('nl'));
  const nl = run(dir, 'sign', '--key', 'k.jwk.json', 'kapot.json', '--out', 'kapot.jws.json');
  assert.equal(nl.status, 1);
  assert.equal(
    nl.stderr,
    `clearline sign: kapot.json is geen geldige JSON, op regel ${line}, kolom 7: hier vlak vóór mist een komma, vaak aan het eind van de regel erboven (of een } die het blok sluit)\n` +
      `  ${line} |       "phase": "identified",\n` +
      `     |       ^\n` +
      '(meestal mist er een komma of aanhalingsteken, of staat er een komma te veel; verbeter het daar en geef de opdracht opnieuw)\n',
  );
  const en = run(dir, 'sign', '--lang', 'en', '--key', 'k.jwk.json', 'kapot.json');
  assert.match(en.stderr, new RegExp(`^clearline sign: kapot\\.json is not valid JSON, at line ${line}, column 7: a comma is missing just before this, often at the end of the line above`));

  // The key file not JSON, or not there; the document not there: in the feed's language too.
  writeFileSync(join(dir, 'half.jwk.json'), '{"kty": "OKP",');
  assert.match(run(dir, 'sign', '--key', 'half.jwk.json', 'feed.json').stderr, /^clearline sign: half\.jwk\.json is geen geldige JSON, op regel 1, kolom 15: het bestand houdt te vroeg op: er mist een sluitende \} of \], of een sluitend aanhalingsteken/);
  assert.equal(run(dir, 'sign', '--key', 'k.jwk.json', 'feed.jsn').stderr, 'clearline sign: er is geen bestand feed.jsn (het document); controleer de naam en de map waarin u staat\n');
  // An English feed stays English.
  const english = folder(feed('en'));
  writeFileSync(join(english, 'broken.json'), noComma('en'));
  assert.match(run(english, 'lint', 'broken.json').stderr, /^clearline lint: broken\.json is not valid JSON, at line \d+, column 7: a comma is missing/);
});

test('a broken file without texts: --lang, else the feed.json beside it, else English', () => {
  const bare = '{\n  "type": "status"\n  "version": 1\n}\n';
  const dutch = folder(feed('nl'));
  writeFileSync(join(dutch, 'leeg.json'), bare);
  assert.match(run(dutch, 'lint', 'leeg.json').stderr, /^clearline lint: leeg\.json is geen geldige JSON, op regel 3, kolom 3: /);
  assert.match(run(dutch, 'lint', '--lang', 'en', 'leeg.json').stderr, /^clearline lint: leeg\.json is not valid JSON, at line 3, column 3: /);
  // In a folder of its own (no feed.json beside it): English, unless --lang nl.
  mkdirSync(join(dutch, 'elders'));
  writeFileSync(join(dutch, 'elders', 'leeg.json'), bare);
  assert.match(run(dutch, 'lint', 'elders/leeg.json').stderr, /^clearline lint: elders\/leeg\.json is not valid JSON, at line 3, column 3: a comma is missing/);
  assert.match(run(dutch, 'lint', '--lang', 'nl', 'elders/leeg.json').stderr, /^clearline lint: elders\/leeg\.json is geen geldige JSON, op regel 3/);
  assert.equal(run(dutch, 'keygen', '--out', 'k.jwk.json').status, 0);
  assert.match(run(dutch, 'sign', '--lang', 'nl', '--key', 'k.jwk.json', 'elders/leeg.json').stderr, /is geen geldige JSON/);
});

test('a comma too many in a list is shown at its ], not at the end of the file', () => {
  const dir = folder(feed('nl'));
  const broken = text('nl').replace(/"href": "tel:\+3232001234"\n    }\n  \]/, '"href": "tel:+3232001234"\n    },\n  ]');
  assert.notEqual(broken, text('nl'));
  writeFileSync(join(dir, 'komma.json'), broken);
  const line = broken.split('\n').indexOf('  ],') + 1;
  const r = run(dir, 'lint', 'komma.json');
  assert.match(r.stderr, new RegExp(`^clearline lint: komma\\.json is geen geldige JSON, op regel ${line}, kolom 3: een komma te veel vlak vóór deze \\], of er mist een waarde\\n  ${line} \\|   \\],\\n`));
  assert.match(run(dir, 'lint', '--lang', 'en', 'komma.json').stderr, new RegExp(`at line ${line}, column 3: a comma too many just before this \\], or a value is missing`));
});

test('heartbeat and verify on a Dutch feed: a broken or missing file in Dutch; a byte order mark is no mistake', () => {
  const dir = folder(feed('nl'));
  assert.equal(run(dir, 'keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json').status, 0);
  assert.equal(run(dir, 'sign', '--key', 'k.jwk.json', 'feed.json', '--out', 'feed.jws.json').status, 0);
  writeFileSync(join(dir, 'kapot.jws.json'), noComma('nl'));
  const hb = run(dir, 'heartbeat', '--key', 'k.jwk.json', 'kapot.jws.json');
  assert.equal(hb.status, 1);
  assert.match(hb.stderr, /^clearline heartbeat: kapot\.jws\.json is geen geldige JSON, op regel \d+, kolom 7: hier vlak vóór mist een komma/);
  assert.match(run(dir, 'verify', '--key', 'pub.jwk.json', 'weg.jws.json').stderr, /^clearline verify: er is geen bestand weg\.jws\.json \(het ondertekende document\)/);
  assert.match(run(dir, 'verify', 'feed.jws.json').stderr, /^clearline verify: geef een publieke sleutel met --key BESTAND$/m);
  // Saved by Windows Notepad (UTF-8 with a byte order mark): read as it is.
  writeFileSync(join(dir, 'notepad.json'), '\uFEFF' + text('nl'));
  const lint = run(dir, 'lint', 'notepad.json');
  assert.equal(lint.status, 0, lint.stderr);
});
