// "Updated 2 hours ago" above new advice: a desk that changed only an incident's actions (or its
// affects, severity or title) with `clearline update` or the studio kept the old `updated_at`, so
// readers saw old news where the advice was new. Every change readers see in the incident now
// stamps `updated_at`; a save that changes nothing, a correction, and a new next-update time
// alone (the history keeps the time its texts were published, energy-cli.test.mjs item 10) do not.
// The CLI part uses dist/cli.js: run `npm run build` first.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const MIN = 60_000;
const NOW = Date.parse('2026-12-01T09:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const langs = ['nl', 'en'];

/** Utrecht Energie's gas outage, last updated two hours before `now`. */
const gasFeed = (now = NOW) => ({
  type: 'status',
  version: 1,
  feed_id: 'utrecht-energie',
  publisher: { name: 'Utrecht Energie', url: 'https://energie.example' },
  time_zone: 'Europe/Amsterdam',
  channels: [{ id: 'service', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31302345678' }],
  incidents: [
    {
      id: 'gas-oost',
      title: { nl: 'Geen gas in Utrecht-Oost', en: 'No gas in Utrecht-Oost' },
      severity: 'major',
      phase: 'identified',
      started_at: iso(now - 180 * MIN),
      updated_at: iso(now - 120 * MIN),
      known: { nl: 'Een leiding is geraakt.', en: 'A pipe was hit.' },
      unknown: { nl: 'Hoe lang het duurt.', en: 'How long it takes.' },
      next_update_at: iso(now + 30 * MIN),
      affects: [{ nl: 'Postcodes 3581 tot en met 3584', en: 'Postcodes 3581 to 3584' }],
      // Keys in another order than the studio writes them: the same action.
      actions: [{ urgent: true, href: 'tel:+318009009', label: { nl: 'Bel het storingsnummer', en: 'Call the emergency line' } }],
    },
  ],
});
const CLOSE_TAP = { label: { nl: 'Zet de gaskraan dicht', en: 'Close the gas tap' }, urgent: true };

describe('feed/update postUpdate: a change readers see moves updated_at', async () => {
  const { postUpdate } = await importTs('src/feed/update.ts');
  const before = gasFeed().incidents[0];
  const after = (change) => postUpdate(gasFeed(), 'gas-oost', change, NOW).incidents[0];
  for (const [what, change] of [
    ['the actions', { actions: [...before.actions, CLOSE_TAP] }],
    ['the affects', { affects: [...before.affects, { nl: 'Bunnik', en: 'Bunnik' }] }],
    ['the severity', { severity: 'critical' }],
    ['the title', { title: { nl: 'Geen gas in Utrecht-Oost en Bunnik', en: 'No gas in Utrecht-Oost and Bunnik' } }],
  ]) {
    test(`a new update of only ${what}: "Updated" is now, and the history gets no copy of the unchanged texts`, () => {
      const inc = after(change);
      assert.equal(inc.updated_at, iso(NOW));
      assert.equal(inc.updates, undefined);
    });
  }
  test('the same values given again (another key order, absent and empty lists) change nothing readers see', () => {
    const same = { title: before.title, severity: 'major', affects: before.affects, actions: [{ label: before.actions[0].label, href: 'tel:+318009009', urgent: true }] };
    assert.equal(after(same).updated_at, before.updated_at);
    const none = gasFeed();
    delete none.incidents[0].actions;
    assert.equal(postUpdate(none, 'gas-oost', { actions: [] }, NOW).incidents[0].updated_at, before.updated_at);
  });
  test('a correction keeps the time, also when it fixes an action', () => {
    const fixed = [{ ...before.actions[0], label: { nl: 'Bel het storingsnummer', en: 'Call the emergency number' } }];
    assert.equal(after({ actions: fixed, correct: true }).updated_at, before.updated_at);
  });
});

describe('the studio: buildFeed', async () => {
  const { buildFeed, draftFromIncident } = await importTs('src/components/editor/draft.ts');
  const draft = (f) => ({ ...draftFromIncident(f.incidents[0], langs), next: iso(NOW + 60 * MIN) });
  test('an added action moves "Updated"; only a new next update does not', () => {
    const f = gasFeed();
    const d = draft(f);
    assert.equal(buildFeed(f, d, langs, f.channels, NOW).incidents[0].updated_at, f.incidents[0].updated_at, 'nothing changed but the next update');
    d.actions.push({ label: { ...CLOSE_TAP.label }, who: { nl: '', en: '' }, href: '', urgent: true });
    const inc = buildFeed(f, d, langs, f.channels, NOW).incidents[0];
    assert.equal(inc.actions.length, 2);
    assert.equal(inc.updated_at, iso(NOW));
  });
});

describe('clearline update', () => {
  test('--add-action alone: "Updated" is now', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-updated-'));
    try {
      const now = Date.now();
      const f = gasFeed(now);
      writeFileSync(join(dir, 'feed.json'), JSON.stringify(f, null, 2) + '\n');
      const r = spawnSync(process.execPath, [CLI, 'update', 'feed.json', '--incident', 'gas-oost', '--lang', 'nl,en', '--add-action', CLOSE_TAP.label.nl, '--add-action', CLOSE_TAP.label.en, '--urgent'], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      const inc = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0];
      assert.equal(inc.actions.length, 2);
      assert.ok(Date.parse(inc.updated_at) >= Math.floor(now / 1000) * 1000, `updated_at ${inc.updated_at} is still the old ${f.incidents[0].updated_at}`);
      assert.equal(inc.updates, undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
