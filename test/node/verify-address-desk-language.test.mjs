// `clearline verify https://…/feed.jws.json` spoke English to a Dutch desk: a missing key file, a
// wrong --kind, a damaged file at the address and an address with nothing on it ("the feed host
// answered HTTP 404 [network]"), where verify of the file itself speaks Dutch. Now, until the
// document is fetched, it speaks the language of the feed.json in the folder it runs in (as verify
// without a file does); once fetched, the document's own (its payload, read without checking, as a
// file's is). Error codes and exit statuses are as before; English keeps the feed layer's words.
// A local HTTP server stands in for the website. Uses dist/cli.js: `npm run build` first.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { CLI, feed, folder, run } from './desk-feed-kit.mjs';

/** The CLI in `dir`, without blocking this process (the server below answers it). */
const verify = (dir, ...args) =>
  new Promise((ok) => execFile(process.execPath, [CLI, 'verify', ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 }, (e, stdout, stderr) => ok({ status: e ? e.code : 0, stdout, stderr })));

/** A desk with feed.json in `first` language first, its keys, its signed feed and one with a damaged signature header. */
function desk(first) {
  const dir = folder(feed(first));
  assert.equal(run(dir, 'keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json').status, 0);
  assert.equal(run(dir, 'sign', '--key', 'k.jwk.json', '--force', 'feed.json', '--out', 'feed.jws.json').status, 0);
  const env = JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8'));
  writeFileSync(join(dir, 'kop.jws.json'), JSON.stringify({ ...env, signatures: [{ ...env.signatures[0], protected: `${env.signatures[0].protected}!` }] }));
  return dir;
}

const nl = desk('nl');
const en = desk('en');
/** A folder of the desk's with no feed.json in it (the public key copied in). */
const bare = join(nl, 'elders');
mkdirSync(bare);
writeFileSync(join(bare, 'pub.jwk.json'), readFileSync(join(nl, 'pub.jwk.json')));

// /nl/… serves the Dutch desk's files, /en/… the English one's; anything else is 404.
const server = createServer((req, res) => {
  const m = /^\/(nl|en)\/([\w.]+\.json)$/.exec(req.url ?? '');
  let body;
  try {
    body = m && readFileSync(join(m[1] === 'nl' ? nl : en, m[2]));
  } catch {
    body = undefined;
  }
  res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' }).end(body ?? '{}');
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
after(() => server.close());
const at = (path) => `http://127.0.0.1:${server.address().port}${path}`;

test('a Dutch feed at its address: OK in Dutch, as before', async () => {
  const r = await verify(bare, '--key', 'pub.jwk.json', at('/nl/feed.jws.json'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^OK: statusfeed "hogeschool-voorbeeld" volgnummer /);
});

test('a damaged Dutch feed at its address, run in a folder without a feed: damaged, in the feed\'s Dutch; the code stays', async () => {
  const r = await verify(bare, '--key', 'pub.jwk.json', at('/nl/kop.jws.json'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^clearline verify: http:\/\/127\.0\.0\.1:\d+\/nl\/kop\.jws\.json is beschadigd: de kop van een handtekening \(protected\) is niet meer wat clearline sign schreef/);
  // No private key in this folder: no key file named (it said private.jwk.json), but what to put there.
  assert.match(r.stderr, /onderteken de feed opnieuw met uw privésleutelbestand \(dat clearline keygen maakte\): clearline sign --key SLEUTELBESTAND kop\.json --out kop\.jws\.json, met de naam van dat bestand in plaats van SLEUTELBESTAND \[signature\]\n$/);
  // In the desk's folder its key file beside is named, and the feed.json it edits there (kop.json is not there).
  assert.match((await verify(nl, '--key', 'pub.jwk.json', at('/nl/kop.jws.json'))).stderr, /clearline sign --key k\.jwk\.json feed\.json --out kop\.jws\.json \[signature\]\n$/);
  const json = await verify(bare, '--key', 'pub.jwk.json', '--json', at('/nl/kop.jws.json'));
  assert.equal(json.status, 1);
  assert.equal(JSON.parse(json.stdout).code, 'signature');
  assert.match(JSON.parse(json.stdout).message, / is beschadigd: /);
});

test('before the document is there: the language of the feed.json in the folder it runs in', async () => {
  const key = await verify(nl, '--key', 'sleutel.jwk.json', at('/nl/feed.jws.json'));
  assert.equal(key.status, 2);
  assert.equal(key.stderr.trim(), 'clearline verify: er is geen bestand sleutel.jwk.json (een publieke sleutel); controleer de naam en de map waarin u staat');
  const missing = await verify(nl, '--key', 'pub.jwk.json', at('/nl/storing.jws.json'));
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr.trim(), `clearline verify: op ${at('/nl/storing.jws.json')} staat niets (de server antwoordde HTTP 404): controleer het adres, of publiceer daar eerst de ondertekende feed (feed.jws.json) [network]`);
  // Nothing answers on that port (this server's, closed for it: a port no one listens on).
  const closed = createServer();
  await new Promise((ok) => closed.listen(0, '127.0.0.1', ok));
  const port = closed.address().port;
  await new Promise((ok) => closed.close(ok));
  const gone = await verify(nl, '--key', 'pub.jwk.json', `http://127.0.0.1:${port}/feed.jws.json`);
  assert.equal(gone.status, 1);
  assert.equal(gone.stderr.trim(), `clearline verify: kan http://127.0.0.1:${port}/feed.jws.json niet ophalen (ECONNREFUSED); controleer de internetverbinding en het adres, en probeer het opnieuw [network]`);
  // Once fetched, the document's: a wrong --kind for a Dutch feed, run in a folder without a feed.
  const kind = await verify(bare, '--key', 'pub.jwk.json', '--kind', 'statu', at('/nl/feed.jws.json'));
  assert.equal(kind.status, 2);
  assert.equal(kind.stderr.trim(), 'clearline verify: --kind neemt status (de statusfeed) of faq (het FAQ-document), niet "statu"; geef een van beide, of laat --kind weg');
});

test('an English desk and an English feed: English, the feed layer\'s words as before', async () => {
  const missing = await verify(en, '--key', 'pub.jwk.json', at('/en/storm.jws.json'));
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr.trim(), 'clearline verify: the feed host answered HTTP 404 [network]');
  const damaged = await verify(en, '--key', 'pub.jwk.json', at('/en/kop.jws.json'));
  assert.match(damaged.stderr, /^clearline verify: http:\/\/127\.0\.0\.1:\d+\/en\/kop\.jws\.json is damaged: the header of a signature \(protected\) is not what clearline sign wrote, .*: clearline sign --key k\.jwk\.json feed\.json --out kop\.jws\.json \[signature\]\n$/);
  // An English feed fetched in a Dutch desk's folder: the document's English.
  const there = await verify(nl, '--key', 'pub.jwk.json', '--kind', 'statu', at('/en/feed.jws.json'));
  assert.match(there.stderr, /^clearline verify: --kind takes status/);
});
