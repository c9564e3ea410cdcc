// relative-day-night (lint/rules/relative-night.ts): "morgenmiddag" written at 02:11 means, to readers by day, the day
// after (trial N, a heat company's night desk). Said in the desk's words with both days; not for a text written by day.
import assert from 'node:assert/strict';
import test from 'node:test';
import { lintCleanFeed } from './lint-feed.mjs';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');
// Monday 7 December 2026, 08:30 in Amsterdam.
const NOW = Date.parse('2026-12-07T07:30:00Z');
const night = (writtenAt) => {
  const f = lintCleanFeed(NOW);
  f.time_zone = 'Europe/Amsterdam';
  Object.assign(f.incidents[0], { updated_at: writtenAt, unknown: { ...f.incidents[0].unknown, nl: 'We verwachten dat het minstens tot morgenmiddag duurt.' } });
  return lintDocument(f, { now: NOW, lang: 'nl' }).filter((x) => x.rule === 'relative-day-night');
};

test('written at 02:11 on Monday: both days named, the coming one and the one after', () => {
  const [found, ...more] = night('2026-12-07T01:11:00Z');
  assert.equal(more.length, 0);
  assert.match(found.message, /"morgenmiddag" in .+ is geschreven om 02:11, dus al op ma 7 dec: wie het overdag leest, denkt aan di 8 dec/);
  assert.match(found.fix, /„maandag 7 december” als u de komende dag bedoelt, „dinsdag 8 december” als u de dag daarna bedoelt/);
});

test('written at 06:00, or the evening before, it is not said', () => {
  assert.deepEqual(night('2026-12-07T05:00:00Z'), []);
  assert.deepEqual(night('2026-12-06T21:00:00Z'), []);
});
