// The studio passed over a damaged feed.jws.json beside feed.json without a word: its payload no
// longer read, so only the page's "expires soon" prompt went missing; a damaged signature header was
// not noticed at all (the prompt came from a file readers refuse). Now GET /api/feed names it in
// X-Clearline-Damaged (URI-encoded: a header is Latin-1), without an expiry from it, and the page says
// it in the desk's language (test/browser/editor-studio.test.ts). A good one is as before.
// Uses dist/cli.js: `npm run build` first.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, feed, folder, run } from './desk-feed-kit.mjs';
import { startStudio, stopStudios } from './studio-kit.mjs';

after(stopStudios);

/** A Dutch desk's folder: feed.json, its key, and feed.jws.json signed from it, then changed by `damage` (its text in, its text out). */
function desk(damage = (text) => text) {
  const dir = folder(feed('nl'));
  assert.equal(run(dir, 'keygen', '--out', 'k.jwk.json').status, 0);
  assert.equal(run(dir, 'sign', '--key', 'k.jwk.json', '--force', 'feed.json', '--out', 'feed.jws.json').status, 0);
  writeFileSync(join(dir, 'feed.jws.json'), damage(readFileSync(join(dir, 'feed.jws.json'), 'utf8'), dir));
  return dir;
}

const changed = (change) => (text) => JSON.stringify(change(JSON.parse(text)));
const header = changed((env) => ({ ...env, signatures: [{ ...env.signatures[0], protected: `${env.signatures[0].protected}!` }] }));
const payload = changed((env) => ({ ...env, payload: env.payload.slice(0, 4 * Math.floor(env.payload.length / 8) + 2) }));
/** Copied halfway: the file ends in the middle of its JSON. */
const halfway = (text) => text.slice(0, Math.floor(text.length / 2));
/** feed.json copied over it: not a signed file at all. */
const unsigned = (_, dir) => readFileSync(join(dir, 'feed.json'), 'utf8');

test('a damaged signature header or payload, a file copied halfway or feed.json copied over it: named in X-Clearline-Damaged, no expiry from it', async () => {
  for (const damage of [header, payload, halfway, unsigned]) {
    const studio = await startStudio(desk(damage));
    const res = await fetch(new URL('/api/feed', studio.url));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-clearline-damaged'), 'feed.jws.json');
    assert.equal(res.headers.get('x-clearline-expires'), null);
    assert.equal(JSON.parse(await res.text()).feed_id, 'hogeschool-voorbeeld');
    studio.stop();
  }
});

test('a good signed feed beside feed.json: its expiry, nothing damaged; none there: neither', async () => {
  const dir = desk();
  const studio = await startStudio(dir);
  const res = await fetch(new URL('/api/feed', studio.url));
  assert.equal(res.headers.get('x-clearline-damaged'), null);
  assert.match(res.headers.get('x-clearline-expires') ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  studio.stop();
  const none = await startStudio(folder(feed('nl')));
  const bare = await fetch(new URL('/api/feed', none.url));
  assert.equal(bare.status, 200);
  assert.equal(bare.headers.get('x-clearline-damaged'), null);
  assert.equal(bare.headers.get('x-clearline-expires'), null);
  none.stop();
});

test('a feed file name with letters outside Latin-1 (storing-łódź.json): the header carries it URI-encoded (it could not be sent as it is)', async () => {
  const dir = desk(header);
  writeFileSync(join(dir, 'storing-łódź.json'), readFileSync(join(dir, 'feed.json')));
  writeFileSync(join(dir, 'storing-łódź.jws.json'), readFileSync(join(dir, 'feed.jws.json')));
  const child = spawn(process.execPath, [CLI, 'studio', 'storing-łódź.json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise((ok, fail) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) ok(m[1]);
      });
      child.once('exit', (code) => fail(new Error(`studio exited with ${code}: ${out}`)));
    });
    const res = await fetch(new URL('/api/feed', url));
    assert.equal(res.status, 200);
    assert.equal(decodeURIComponent(res.headers.get('x-clearline-damaged')), 'storing-łódź.jws.json');
  } finally {
    child.kill();
  }
});
