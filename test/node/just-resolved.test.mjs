// For a day after an all-clear <clearline-status> keeps it unfolded and, if it was critical, the emergency lines on top
// (trial W: a gas all-clear folded away under an open fraud warning). src/feed/just-resolved.ts.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { justResolved, emergencyOnTop, allClearAbove, JUST_RESOLVED_MS } = await importTs('src/feed/just-resolved.ts');

const NOW = Date.parse('2026-12-17T18:10:00Z');
const inc = (id, severity, resolvedAgoMs) => ({ id, severity, phase: resolvedAgoMs === undefined ? 'identified' : 'resolved', ...(resolvedAgoMs === undefined ? {} : { resolved_at: new Date(NOW - resolvedAgoMs).toISOString() }) });

test('justResolved: all-clears of the last day only', () => {
  const gas = inc('gas', 'critical', 10 * 60_000);
  const old = inc('old', 'major', JUST_RESOLVED_MS + 60_000);
  assert.deepEqual(justResolved([gas, old], NOW).map((i) => i.id), ['gas']);
  assert.deepEqual(justResolved([inc('edge', 'minor', JUST_RESOLVED_MS)], NOW), []);
});

test('emergencyOnTop: a critical top incident, or a critical one ended today; never for a major one alone', () => {
  const scam = inc('scam', 'major');
  assert.equal(emergencyOnTop(inc('leak', 'critical'), []), true);
  assert.equal(emergencyOnTop(scam, []), false);
  assert.equal(emergencyOnTop(scam, [inc('gas', 'critical', 60_000)]), true);
  assert.equal(emergencyOnTop(scam, [inc('bus', 'major', 60_000)]), false);
});

test('allClearAbove: the day\'s all-clear more severe than the top open incident, the latest first; none with nothing open', () => {
  const scam = inc('scam', 'major');
  const gas = inc('gas', 'critical', 10 * 60_000);
  assert.equal(allClearAbove([scam], [gas])?.id, 'gas');
  assert.equal(allClearAbove([scam, inc('notice', 'info')], [inc('bus', 'major', 60_000), gas])?.id, 'gas', 'not one as severe as the warning');
  assert.equal(allClearAbove([inc('leak', 'critical')], [gas]), undefined, 'a critical incident still open keeps the top');
  assert.equal(allClearAbove([], [gas]), undefined, 'nothing open: the all-clear box says it');
  assert.equal(allClearAbove([inc('notice', 'info')], [inc('late', 'minor', 60_000), inc('early', 'major', 120_000)])?.id, 'late');
});
