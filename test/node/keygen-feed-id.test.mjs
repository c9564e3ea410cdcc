// A British broadband provider's desk made feed.json with `new incident --feed-id northwire-status`,
// then ran `keygen` in the same folder. keygen already read that feed.json (for the desk's language),
// but its embed code said feed-id="your-feed-id" and "(give --feed-id to fill in your feed id)":
// one more thing to replace by hand, and a page that pins "your-feed-id" refuses every document.
// Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
// On a UTC clock: without a feed.json keygen speaks this computer's language (Dutch on Dutch or Belgian time), and the
// words asserted below are the English ones.
const keygen = (dir, ...args) => spawnSync(process.execPath, [CLI, 'keygen', '--out', 'private.jwk.json', ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
const feed = { type: 'status', version: 1, feed_id: 'northwire-status', time_zone: 'Europe/London', publisher: { name: 'Northwire Broadband', url: 'https://www.northwire.example' }, channels: [], incidents: [] };

test('keygen puts the feed id of the feed.json beside it in the embed code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-keygen-'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
  const r = keygen(dir);
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /your-feed-id|give --feed-id/);
  assert.match(r.stdout, /<clearline-status [^>]*\n[^>]*\n\s*feed-id="northwire-status">/);
  assert.match(r.stdout, /feed-id="northwire-status-faq"/);
});

// Without a feed id there is no embed code: a web team copied feed-id="your-feed-id" as printed (trial W); `new feed` prints it.
test('keygen: --feed-id still wins, and without a feed.json no embed code with a placeholder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-keygen-'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
  assert.match(keygen(dir, '--feed-id', 'other-feed').stdout, /feed-id="other-feed"/);
  const empty = mkdtempSync(join(tmpdir(), 'clearline-keygen-'));
  const r = keygen(empty);
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /your-feed-id|<clearline-/);
  assert.match(r.stdout, /No embed code yet: [^\n]*clearline new feed --feed-id/);
});
