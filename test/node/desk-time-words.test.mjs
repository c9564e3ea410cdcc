// What the CLI says to the desk put Dutch "om" (and English "at") before a date: "De oude envelop was verlopen om
// di 1 dec 09:43", "Eerste update beloofd om vr 4 dec 01:29", "de oudste, gepubliceerd om wo 2 dec 11:20". "Om" stands
// only before a time: another day reads "op di 1 dec 09:43" ("on Tue 1 Dec 09:43"), as the readers' widgets say it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { folder } from './desk-feed-kit.mjs';
import { runAt } from './desk-kit.mjs';
import { bigFeed } from './big-feed-kit.mjs';
import { importTs } from './ts-import.mjs';

const { shownAt } = await importTs('src/cli/when.ts');
const { LIMITS } = await importTs('src/feed/schema.ts');
const NOW = Date.parse('2026-12-03T20:00:00Z'); // Thursday 21:00 in Amsterdam, 14:00 in Chicago
const ams = { time_zone: 'Europe/Amsterdam' };

test('shownAt: "om" / "at" before a time today, "op" / "on" before a date, in the feed\'s zone and clock', () => {
  assert.equal(shownAt('2026-12-03T08:43:00Z', ams, NOW, 'nl'), 'om 09:43');
  assert.equal(shownAt('2026-12-03T08:43:00Z', ams, NOW, 'en'), 'at 09:43');
  assert.equal(shownAt('2026-12-01T08:43:00Z', ams, NOW, 'nl'), 'op di 1 dec 09:43');
  assert.equal(shownAt('2026-12-01T08:43:00Z', ams, NOW, 'en'), 'on Tue 1 Dec 09:43');
  assert.equal(shownAt('2026-12-01T08:43:00Z', { time_zone: 'America/Chicago' }, NOW, 'en'), 'on Tue, Dec 1, 2:43 AM');
  // 23:30 in Amsterdam is still Thursday there, though Friday in UTC: the feed's day decides.
  assert.equal(shownAt('2026-12-03T22:30:00Z', ams, NOW, 'nl'), 'om 23:30');
  assert.equal(shownAt('2026-12-03T23:30:00Z', ams, NOW, 'nl'), 'op vr 4 dec 00:30');
});

test('update on a full history whose oldest update is from yesterday: "gepubliceerd op wo 2 dec …", not "om wo 2 dec"', () => {
  // 08:00 in Amsterdam: the oldest of LIMITS.updates updates ten minutes apart is from yesterday afternoon.
  const morning = Date.parse('2026-12-04T07:00:00Z');
  const feed = bigFeed({ incidents: 1, updates: LIMITS.updates, chars: 120, now: morning });
  const oldest = feed.incidents[0].updates.at(-1);
  const dir = folder(feed);
  const r = runAt(morning, dir, 'update', 'feed.json', '--incident', 'leiding-1', '--known', 'Het water is weer helder.', '--known', 'The water is clear again.');
  assert.equal(r.status, 0, r.stderr);
  const said = shownAt(oldest.at, ams, morning, 'nl');
  assert.match(said, /^op do 3 dec \d{2}:\d{2}$/);
  assert.match(r.stderr, new RegExp(`dus de oudste, gepubliceerd ${said} \\(Europe/Amsterdam\\), staat niet meer in feed\\.json`));
  assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].updates.length, LIMITS.updates);
});
