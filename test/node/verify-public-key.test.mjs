// A water company's desk exported its SMS with `export feed.jws.json --public-key public.jwk.json`, then checked the same
// file with `verify feed.jws.json --public-key public.jwk.json` and was refused: "--public-key is not an option of
// clearline verify". verify takes it as it takes --key. (dist/: run `npm run build` first.)
import assert from 'node:assert/strict';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

test('verify --public-key is --key', async () => {
  await withCliDir('clearline-verify-pk-', async (dir, run) => {
    assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
    assert.equal(run('new', 'feed', '--feed-id', 'dales-water', '--publisher', 'Dales Water', '--publisher-url', 'www.daleswater.example', '--time-zone', 'Europe/London').status, 0);
    assert.equal(run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json').status, 0);
    const r = run('verify', 'feed.jws.json', '--public-key', 'public.jwk.json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^OK: status feed "dales-water"/);
  });
});
