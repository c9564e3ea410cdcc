// An incident keeps at most LIMITS.updates earlier updates (feed/schema.ts); `clearline update` then dropped the
// oldest from feed.json without a word, and the desk, asked later what was said at the start, could not find it.
// Now update says so, in the desk's language, with when the dropped update was published. Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { folder } from './desk-feed-kit.mjs';
import { runAt } from './desk-kit.mjs';
import { bigFeed } from './big-feed-kit.mjs';
import { importTs } from './ts-import.mjs';

const { LIMITS } = await importTs('src/feed/schema.ts');
// 21:00 in Amsterdam: the oldest update, LIMITS.updates × 10 minutes earlier, is that same day.
const NOW = Date.parse('2026-12-03T20:00:00Z');
const amsterdam = (at) => new Date(at).toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
const read = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));

test('update on a full history: the oldest update is dropped, and the desk is told when it was published (Dutch)', () => {
  const feed = bigFeed({ incidents: 1, updates: LIMITS.updates, chars: 120, now: NOW });
  // A line with its wait, so that the note is all update says (lint's phone-no-wait would follow it).
  Object.assign(feed.channels[0], { wait_minutes: 0 });
  const oldest = feed.incidents[0].updates.at(-1);
  const dir = folder(feed);
  const r = runAt(NOW, dir, 'update', 'feed.json', '--incident', 'leiding-1', '--known', 'Het water is in de helft van de wijk weer helder.', '--known', 'The water is clear again in half of the district.');
  assert.equal(r.status, 0, r.stderr);
  const after = read(dir).incidents[0].updates;
  assert.equal(after.length, LIMITS.updates);
  assert.ok(!after.some((u) => u.at === oldest.at), 'the oldest update is gone');
  assert.equal(
    r.stderr.trim(),
    `Let op: een incident bewaart hooguit ${LIMITS.updates} eerdere updates, dus de oudste, gepubliceerd om ${amsterdam(oldest.at)} (Europe/Amsterdam), staat niet meer in feed.json en lezers zien hem niet meer. Moet u hem bewaren? Haal hem uit een kopie van vóór deze update`,
  );
});

test('update on a full history says it in English for an English feed; with room left it says nothing', () => {
  const full = bigFeed({ incidents: 1, updates: LIMITS.updates, chars: 120, langs: ['en'], now: NOW });
  const oldest = full.incidents[0].updates.at(-1);
  const dir = folder(full);
  const r = runAt(NOW, dir, 'update', 'feed.json', '--incident', 'leiding-1', '--known', 'The water is clear again in half of the district.');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`^Note: an incident keeps at most ${LIMITS.updates} earlier updates, so the oldest, published at ${amsterdam(oldest.at)} \\(Europe/Amsterdam\\), is no longer in feed\\.json and readers no longer see it\\.`));

  const room = folder(bigFeed({ incidents: 1, updates: LIMITS.updates - 1, chars: 120, langs: ['en'], now: NOW }));
  const quiet = runAt(NOW, room, 'update', 'feed.json', '--incident', 'leiding-1', '--known', 'The water is clear again in half of the district.');
  assert.equal(quiet.status, 0, quiet.stderr);
  assert.doesNotMatch(quiet.stderr, /earlier updates/);
  assert.equal(read(room).incidents[0].updates.length, LIMITS.updates);
});

test('update --json on a full history: the dropped update whole in dropped_updates (a script can keep it), empty with room left', () => {
  const full = bigFeed({ incidents: 1, updates: LIMITS.updates, chars: 120, langs: ['en'], now: NOW });
  const oldest = full.incidents[0].updates.at(-1);
  const dir = folder(full);
  const r = runAt(NOW, dir, 'update', 'feed.json', '--incident', 'leiding-1', '--known', 'The water is clear again in half of the district.', '--json');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).dropped_updates, [oldest]);
  assert.match(r.stderr, /^Note: an incident keeps at most/);

  const room = folder(bigFeed({ incidents: 1, updates: LIMITS.updates - 1, chars: 120, langs: ['en'], now: NOW }));
  const quiet = runAt(NOW, room, 'update', 'feed.json', '--incident', 'leiding-1', '--known', 'The water is clear again in half of the district.', '--json');
  assert.equal(quiet.status, 0, quiet.stderr);
  assert.deepEqual(JSON.parse(quiet.stdout).dropped_updates, []);
});
