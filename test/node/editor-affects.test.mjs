// The studio's "Affects" field is one line of comma-separated items. Opening "Post update" on the
// energy demo turned "About 4,200 households" into "About 4" and "200 households" in the draft,
// its preview and e-mail, and in the feed if signed: a comma between digits is part of a number
// (4,200 in English, 1,5 km in Dutch), not a separator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { buildFeed, draftFromIncident } = await importTs('src/components/editor/draft.ts');
const NOW = Date.parse('2026-12-01T02:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const langs = ['nl', 'en'];
const AFFECTS = [
  { nl: 'Postcodes 3581 tot en met 3584', en: 'Postcodes 3581 to 3584' },
  { nl: 'Ongeveer 4.200 huishoudens', en: 'About 4,200 households' },
  { nl: 'Binnen 1,5 km van de Biltstraat', en: 'Within 1.5 km of Biltstraat' },
];
const feed = () => ({
  type: 'status',
  version: 1,
  feed_id: 'utrecht-energie',
  publisher: { name: 'Utrecht Energie', url: 'https://energie.example' },
  time_zone: 'Europe/Amsterdam',
  channels: [],
  incidents: [{
    id: 'gas-oost', title: { nl: 'Geen gas in Utrecht-Oost', en: 'No gas in Utrecht-Oost' }, severity: 'critical', phase: 'identified',
    started_at: iso(NOW - 3_600_000), updated_at: iso(NOW - 600_000), known: { nl: 'Een leiding is geraakt.', en: 'A pipe was hit.' },
    unknown: { nl: 'Hoe lang het duurt.', en: 'How long it takes.' }, next_update_at: iso(NOW + 1_800_000), affects: AFFECTS,
  }],
});

test('an update from the studio keeps "About 4,200 households" and "1,5 km" whole', () => {
  const f = feed();
  const d = { ...draftFromIncident(f.incidents[0], langs), next: iso(NOW + 1_800_000) };
  assert.equal(d.affects.en, 'Postcodes 3581 to 3584, About 4,200 households, Within 1.5 km of Biltstraat');
  assert.deepEqual(buildFeed(f, d, langs, f.channels, NOW).incidents[0].affects, AFFECTS);
});

test('commas typed as separators still separate, with or without a space', () => {
  const f = feed();
  const d = { ...draftFromIncident(f.incidents[0], langs), next: iso(NOW + 1_800_000), affects: { nl: 'Zeist,Bunnik, De Bilt', en: 'Zeist,Bunnik, De Bilt' } };
  assert.deepEqual(buildFeed(f, d, langs, f.channels, NOW).incidents[0].affects, ['Zeist', 'Bunnik', 'De Bilt'].map((x) => ({ nl: x, en: x })));
});

// A parcel company's strike feed had one item "Depots Zwolle, Eindhoven en Amersfoort" (written with
// `clearline new incident` and the feed file). Posting the strike-morning update in the studio,
// without touching "Affects", published two items, "Depots Zwolle" and "Eindhoven en Amersfoort":
// the field is one comma-separated line, so an item with a comma in it cannot come back whole.
// An untouched field keeps the published items as they are.
test('an update that leaves "Affects" alone keeps an item with a comma in it whole', () => {
  const f = feed();
  const depots = [{ nl: 'Bezorging aan huis', en: 'Home delivery' }, { nl: 'Depots Zwolle, Eindhoven en Amersfoort', en: 'Depots Zwolle, Eindhoven and Amersfoort' }];
  f.incidents[0].affects = depots;
  const d = { ...draftFromIncident(f.incidents[0], langs), next: iso(NOW + 1_800_000) };
  assert.deepEqual(buildFeed(f, d, langs, f.channels, NOW).incidents[0].affects, depots);
  // Edited, the line is read as typed: commas separate.
  const edited = { ...d, affects: { nl: `${d.affects.nl}, Zeist`, en: `${d.affects.en}, Zeist` } };
  assert.equal(buildFeed(f, edited, langs, f.channels, NOW).incidents[0].affects.length, 4);
});
