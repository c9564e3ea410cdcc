// A water company's IT colleague started the studio without --publish-cmd (trial 2026-12-05); the desk pressed Publish
// all night and only then read "Er is niets naar de website gestuurd". Now the studio says so at start, to whoever
// starts it, with the option that fixes it. Uses dist/.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const CLI = join(ROOT, 'dist/cli.js');

/** Everything the studio prints in its first second after starting (stdout and stderr apart); then it is stopped. */
function started(dir, args) {
  const child = spawn(process.execPath, [CLI, 'studio', 'feed.json', '--port', '0', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => (child.kill(), fail(new Error(`studio did not start:\n${stdout}${stderr}`))), 20_000);
    child.stdout.on('data', () => {
      if (/clearline studio: http/.test(stdout)) setTimeout(() => (child.kill(), clearTimeout(timer), ok({ stdout, stderr })), 1000);
    });
  });
}

test('without --publish-cmd the studio says at start that Publish only saves, in the feed\'s language (with it, nothing of that); always that it does not re-sign by itself, with the heartbeat', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-studio-publish-'));
  try {
    const made = spawnSync(process.execPath, [CLI, 'new', 'feed', '--feed-id', 'wb', '--publisher-url', 'www.wb.example', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en'], { cwd: dir, encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    const nl = await started(dir, []);
    assert.match(nl.stderr, /^let op: zonder --publish-cmd bewaart Publiceren alleen .*feed\.jws\.json hier; er gaat niets naar uw website/m);
    assert.match(nl.stderr, /Start de studio met --publish-cmd "…"/);
    const en = await started(dir, ['--lang', 'en']);
    assert.match(en.stderr, /^note: without --publish-cmd, Publish only saves .*feed\.jws\.json here; nothing reaches your website/m);
    const set = await started(dir, ['--publish-cmd', 'true']);
    assert.doesNotMatch(set.stderr, /publish-cmd/);
    // Always: the studio does not re-sign by itself. A bank's IT colleague set up no heartbeat, and an hour after the
    // evening's all-clear every page's badge said "Status onbekend" (trial E).
    assert.match(set.stderr, /^let op: de studio ondertekent de feed niet vanzelf opnieuw\..*"Status onbekend"\. Laat een geplande taak elke 20 minuten clearline heartbeat --key private\.jwk\.json feed\.jws\.json --out feed\.jws\.json draaien/m);
    assert.match(nl.stderr, /de studio ondertekent de feed niet vanzelf opnieuw/);
    mkdirSync(join(dir, 'my keys'));
    assert.equal(spawnSync(process.execPath, [CLI, 'keygen', '--out', 'my keys/private.jwk.json'], { cwd: dir, encoding: 'utf8' }).status, 0);
    const keyed = await started(dir, ['--lang', 'en', '--publish-cmd', 'true', '--key', 'my keys/private.jwk.json']);
    assert.match(keyed.stderr, /^note: the studio does not re-sign the feed by itself\..*readers then see "Status unknown"\. Let a scheduled job run clearline heartbeat --key "my keys\/private\.jwk\.json" feed\.jws\.json --out feed\.jws\.json, and then your publish command, every 20 minutes/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
