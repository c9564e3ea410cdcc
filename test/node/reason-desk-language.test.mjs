// A feed made by `new feed` has no texts yet; its first contact reasons are its only words. A Dutch desk's `new reason`
// was then confirmed in English ("Added contact reason … (Waste not collected)") and `edit reason` listed the reasons
// in English, though the feed is Dutch first. Now the reasons' language is the desk's, as incidents' and channels' are.
// Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
const run = (cwd, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

function newFeed(lang) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-reason-lang-'));
  const r = run(dir, 'new', 'feed', '--feed-id', 'gemeente', '--publisher', 'Gemeente', '--publisher-url', 'https://gemeente.example', '--time-zone', 'Europe/Amsterdam', '--lang', lang);
  assert.equal(r.status, 0, r.stderr);
  return dir;
}

test('the first reasons of a new Dutch feed are confirmed, listed and removed in Dutch', () => {
  const dir = newFeed('nl,en');
  try {
    const added = run(dir, 'new', 'reason', '--lang', 'nl,en', '--name', 'Afval niet opgehaald', '--name', 'Waste not collected');
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /^Contactreden "afval-niet-opgehaald" \(Afval niet opgehaald\) toegevoegd aan feed\.json/);
    const listed = run(dir, 'edit', 'reason');
    assert.match(listed.stdout, /^Contactredenen in feed\.json/);
    assert.match(listed.stdout, /afval-niet-opgehaald: Afval niet opgehaald; kanalen:/);
    const removed = run(dir, 'edit', 'reason', '--id', 'afval-niet-opgehaald', '--remove');
    assert.equal(removed.status, 0, removed.stderr);
    assert.match(removed.stdout, /^Contactreden "afval-niet-opgehaald" \(Afval niet opgehaald\) verwijderd uit feed\.json/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an English-first feed stays English', () => {
  const dir = newFeed('en,nl');
  try {
    const added = run(dir, 'new', 'reason', '--lang', 'en,nl', '--name', 'Waste not collected', '--name', 'Afval niet opgehaald');
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /^Added contact reason "waste-not-collected" \(Waste not collected\) to feed\.json/);
    assert.match(run(dir, 'edit', 'reason').stdout, /^Contact reasons in feed\.json/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
