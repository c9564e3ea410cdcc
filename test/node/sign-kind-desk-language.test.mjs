// sign on a file that is no feed: "list.json must hold a JSON object", "the document needs "type":
// "status" or "type": "faq"", and a wrong --kind (verify, schema): "--kind must be status or faq"; in
// English also to a Dutch desk, and without what to do. Now in the desk's language (the feed.json
// beside it), with what to do. Uses dist/cli.js: `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feed, folder, run } from './desk-feed-kit.mjs';

/** A folder with feed.json in `first` language first, its keys, its signed feed, a list and a document with a wrong "type". */
function desk(first) {
  const dir = folder(feed(first));
  assert.equal(run(dir, 'keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json').status, 0);
  assert.equal(run(dir, 'sign', '--key', 'k.jwk.json', '--force', 'feed.json', '--out', 'feed.jws.json').status, 0);
  writeFileSync(join(dir, 'list.json'), '[{"type": "status"}]\n');
  writeFileSync(join(dir, 'typo.json'), '{"type": "statu", "incidents": []}\n');
  return dir;
}

const nl = desk('nl');
const en = desk('en');

test('sign on a file that is no feed, and a wrong --kind: in the desk\'s language, with what to do', () => {
  const list = run(nl, 'sign', '--key', 'k.jwk.json', 'list.json');
  assert.equal(list.status, 1);
  assert.equal(list.stderr.trim(), 'clearline sign: list.json is geen feed of FAQ-document: het bevat een lijst ([ … ]), geen object ({ … }). Onderteken het bestand dat u bewerkt, bijvoorbeeld clearline sign --key k.jwk.json feed.json --out feed.jws.json (faq.json voor de FAQ)');
  const typo = run(nl, 'sign', '--key', 'k.jwk.json', 'typo.json');
  assert.equal(typo.status, 1);
  assert.equal(typo.stderr.trim(), 'clearline sign: typo.json is geen feed of FAQ-document: er moet "type": "status" (een statusfeed) of "type": "faq" (een FAQ-document) in staan, niet "type": "statu". Onderteken het bestand dat u bewerkt, bijvoorbeeld clearline sign --key k.jwk.json feed.json --out feed.jws.json (faq.json voor de FAQ); zet in een eigen bestand die regel "type" erin');
  assert.match(run(en, 'sign', '--key', 'k.jwk.json', 'typo.json').stderr, /^clearline sign: typo\.json is not a feed or FAQ document: it needs "type": "status" \(a status feed\) or "type": "faq" \(an FAQ document\), not "type": "statu"\. Sign the file you edit/);
  const NL_KIND = 'neemt status (de statusfeed) of faq (het FAQ-document), niet "fa"; geef een van beide, of laat --kind weg';
  assert.equal(run(nl, 'verify', '--key', 'pub.jwk.json', '--kind', 'fa', 'feed.jws.json').stderr.trim(), `clearline verify: --kind ${NL_KIND}`);
  assert.equal(run(nl, 'schema', '--kind', 'fa').stderr.trim(), `clearline schema: --kind ${NL_KIND}`);
  assert.equal(run(en, 'schema', '--kind', 'fa').stderr.trim(), 'clearline schema: --kind takes status (the status feed) or faq (the FAQ document), not "fa"; give one of them, or leave --kind out');
});
