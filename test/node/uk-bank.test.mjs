// A British bank (Europe/London, en) after a cyber-attack on a Friday evening: cards and the app down, branches shut for
// the weekend, fraudsters phoning customers as the bank. Found in the UK bank walkthrough. The CLI test uses dist/
// (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');

const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
const NOW = Date.parse('2026-12-04T20:00:00Z');

/** Runs the CLI in a fresh directory with a bank's empty feed; returns run and the directory (removed by done). */
function bankDesk() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-uk-bank-'));
  const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'Europe/London' } });
  const r = run('new', 'feed', '--feed-id', 'northgate-bank', '--publisher', 'Northgate Bank', '--publisher-url', 'www.northgatebank.co.uk', '--time-zone', 'Europe/London', '--lang', 'en');
  assert.equal(r.status, 0, r.stderr);
  return { dir, run, feed: () => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')), done: () => rmSync(dir, { recursive: true, force: true }) };
}

test('a British bank lists 159 (Stop Scams UK) as a channel: a public short number, not "not in E.164 form"', () => {
  const desk = bankDesk();
  try {
    const r = desk.run('new', 'channel', '--kind', 'phone', '--link', '159', '--name', 'Stop Scams UK: call 159', '--emergency', '--hours', '24 hours a day', '--id', 'stop-scams');
    assert.equal(r.status, 0, r.stderr);
    const ch = desk.feed().channels.find((c) => c.id === 'stop-scams');
    assert.equal(ch.href, 'tel:159');
    const found = lintDocument(desk.feed(), { now: NOW }).filter((f) => f.rule === 'phone-e164');
    assert.deepEqual(found, []);
  } finally {
    desk.done();
  }
});
