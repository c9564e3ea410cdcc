// Correcting an earlier update in place (src/feed/earlier.ts): found by its time, texts replaced, the rest as it was.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { correctEarlier } = await importTs('src/feed/earlier.ts');

const feed = () => ({
  type: 'status',
  seq: 7,
  issued_at: '2026-12-07T18:00:00Z',
  expires_at: '2026-12-07T19:00:00Z',
  incidents: [
    { id: 'other', updates: [{ at: '2026-12-07T17:00:00Z', known: 'x' }] },
    {
      id: 'pin',
      updated_at: '2026-12-07T18:40:00Z',
      updates: [
        { at: '2026-12-07T18:25:00Z', known: { nl: 'We found the cause.', en: 'We found the cause.' }, unknown: { nl: 'Wanneer?', en: 'When?' } },
        { at: '2026-12-07T17:55:00Z', known: { nl: 'Pinnen werkt niet.', en: 'Card payments fail.' }, note: { nl: 'n', en: 'n' } },
      ],
    },
  ],
});

test('an earlier update is corrected in place, by its time; the rest of the feed as it was, without its signing stamps', () => {
  const f = feed();
  const out = correctEarlier(f, 'pin', { '2026-12-07T18:25:00Z': { known: { nl: 'We hebben de oorzaak gevonden.', en: 'We found the cause.' } } });
  const u = out.incidents[1].updates;
  assert.deepEqual(u[0], { at: '2026-12-07T18:25:00Z', known: { nl: 'We hebben de oorzaak gevonden.', en: 'We found the cause.' }, unknown: { nl: 'Wanneer?', en: 'When?' } });
  assert.deepEqual(u[1], f.incidents[1].updates[1]);
  assert.equal(out.incidents[1].updated_at, '2026-12-07T18:40:00Z');
  assert.deepEqual(out.incidents[0], f.incidents[0]);
  assert.equal(out.seq, undefined, 'signed again with a new seq');
  assert.equal(f.incidents[1].updates[0].known.nl, 'We found the cause.', 'the feed given is not changed');
});

test('a text emptied in every language goes; an update left with no text, an unknown time or no change leaves the feed as it was', () => {
  const f = feed();
  const out = correctEarlier(f, 'pin', { '2026-12-07T17:55:00Z': { note: { nl: ' ', en: '' } } });
  assert.deepEqual(out.incidents[1].updates[1], { at: '2026-12-07T17:55:00Z', known: { nl: 'Pinnen werkt niet.', en: 'Card payments fail.' } });
  assert.equal(correctEarlier(f, 'pin', { '2026-12-07T17:55:00Z': { known: { nl: '', en: '' }, note: { nl: '', en: '' } } }), f);
  assert.equal(correctEarlier(f, 'pin', { '2026-12-07T10:00:00Z': { known: 'gone' } }), f);
  assert.equal(correctEarlier(f, 'pin', { '2026-12-07T17:55:00Z': { known: { nl: 'Pinnen werkt niet.', en: 'Card payments fail.' } } }), f);
  assert.equal(correctEarlier(f, 'nope', { '2026-12-07T17:55:00Z': { known: 'x' } }), f);
  // Bullets pasted from Word become a Markdown list, as in every other text.
  const bullets = correctEarlier(f, 'pin', { '2026-12-07T17:55:00Z': { known: { nl: '• pinnen\n• iDEAL', en: 'Card payments fail.' } } });
  assert.equal(bullets.incidents[1].updates[1].known.nl, '- pinnen\n- iDEAL');
});
