// Lint findings named incidents by id: a UK software company's desk, a week after an outage, read
// 'incidents/1/next_update_at (incident "outage-2026-11-24"): you promised an update at 09:00 …' in
// the terminal, and 'Incident 2, next update: …' under "Elsewhere in the feed" in the studio; it knows
// the incident as "Ledgerly is down". Now the title, quoted, as the export notes do since 6770ef4
// (feed/incident-name.ts); the CLI keeps the id after it, which `clearline update` and
// `export --incident` take. Uses dist/ for the CLI (run `npm run build` first).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { placeOf } = await importTs('src/lint/place.ts');
const { formatFinding } = await importTs('src/lint/index.ts');

const incidents = [
  { id: 'cyber-2026-12-01', title: { en: 'Our systems were attacked', nl: 'Onze systemen zijn aangevallen' } },
  { id: 'outage-2026-11-24', title: { en: 'Ledgerly is down', nl: 'Ledgerly werkt niet' } },
];
const finding = { severity: 'error', rule: 'next-update-past', path: 'incidents/1/next_update_at', message: 'you promised an update at 09:00, which has passed', fix: 'Publish an update now.' };

describe('the studio names an incident by its title (lint/place.ts)', () => {
  test('quoted, in the studio\'s language, not "Incident 2"', () => {
    assert.equal(placeOf('incidents/1/next_update_at', 'en', incidents), 'Incident “Ledgerly is down”, next update');
    assert.equal(placeOf('incidents/0/known/nl', 'nl', incidents), 'Incident “Onze systemen zijn aangevallen”, wat we weten (Nederlands)');
  });
  test('with its id only when two incidents share the title; by number while the title is still guidance', () => {
    const twice = [incidents[1], { id: 'outage-2026-12-02', title: { en: 'Ledgerly is down' } }];
    assert.equal(placeOf('incidents/1/next_update_at', 'en', twice), 'Incident “Ledgerly is down” (outage-2026-12-02), next update');
    const fresh = [{ id: 'cyber-2026-12-01', title: { en: '[[TODO: short title, e.g. "Our systems were attacked"]]' } }];
    assert.equal(placeOf('incidents/0/title/en', 'en', fresh), 'Incident 1, title (English)');
  });
});

describe('the CLI names it by its title and keeps the id (lint/index.ts formatFinding)', () => {
  test('title and id; the id alone while the title is guidance', () => {
    assert.match(formatFinding(finding, 'en', { incidents }), /^error\s+incidents\/1\/next_update_at \(incident "Ledgerly is down", id outage-2026-11-24\): you promised/);
    assert.match(formatFinding(finding, 'nl', { incidents }), /^fout\s+incidents\/1\/next_update_at \(incident "Ledgerly werkt niet", id outage-2026-11-24\): /);
    const fresh = { incidents: [incidents[0], { id: 'outage-2026-11-24', title: { en: '[[TODO: short title]]' } }] };
    assert.match(formatFinding(finding, 'en', fresh), /\(incident "outage-2026-11-24"\): /);
  });

  test('clearline lint on the feed says the title', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-names-'));
    try {
      const past = new Date(Date.now() - 3 * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
      const soon = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
      const incident = (id, title, next) => ({ id, title, phase: 'investigating', severity: 'minor', started_at: past, updated_at: past, next_update_at: next, known: { en: 'Nobody can log in.' }, unknown: { en: 'The cause.' }, actions: [] });
      const feed = { type: 'status', version: 1, feed_id: 'ledgerly', publisher: { name: 'Ledgerly', url: 'https://ledgerly.example' }, time_zone: 'Europe/London', channels: [], incidents: [incident('cyber-2026-12-01', incidents[0].title, soon), incident('outage-2026-11-24', incidents[1].title, past)] };
      writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
      const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'lint', 'feed.json'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
      assert.match(r.stdout, /incidents\/1\/next_update_at \(incident "Ledgerly is down", id outage-2026-11-24\): you promised an update/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
