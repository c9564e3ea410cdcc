// `new feed` for a municipality (publisher www.heuvelrand.nl) suggested `clearline edit feed --status-url
// https://www.voorbeeld.nl/storingen`: a desk copying the command as printed would have made someone else's website the
// link of every SMS, e-mail and social post. The example is now on the feed's own website; without one, as before.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

test('new feed: the status page example is on the publisher\'s own website', () => {
  for (const [lang, expected] of [
    ['nl', 'Heeft u een statuspagina? Zet het adres erin met clearline edit feed --status-url https://www.heuvelrand.nl/storingen, dan linken'],
    ['en', 'Do you have a status page? Add it with clearline edit feed --status-url https://www.heuvelrand.nl/status, so the SMS'],
  ]) {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-status-example-'));
    try {
      const r = run(dir, 'new', 'feed', '--feed-id', 'gemeente-heuvelrand', '--publisher', 'Gemeente Heuvelrand', '--publisher-url', 'www.heuvelrand.nl', '--time-zone', 'Europe/Amsterdam', '--lang', lang === 'nl' ? 'nl,en' : 'en');
      assert.equal(r.status, 0, r.stderr);
      assert.ok(r.stdout.includes(expected), r.stdout);
      assert.doesNotMatch(r.stdout, /voorbeeld\.nl|example\.com/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});
