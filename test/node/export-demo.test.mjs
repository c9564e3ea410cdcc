// The demo (`npm start`) exports the page without script and the Atom feed from its signed feed,
// and its status page links both.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, xmllint } from './export-kit.mjs';

let child;
let origin;
let output = '';

const freePort = () =>
  new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });

before(async () => {
  child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--no-build', '--phase=3'], { cwd: ROOT, env: { ...process.env, PORT: String(await freePort()) }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  origin = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the demo did not start within 60 s:\n${output}`)), 60_000);
    child.stdout.on('data', () => {
      const m = /clearline demo: (http:\/\/127\.0\.0\.1:\d+)\/demo\//.exec(output);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.once('exit', (code) => fail(new Error(`scripts/start.mjs exited with ${code}:\n${output}`)));
  });
});

after(() => child?.kill('SIGTERM'));

test('the demo status page links its Atom feed and offers the page without script, both exported from the signed feed', async () => {
  const page = await (await fetch(`${origin}/demo/status.html`)).text();
  assert.match(page, /<link rel="alternate" type="application\/atom\+xml" href="\.generated\/status\.nl\.atom"/);
  assert.match(page, /<noscript>[^]*href="\.generated\/status\.nl\.html"[^]*<\/noscript>/);
  for (const lang of ['nl', 'en']) {
    const html = await fetch(`${origin}/demo/.generated/status.${lang}.html`);
    assert.equal(html.status, 200);
    assert.match(html.headers.get('content-type'), /^text\/html/);
    const body = await html.text();
    assert.ok(body.includes(lang === 'nl' ? 'Storm: vluchten geannuleerd op Amsterdam' : 'Storm: flights cancelled at Amsterdam'));
    assert.ok(!/<script/i.test(body), 'no script');
    assert.ok(body.includes(`href="status.${lang}.atom"`), 'it links its Atom feed');
    // Phase 3 is the late update: the page says so, in the element's words (with the day when the
    // promise was yesterday, just after midnight).
    assert.match(body, lang === 'nl' ? /De beloofde update van (\S+ \d{1,2} \S+ om )?\d\d:\d\d is te laat\./ : /The update promised for (\S+ \d{1,2} \S+ at )?\d\d:\d\d is late\./);
    const atom = await fetch(`${origin}/demo/.generated/status.${lang}.atom`);
    assert.equal(atom.status, 200);
    assert.match(atom.headers.get('content-type'), /^application\/atom\+xml/);
    const lint = await xmllint(await atom.text());
    assert.ok(lint.valid, lint.errors.join('\n'));
  }
});
