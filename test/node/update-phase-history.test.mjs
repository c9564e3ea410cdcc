// A pension fund's desk (walk-through 2026-12-02) posted an update in the studio that only moved the
// phase from "We zoeken de oorzaak" to "Oorzaak gevonden" (and a next update): the texts stayed as
// they were. The texts went into the history anyway, so readers saw "1 eerdere update" with the very
// text on screen above it, and after the all-clear "2 eerdere updates", both the same. A new phase
// alone now stamps "Updated" but adds nothing to the history. One logic (feed/update.ts) for
// `clearline update --phase` and the studio's Post update; the CLI part uses dist/ (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MIN = 60_000;
const NOW = Date.parse('2026-12-02T13:15:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const known = { nl: 'Uw pensioen staat een werkdag later op uw rekening.', en: 'Your pension reaches your account one working day late.' };
const unknown = { nl: 'Hoe laat het geld er is.', en: 'At what time the money arrives.' };
const feed = () => ({
  type: 'status', version: 1, feed_id: 'pensioenfonds-horizon', time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Pensioenfonds Horizon', url: 'https://www.pensioenfondshorizon.nl' },
  channels: [],
  incidents: [{
    id: 'uitbetaling', title: { nl: 'Uw pensioen komt een dag later', en: 'Your pension arrives one day late' },
    severity: 'major', phase: 'investigating', started_at: iso(NOW - 30 * MIN), updated_at: iso(NOW - 10 * MIN),
    known, unknown, next_update_at: iso(NOW + 20 * MIN),
  }],
});

const { postUpdate } = await importTs('src/feed/update.ts');

test('a new phase with the same texts (as the studio sends them) adds no earlier update, but stamps updated_at', () => {
  const inc = postUpdate(feed(), 'uitbetaling', { phase: 'identified', known, unknown, next_update_at: iso(NOW + 3 * 60 * MIN) }, NOW).incidents[0];
  assert.equal(inc.phase, 'identified');
  assert.equal(inc.updates, undefined, 'no history entry repeating the text on screen');
  assert.equal(inc.updated_at, iso(NOW), 'readers see the change as news');
});

test('then the all-clear: one earlier update, not the same text twice', () => {
  const identified = postUpdate(feed(), 'uitbetaling', { phase: 'identified', known, unknown }, NOW);
  const closing = { nl: 'Uw pensioen staat nu op uw rekening.', en: 'Your pension is now in your account.' };
  const inc = postUpdate(identified, 'uitbetaling', { known: closing, resolve: true }, NOW + 60 * MIN).incidents[0];
  assert.equal(inc.updates.length, 1);
  assert.deepEqual(inc.updates[0], { at: iso(NOW), known, unknown });
});

test('new texts with a new phase still move the old texts into the history', () => {
  const news = { nl: 'De bank heeft het bestand ontvangen.', en: 'The bank received the file.' };
  const inc = postUpdate(feed(), 'uitbetaling', { phase: 'identified', known: news }, NOW).incidents[0];
  assert.deepEqual(inc.updates, [{ at: iso(NOW - 10 * MIN), known, unknown }]);
});

test('clearline update --phase alone: no earlier update in the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-phase-'));
  try {
    const f = feed();
    f.incidents[0].started_at = iso(Date.now() - 30 * MIN);
    f.incidents[0].updated_at = iso(Date.now() - 10 * MIN);
    f.incidents[0].next_update_at = iso(Date.now() + 60 * MIN);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(f, null, 2));
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'update', 'feed.json', '--incident', 'uitbetaling', '--phase', 'identified'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 0, r.stderr);
    const inc = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0];
    assert.equal(inc.phase, 'identified');
    assert.equal(inc.updates, undefined, JSON.stringify(inc.updates));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
