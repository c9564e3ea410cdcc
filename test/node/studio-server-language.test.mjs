// A Flemish school's desk ran `clearline studio` beside its Dutch feed: the page was Dutch, but what the
// server said was not. The page showed "the studio was started without --key" and "feed.json changed
// since you opened it" as they came; a browser on another address read "clearline studio answers only on
// 127.0.0.1 and localhost"; a second studio on the same port died with a Node stack trace ("Error: listen
// EADDRINUSE"). Now the server says all of it in the studio's language, with what to do; --lang en and an
// English feed keep English. Uses dist/ (run `npm run build` first).
import { test, after } from 'node:test';
import { startStudio, stopStudios } from './studio-kit.mjs';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { CLI, feed, folder, run } from './desk-feed-kit.mjs';

after(stopStudios);

/** Starts the studio in `dir`; resolves with its URL and port. */
const studio = (dir, ...args) => startStudio(dir, args);

/** A request as the page (or a browser on another address) makes it. */
function ask(port, path, { method = 'GET', host = `127.0.0.1:${port}`, headers = {}, body } = {}) {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { Host: host, ...headers } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => ok({ status: res.statusCode, text, message: /json/.test(res.headers['content-type'] ?? '') ? JSON.parse(text).message : undefined }));
    });
    req.on('error', fail);
    req.end(body);
  });
}
const post = (port, path, body) => ask(port, path, { method: 'POST', headers: { Origin: `http://127.0.0.1:${port}`, 'Content-Type': 'application/json' }, body });

test("the studio server's answers to the page and to a browser on another address are Dutch beside a Dutch feed", async () => {
  const dir = folder(feed('nl'));
  assert.equal(run(dir, 'keygen', '--out', 'k.jwk.json').status, 0);
  const { port } = await studio(dir, '--port', '0', '--key', 'k.jwk.json');
  const home = `http://127.0.0.1:${port}/`;
  const host = await ask(port, '/', { host: `intranet.example:${port}` });
  assert.deepEqual([host.status, host.text], [421, `clearline studio antwoordt alleen op 127.0.0.1 en localhost: open ${home}\n`]);
  assert.deepEqual([(await ask(port, '/nergens')).text], [`niet gevonden: open de studio op ${home}\n`]);
  assert.equal((await ask(port, '/', { method: 'PUT' })).message, 'niet toegestaan: de studio leest alleen (GET) en bewaart (POST)');
  assert.equal((await ask(port, '/api/save', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' })).message, `geweigerd: verzoeken moeten van de studiopagina zelf komen; open ${home} en probeer het opnieuw`);
  assert.equal((await ask(port, '/api/faq')).message, 'de studio is gestart zonder --faq: stop hem (Ctrl+C) en start hem opnieuw met --faq faq.json om antwoorden te koppelen');
  assert.equal((await post(port, '/api/sign', '{"payload":')).message, 'de pagina stuurde iets wat de studio niet kan lezen (geen JSON): laad de pagina opnieuw en probeer het nog eens');
  assert.equal((await post(port, '/api/save', '{}')).message, 'niets te bewaren: de pagina stuurde geen feed; laad de pagina opnieuw en probeer het nog eens');
  assert.match((await post(port, '/api/save', JSON.stringify({ feed: '{}', envelope: { a: 1 } }))).message, /^niet bewaard: de ondertekende feed is geen geldige envelop \(.*\); onderteken opnieuw en bewaar dan$/);
  const envelope = { payload: 'e30', signatures: [{ protected: 'e30', signature: 'AA' }] };
  const conflict = await post(port, '/api/save', JSON.stringify({ feed: '{}', envelope, version: 'oud' }));
  assert.equal(conflict.status, 409);
  assert.equal(conflict.message, 'feed.json is gewijzigd sinds u hem opende (iemand anders bewaarde, of clearline update liep): bekijk de wijzigingen en bewaar opnieuw');

  // Without --key: the page's sign request is answered in Dutch too.
  const keyless = folder(feed('nl'));
  const { port: p2 } = await studio(keyless, '--port', '0');
  assert.equal((await post(p2, '/api/sign', '{"payload":{}}')).message, 'de studio is gestart zonder --key: kies uw sleutelbestand op de pagina, of start de studio opnieuw met --key private.jwk.json');

  // --lang en keeps the server English.
  const { port: p3 } = await studio(dir, '--port', '0', '--lang', 'en');
  assert.equal((await ask(p3, '/api/faq')).message, 'the studio was started without --faq: stop it (Ctrl+C) and start it again with --faq faq.json to link answers');
  assert.equal((await ask(p3, '/', { host: 'intranet.example' })).text, `clearline studio answers only on 127.0.0.1 and localhost: open http://127.0.0.1:${p3}/\n`);
});

test('studio at start: a port in use, a wrong --port and a missing key are said in Dutch, without a stack trace', async () => {
  const dir = folder(feed('nl'));
  const { port } = await studio(dir, '--port', '0');
  const again = spawnSync(process.execPath, [CLI, 'studio', 'feed.json', '--port', String(port)], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  assert.equal(again.status, 2);
  assert.equal(again.stderr, `clearline studio: poort ${port} is al in gebruik (draait de studio al? Open dan http://127.0.0.1:${port}/); kies een andere met --port, of laat --port weg voor een vrije poort\n`);
  assert.match(run(dir, 'studio', 'feed.json', '--port', '99999').stderr, /^clearline studio: --port moet een getal van 0 tot 65535 zijn/);
  assert.match(run(dir, 'studio', 'feed.json', '--key', 'weg.jwk.json').stderr, /^clearline studio: er is geen bestand weg\.jwk\.json \(een privésleutel\)/);
  assert.match(run(dir, 'studio', 'feed.json', '--faq', 'feed.json').stderr, /^clearline studio: feed\.json is geen FAQ-document/);

  const english = folder(feed('en'));
  const taken = spawnSync(process.execPath, [CLI, 'studio', 'feed.json', '--port', String(port)], { cwd: english, encoding: 'utf8', timeout: 20_000 });
  assert.match(taken.stderr, new RegExp(`^clearline studio: port ${port} is already in use \\(is the studio already running\\? Then open http://127\\.0\\.0\\.1:${port}/\\); choose another with --port`));
  assert.doesNotMatch(taken.stderr, /EADDRINUSE|at Server/);
});

// A municipality's storm desk with a screen reader: the studio's tab was "clearline studio" and the page had no
// level-1 heading (axe: page-has-heading-one), so heading navigation started at "Statusupdate", level 2.
test("the studio page's title and level-1 heading say which feed it edits, in the desk's language", async () => {
  const dir = folder(feed('nl'));
  const { port } = await studio(dir, '--port', '0');
  const { text } = await ask(port, '/');
  assert.match(text, /<title>Statusupdate: feed\.json \(clearline studio\)<\/title>/);
  assert.match(text, /<h1 class="vh">Statusupdate: feed\.json \(clearline studio\)<\/h1>/);
  const en = await studio(folder(feed('en')), '--port', '0', '--lang', 'en');
  assert.match((await ask(en.port, '/')).text, /<title>Status update: feed\.json \(clearline studio\)<\/title>/);
});
