// The studio signs on the server with --key through the same check as `clearline sign`: an issued_at
// more than a few minutes ahead of this computer's clock (a feed.json date typed days ahead, trial K)
// is refused with the date found and what to do, in the studio's language, as one of its errors.
// Times relative to now. Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStudio } from './studio-kit.mjs';
import { sign } from './studio-api-kit.mjs';
import { iso, MIN, waterFeed } from './water-feed.mjs';

const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');

/** The shared feed, signed as of `issued`. */
const payload = (now, issued) => ({ ...waterFeed('nl', now), seq: issued, issued_at: iso(issued), expires_at: iso(issued + 60 * MIN) });

test('studio /api/sign refuses an issued_at days ahead of this computer\'s clock, and signs one of now', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-studio-ahead-'));
  let child;
  try {
    assert.equal(spawnSync(process.execPath, [CLI, 'keygen', '--out', 'key.jwk.json', '--public-out', 'public.jwk.json'], { cwd: dir }).status, 0);
    const now = Date.now();
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(payload(now, now), null, 2) + '\n');
    const studio = await startStudio(dir, ['--port', '0', '--key', 'key.jwk.json', '--lang', 'nl']);
    child = studio.child;
    const r = await sign(studio.url, { payload: payload(now, now + 10 * 24 * 60 * MIN) });
    assert.equal(r.status, 422, JSON.stringify(r.body));
    assert.deepEqual(r.body.errors.map((e) => e.rule), ['issued-ahead']);
    assert.match(r.body.message, /^Niet ondertekend: 1 fout om eerst op te lossen\. .*issued_at in feed\.json is .+, 10 dagen later dan de klok van deze computer/);
    assert.doesNotMatch(r.body.message, /--force/);
    const fine = await sign(studio.url, { payload: payload(now, now) });
    assert.equal(fine.status, 200, JSON.stringify(fine.body));
  } finally {
    child?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
