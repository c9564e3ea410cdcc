// Trial V (a UK water company's 3-day Boil Water Notice), after `update --daily`: `new incident` had no --daily, so a
// notice opened in the afternoon could not promise "tomorrow 09:00" at once; and with --daily a bare "09:00" typed at
// 14:00 was refused with "promise the next update within 4 hours". Now `new incident --daily` marks it as `update
// --daily` does, and a clock time passed today is read as tomorrow's, said back with its date. Fixed clocks; uses dist/.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const HOUR = 3_600_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
// Wed 9 Dec 2026 14:00 London (UTC in December).
const NOW = Date.parse('2026-12-09T14:00:00Z');

function waterFeed({ daily = false } = {}) {
  return {
    type: 'status',
    version: 1,
    feed_id: 'severn-vale-water',
    publisher: { name: 'Severn Vale Water', url: 'https://severnvale.example' },
    time_zone: 'Europe/London',
    channels: [{ id: 'line', kind: 'phone', label: 'Leak and supply line', href: 'tel:+448003164000', wait_minutes: 5 }],
    contact_reasons: [{ id: 'boil', label: 'Boil Water Notice', channels: ['line'] }],
    incidents: [
      {
        id: 'boil-upton',
        title: 'Boil Water Notice in Upton upon Severn',
        severity: 'major',
        phase: 'identified',
        started_at: iso(NOW - 20 * HOUR),
        updated_at: iso(NOW - HOUR),
        known: 'Boil all tap water in Upton upon Severn (WR8) before drinking it or brushing teeth.',
        unknown: 'When the notice will be lifted: it needs two days of clear samples.',
        next_update_at: iso(NOW + HOUR),
        actions: [{ label: 'Boil tap water and let it cool before drinking it', urgent: true }],
        ...(daily ? { cadence: 'daily' } : {}),
      },
    ],
  };
}

const at = (dir, env, ms, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...env, CLEARLINE_TEST_NOW: String(ms) } });
const feedIn = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));

test('update --daily at 14:00 with --next-update 09:00: tomorrow 09:00, said with its date; without --daily still refused', async () => {
  await withCliDir('clearline-daily-09-', async (dir, run, env) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(waterFeed(), null, 2));
    const live = at(dir, env, NOW, 'update', 'feed.json', '--incident', 'boil-upton', '--next-update', '09:00');
    assert.notEqual(live.status, 0, 'an ordinary incident keeps its 4 hours');
    assert.match(live.stderr, /09:00 has passed/, live.stderr);
    const r = at(dir, env, NOW, 'update', 'feed.json', '--incident', 'boil-upton', '--daily', '--next-update', '09:00');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /next update tomorrow, Thu 10 Dec, 09:00 \(Europe\/London\)/, r.stdout);
    const inc = feedIn(dir).incidents[0];
    assert.equal(inc.cadence, 'daily');
    assert.equal(inc.next_update_at, '2026-12-10T09:00:00Z');
    // The next afternoon, marked daily already: 09:00 again is the morning after, without --daily.
    const next = at(dir, env, NOW + 24 * HOUR - 5 * 60_000, 'update', 'feed.json', '--incident', 'boil-upton', '--next-update', '9:00');
    assert.equal(next.status, 0, next.stdout + next.stderr);
    assert.match(next.stdout, /next update tomorrow, Fri 11 Dec, 09:00/, next.stdout);
    assert.equal(feedIn(dir).incidents[0].next_update_at, '2026-12-11T09:00:00Z');
    // --live: back to the 4-hour rule, a passed 09:00 is refused again.
    const back = at(dir, env, NOW + 25 * HOUR, 'update', 'feed.json', '--incident', 'boil-upton', '--live', '--next-update', '09:00');
    assert.notEqual(back.status, 0);
    assert.match(back.stderr, /09:00 has passed/, back.stderr);
  }, { now: NOW, tz: 'UTC' });
});

test('new incident --daily: marked daily, its first update may be tomorrow morning; without --daily refused, nothing written', async () => {
  await withCliDir('clearline-daily-new-', async (dir, run, env) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(waterFeed(), null, 2));
    const args = ['new', 'incident', '--template', 'water-quality', '--id', 'boil-ripple', '--lang', 'en', '--next-update', '09:00'];
    const live = at(dir, env, NOW, ...args);
    assert.notEqual(live.status, 0, live.stdout);
    assert.equal(feedIn(dir).incidents.length, 1, 'nothing written');
    assert.match(live.stderr, /09:00 has passed/, live.stderr);

    const r = at(dir, env, NOW, ...args, '--daily');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /First update promised tomorrow, Thu 10 Dec, 09:00 \(Europe\/London\)\./, r.stdout);
    assert.match(r.stdout, /Updated daily \(--daily\): its next update may be up to 26 hours ahead/, r.stdout);
    const inc = feedIn(dir).incidents[0];
    assert.equal(inc.id, 'boil-ripple');
    assert.equal(inc.cadence, 'daily');
    assert.equal(inc.next_update_at, '2026-12-10T09:00:00Z');
    // Dutch help for the new option.
    const help = at(dir, { ...env, TZ: 'Europe/Amsterdam' }, NOW, 'new', 'incident', '--help', '--lang', 'nl');
    assert.match(help.stdout, /--daily +als het werk 's nachts stilligt of er een dag lang niets verandert \(een kookadvies\)/, help.stdout);
  }, { now: NOW, tz: 'UTC' });
});

test('feed/daily-when: a passed clock time is tomorrow only for a daily incident; a time still ahead today stays today', async () => {
  const { readDailyWhen, tomorrowSaid } = await importTs('src/feed/daily-when.ts');
  const zone = 'Europe/London';
  const daily = readDailyWhen('09:00', { now: NOW, timeZone: zone, daily: true });
  assert.deepEqual(daily, { ok: true, ms: Date.parse('2026-12-10T09:00:00Z'), iso: '2026-12-10T09:00:00Z', tomorrow: true });
  assert.equal(readDailyWhen('09:00', { now: NOW, timeZone: zone, daily: false }).code, 'passed');
  const later = readDailyWhen('16:00', { now: NOW, timeZone: zone, daily: true });
  assert.equal(later.iso, '2026-12-09T16:00:00Z');
  assert.equal(later.tomorrow, undefined);
  assert.equal(readDailyWhen('soon', { now: NOW, timeZone: zone, daily: true }).ok, false);
  assert.equal(tomorrowSaid(daily.ms, NOW, zone, 'en'), 'tomorrow, Thu 10 Dec, 09:00');
  assert.equal(tomorrowSaid(Date.parse('2026-12-10T08:00:00Z'), NOW, 'Europe/Amsterdam', 'nl'), 'morgen, do 10 dec, 09:00');
});
