// Trial W, an Irish gas network: its emergency line "+353 1 555 010", a digit short, was accepted ("Added channel … emergency
// line (listed first)"), while a Dutch, British, Belgian or US one with a digit too few is refused. Irish numbers are now
// counted where the plan fixes their length: Dublin 01, mobiles 083–089, 076, 0818, freephone and lo-call 1800/1850/1890.
import assert from 'node:assert/strict';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { digitCountProblem } = await importTs('src/feed/dialling.ts');
const NOW = Date.parse('2026-12-14T15:05:00Z');

test('Irish numbers of a fixed length: a digit short or too many is a problem; right lengths and other areas pass', () => {
  for (const ok of ['+35315550100', '+3531800205555', '+353871234567', '+353818123456', '+353761234567', '+353211234567', '+3539112345', '+35340412345']) {
    assert.equal(digitCountProblem(`tel:${ok}`), undefined, ok);
  }
  assert.deepEqual(digitCountProblem('tel:+3531555010'), { code: '353', got: 7, allowed: [8], kind: '01' });
  assert.deepEqual(digitCountProblem('tel:+353180020555'), { code: '353', got: 9, allowed: [10], kind: '1800' });
  assert.deepEqual(digitCountProblem('tel:+3538712345678'), { code: '353', got: 10, allowed: [9], kind: '087' });
});

test('clearline new channel: an Irish emergency line a digit short is refused, with what such numbers have', async () => {
  await withCliDir('clearline-irish-digits-', async (dir, run) => {
    const made = run('new', 'feed', '--feed-id', 'eirgas', '--publisher', 'Éirgas Networks', '--publisher-url', 'https://www.eirgas.example', '--time-zone', 'Europe/Dublin', '--lang', 'en-IE');
    assert.equal(made.status, 0, made.stderr);
    const short = run('new', 'channel', '--kind', 'phone', '--name', 'Gas emergency line', '--link', '+353 1 555 010', '--emergency');
    assert.notEqual(short.status, 0, short.stdout + short.stderr);
    assert.match(short.stderr, /the Irish 01 number tel:\+3531555010 \(01555010\) has 7 digits after \+353; such numbers have 8 \[emergency-phone-length\]/, short.stderr);
    const free = run('new', 'channel', '--kind', 'phone', '--name', 'Gas emergency line', '--link', '+353 1800 20 55 5', '--emergency');
    assert.notEqual(free.status, 0, free.stdout + free.stderr);
    assert.match(free.stderr, /the Irish 1800 number tel:\+353180020555 .*has 9 digits after \+353; such numbers have 10 \[emergency-phone-length\]/, free.stderr);
    const right = run('new', 'channel', '--kind', 'phone', '--name', 'Gas emergency line', '--link', '1800 20 55 55', '--emergency');
    assert.equal(right.status, 0, right.stdout + right.stderr);
  }, { now: NOW, tz: 'Europe/Dublin' });
});
