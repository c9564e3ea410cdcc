// The studio keeps an unsaved incident form in the tab while it is not saved, and offers it back
// after a reload (src/components/editor/kept-edit.ts). What it reads back must be a form it can
// open: anything else (another format, a damaged entry) is no offer, and a storage that refuses
// writes costs only the copy. Several are kept per feed (a form typed while another was still offered),
// newest first, at most KEPT_MAX.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { keptKey, readKept, writeKept, KEPT_MAX } = await importTs('src/components/editor/kept-edit.ts');

const store = () => {
  const m = new Map();
  return { m, getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, v), removeItem: (k) => m.delete(k) };
};
const draft = (over = {}) => ({ mode: 'update', id: 'storing', title: { nl: 'Geen water' }, known: { nl: 'Leiding gesprongen' }, unknown: { nl: '' }, next: '2026-12-05T03:30:00Z', phase: 'identified', severity: 'major', affects: {}, actions: [], suggestions: [], whoHint: {}, ...over });

test('an edit written is read back whole, under one key per feed', () => {
  const s = store();
  const key = keptKey('/api/feed');
  assert.equal(key, 'clearline-studio-edit:/api/feed');
  const edit = { at: 1, draft: draft(), saved: draft({ known: { nl: '' } }), next: '3:30', version: 'rev-2' };
  writeKept(s, key, [edit]);
  assert.deepEqual(readKept(s, key), [edit]);
  assert.deepEqual(readKept(s, keptKey('/other/feed')), []);
  writeKept(s, key, []);
  assert.equal(s.m.size, 0);
});

test('a form kept beside an older one: both read back, newest first; never more than KEPT_MAX', () => {
  const s = store();
  const key = keptKey('f');
  const older = { at: 100, draft: draft(), next: '', saved: undefined, version: undefined };
  const newer = { at: 200, draft: draft({ mode: 'new', id: 'new-1', title: { nl: 'Geen water in Culemborg' } }), next: '', saved: undefined, version: undefined };
  writeKept(s, key, [older, newer]);
  assert.deepEqual(readKept(s, key), [newer, older]);
  const many = Array.from({ length: KEPT_MAX + 2 }, (_, i) => ({ ...older, at: i }));
  writeKept(s, key, many);
  assert.deepEqual(readKept(s, key).map((k) => k.at), Array.from({ length: KEPT_MAX }, (_, i) => KEPT_MAX + 1 - i));
  // The first format, one edit alone, still reads.
  s.setItem(key, JSON.stringify(older));
  assert.deepEqual(readKept(s, key), [older]);
});

test('what is not a form is no offer: not JSON, no draft, a draft of another shape', () => {
  const s = store();
  const key = keptKey('f');
  for (const bad of ['{', 'null', '[]', '{"at":1}', JSON.stringify({ at: '1', draft: draft() }), JSON.stringify({ at: 1, draft: { ...draft(), mode: 'edit' } }), JSON.stringify({ at: 1, draft: { ...draft(), actions: 'x' } }), JSON.stringify({ at: 1, draft: draft(), saved: 3 })]) {
    s.setItem(key, bad);
    assert.deepEqual(readKept(s, key), [], bad);
  }
  s.setItem(key, JSON.stringify({ at: 5, draft: draft(), next: 7 }));
  assert.deepEqual(readKept(s, key), [{ at: 5, draft: draft(), saved: undefined, next: '', version: undefined }]);
  // In a list, only the damaged one is left out.
  s.setItem(key, JSON.stringify([{ at: 1 }, { at: 6, draft: draft() }]));
  assert.deepEqual(readKept(s, key).map((k) => k.at), [6]);
});

test('a storage that refuses (full, switched off) or is missing throws nothing', () => {
  const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => { throw new Error('SecurityError'); } };
  assert.doesNotThrow(() => writeKept(refusing, 'k', [{ at: 1, draft: draft(), next: '' }]));
  assert.doesNotThrow(() => writeKept(refusing, 'k', []));
  assert.deepEqual(readKept(refusing, 'k'), []);
  assert.deepEqual(readKept(undefined, 'k'), []);
  assert.doesNotThrow(() => writeKept(undefined, 'k', []));
});
