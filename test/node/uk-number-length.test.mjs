// A London bank's desk (walk-through 2026-12-03) added "020 7946 012", a digit short: tel:+44207946012 was added
// without a word, because any British number with 9 or 10 digits after +44 passed. Only some 01 areas have 9 (016977)
// and freephone 0800 (0800 123 456; Childline's 0800 1111 has 7); 02, 03, 07, 08xx and 09 numbers have 10. Uses dist/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { digitCountProblem } = await importTs('src/feed/dialling.ts');

test('a London, non-geographic, mobile or premium British number with 9 digits after +44 is a digit short', () => {
  for (const href of ['tel:+44207946012', 'tel:+44345600123', 'tel:+44770090012', 'tel:+44845600123', 'tel:+44808157003', 'tel:+44906123456']) {
    assert.deepEqual(digitCountProblem(href), { code: '44', got: 9, allowed: [10] }, href);
  }
});

test('British numbers of the lengths they really have pass', () => {
  for (const href of ['tel:+442079460123', 'tel:+443456001234', 'tel:+447700900123', 'tel:+448001234567', 'tel:+44800123456', 'tel:+448001111', 'tel:+441697723456', 'tel:+44169772345', 'tel:+441134960000']) {
    assert.equal(digitCountProblem(href), undefined, href);
  }
});

test('new channel on a London feed warns about "020 7946 012" as the desk dials it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-uk-length-'));
  const run = (...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  try {
    assert.equal(run('new', 'feed', '--feed-id', 'northbank', '--publisher-url', 'www.northbank.co.uk', '--time-zone', 'Europe/London', '--lang', 'en').status, 0);
    const r = run('new', 'channel', '--kind', 'phone', '--link', '020 7946 012', '--name', 'Customer service', '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout + r.stderr, /has 9 digits after \+44; such numbers have 10 \[phone-length\]/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
