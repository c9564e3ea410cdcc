// A bad --feed-id or --time-zone for a new feed (clearline new incident) and a bad --time-zone of
// clearline report were said in English to a Dutch desk: feedIdProblem and timeZoneProblem
// (feed/new-feed.ts) only had English, while the rest of new incident's refusals follow the desk's
// language. Now they take the desk's language; without it they stay English (their callers elsewhere).
// Uses dist/cli.js for the command lines: run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const { feedIdProblem, timeZoneProblem } = await importTs('src/feed/new-feed.ts');
const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');

function inEmptyFolder(...args) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-new-feed-nl-'));
  try {
    return spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, input: '' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('feedIdProblem and timeZoneProblem in Dutch for a Dutch desk, English by default', () => {
  assert.equal(feedIdProblem('', 'nl'), 'een nieuwe feed heeft een id nodig (de id die uw embed vastzet met feed-id), bijvoorbeeld utrecht-energie');
  assert.equal(feedIdProblem('Utrecht Energie', 'nl'), '"Utrecht Energie" is geen feed-id: gebruik 1 tot 64 letters, cijfers, ".", "_" of "-", bijvoorbeeld utrecht-energie');
  assert.equal(timeZoneProblem('CET+1', 'nl'), 'CET+1 is geen tijdzone; gebruik een IANA-naam zoals Europe/Amsterdam');
  assert.equal(feedIdProblem('utrecht-energie', 'nl'), undefined);
  assert.equal(timeZoneProblem('Europe/Amsterdam', 'nl'), undefined);
  // Without a language, and for English: the words as before.
  assert.equal(feedIdProblem('Utrecht Energie'), '"Utrecht Energie" is not a feed id: use 1-64 letters, digits, ".", "_" or "-", e.g. utrecht-energie');
  assert.equal(timeZoneProblem('CET+1', 'en'), 'CET+1 is not a time zone; use an IANA name such as Europe/Amsterdam');
});

test('new incident making a Dutch (nl,en) feed: a bad --feed-id or --time-zone is said in Dutch', () => {
  const id = inEmptyFolder('new', 'incident', '--template', 'water', '--id', 'leiding', '--feed-id', 'Waternet Amsterdam');
  assert.equal(id.status, 2, id.stderr);
  assert.equal(id.stderr.trim(), 'clearline new incident: --feed-id: "Waternet Amsterdam" is geen feed-id: gebruik 1 tot 64 letters, cijfers, ".", "_" of "-", bijvoorbeeld waternet-amsterdam');
  const zone = inEmptyFolder('new', 'incident', '--template', 'water', '--id', 'leiding', '--feed-id', 'waternet', '--time-zone', 'Europe/Amsterdm');
  assert.equal(zone.status, 2, zone.stderr);
  assert.equal(zone.stderr.trim(), 'clearline new incident: --time-zone Europe/Amsterdm is geen tijdzone; gebruik een IANA-naam zoals Europe/Amsterdam');
});

test('new incident making an English feed (--lang en): the same refusals stay English', () => {
  const id = inEmptyFolder('new', 'incident', '--template', 'water', '--id', 'main', '--lang', 'en', '--feed-id', 'Thames Water');
  assert.match(id.stderr, /--feed-id: "Thames Water" is not a feed id: use 1-64 letters/);
  const zone = inEmptyFolder('new', 'incident', '--template', 'water', '--id', 'main', '--lang', 'en', '--feed-id', 'thames', '--time-zone', 'Europe/Londn');
  assert.match(zone.stderr, /--time-zone Europe\/Londn is not a time zone; use an IANA name such as Europe\/Amsterdam/);
});

test('report --lang nl: a zone that does not exist is said in Dutch', () => {
  const r = inEmptyFolder('report', '--lang', 'nl', '--time-zone', 'Europe/Amstrdam', '-');
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stderr.trim(), 'clearline report: --time-zone: Europe/Amstrdam is geen tijdzone; gebruik een IANA-naam zoals Europe/Amsterdam');
});
