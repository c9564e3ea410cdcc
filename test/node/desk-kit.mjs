// The CLI as a desk runs it, for the desk-language tests. Uses dist/ (npm run build first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
export const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });

const FIXED_CLOCK = pathToFileURL(resolve(dirname(fileURLToPath(import.meta.url)), 'fixed-clock.mjs')).href;
/** `run` with the CLI's clock standing still at `now` (fixed-clock.mjs): a test of a passed time says the same at any hour. */
export const runAt = (now, dir, ...args) =>
  spawnSync(process.execPath, ['--import', FIXED_CLOCK, CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC', CLEARLINE_TEST_NOW: String(now) } });

/** A feed from the water template in `langs` (nl,en: Dutch first), in a fresh folder. */
export function feed(langs) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-desk-'));
  const made = run(dir, 'new', 'incident', '--template', 'water', '--id', 'leiding', '--lang', langs, '--feed-id', 'water', '--publisher', 'Water', '--publisher-url', 'https://water.example', '--time-zone', 'Europe/Amsterdam');
  assert.equal(made.status, 0, made.stderr);
  return dir;
}
