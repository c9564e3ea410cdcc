// Trial V (a UK water company, a 3-day Boil Water Notice for Upton). F2: the desk re-confirmed it every 4 hours with
// `update --known "<same>" --unknown "<same>" --next-update +4h`; the CLI said "texts" were updated (they were not),
// `updated_at` stayed at day 1 and readers saw "Updated 2 days ago". Now such a kept promise stamps `confirmed_at`
// (readers' "Updated …" counts from it) and the CLI says "no text changed, confirmed". F3: "tomorrow 09:00" was refused
// (next-update-too-far) and heartbeat stopped at the passed 21:00 promise, so readers saw "Outdated" overnight. Now
// `update --daily` marks a standing instruction updated once a day: up to 26 hours ahead, and heartbeat keeps it
// signed until that promise passes; an ordinary incident keeps its 4 hours. Fixed clocks; uses dist/ (npm run build).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT, withCliDir } from './export-kit.mjs';

const MIN = 60_000;
const HOUR = 60 * MIN;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
// Thu 10 Dec 2026 13:00 London (UTC in December): the notice's texts were last written then.
const WRITTEN = Date.parse('2026-12-10T13:00:00Z');
const KNOWN = 'Boil all tap water in Upton upon Severn (WR8) before drinking it or brushing teeth. Tests are under way.';
const UNKNOWN = 'When the notice will be lifted: it needs two days of clear samples.';

/** Severn Vale Water's feed with the open boil notice, `next` its promised next update. */
function waterFeed(next) {
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
        started_at: iso(WRITTEN - 30 * HOUR),
        updated_at: iso(WRITTEN),
        known: KNOWN,
        unknown: UNKNOWN,
        next_update_at: iso(next),
        actions: [{ label: 'Boil tap water and let it cool before drinking it', urgent: true }],
      },
    ],
  };
}

/** Runs the CLI in `dir` at `ms`. */
const at = (dir, env, ms, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...env, CLEARLINE_TEST_NOW: String(ms) } });
const incident = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0];

test('F2: the same texts with a new next update re-confirm the notice: confirmed_at now, the CLI says "no text changed, confirmed"', async () => {
  // Sat 12 Dec 05:00: day 3, the 05:00 update kept.
  const now = Date.parse('2026-12-12T05:00:00Z');
  await withCliDir('clearline-confirm-', async (dir, run, env) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(waterFeed(now + 5 * MIN), null, 2));
    const r = at(dir, env, now, 'update', 'feed.json', '--incident', 'boil-upton', '--known', KNOWN, '--unknown', UNKNOWN, '--next-update', '+4h');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Updated "boil-upton" in feed\.json: no text changed, confirmed \(readers see: no change since the last text, confirmed now\), next update 09:00 \(Europe\/London\)/, r.stdout);
    assert.doesNotMatch(r.stdout, /: texts,/, 'the texts did not change');
    const inc = incident(dir);
    assert.equal(inc.confirmed_at, iso(now), 'readers count "Updated …" from this morning');
    assert.equal(inc.updated_at, iso(WRITTEN), 'the texts keep the time they were written');
    assert.equal(inc.updates, undefined, 'no earlier update that repeats the text on screen');
    // --next-update alone re-confirms and says so too.
    const alone = at(dir, env, now + 10 * MIN, 'update', 'feed.json', '--incident', 'boil-upton', '--next-update', '+4h');
    assert.match(alone.stdout, /: no text changed, confirmed \(readers see: no change since the last text, confirmed now\), next update 09:10/, alone.stdout);
    assert.equal(incident(dir).confirmed_at, iso(now + 10 * MIN));
    // Signed and verified as any feed: readers accept the field.
    assert.equal(at(dir, env, now, 'keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
    const sign = at(dir, env, now + 10 * MIN, 'sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(sign.status, 0, sign.stderr);
    const verify = at(dir, env, now + 11 * MIN, 'verify', '--key', 'public.jwk.json', 'feed.jws.json');
    assert.equal(verify.status, 0, verify.stdout + verify.stderr);
    // New words: a real update, newer than any confirmation.
    const news = at(dir, env, now + 2 * HOUR, 'update', 'feed.json', '--incident', 'boil-upton', '--known', 'The notice is lifted for WR8 8 only.', '--unknown', UNKNOWN, '--next-update', '+2h');
    assert.equal(news.status, 0, news.stdout + news.stderr);
    assert.match(news.stdout, /: texts, next update/);
    const after = incident(dir);
    assert.equal(after.updated_at, iso(now + 2 * HOUR));
    assert.equal(after.confirmed_at, undefined);
    assert.equal(after.updates[0].at, iso(WRITTEN), 'the history keeps the time the old text was written');
  }, { now, tz: 'UTC' });
});

test('F3: a next update tomorrow is refused for a live incident, allowed with --daily, and heartbeat carries it overnight', async () => {
  // Wed 9 Dec 17:00 London.
  const now = Date.parse('2026-12-09T17:00:00Z');
  await withCliDir('clearline-daily-', async (dir, run, env) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(waterFeed(now + 10 * MIN), null, 2));
    const live = at(dir, env, now, 'update', 'feed.json', '--incident', 'boil-upton', '--next-update', 'tomorrow 10:00');
    assert.notEqual(live.status, 0, 'an ordinary incident keeps its 4 hours');
    assert.match(live.stderr, /\[next-update-too-far\]/, live.stderr);
    assert.match(live.stderr, /a boil water notice\)\? Say so with --daily \(clearline update --daily --next-update "tomorrow 08:00"\): then up to 26 hours is allowed/, live.stderr);
    assert.equal(incident(dir).cadence, undefined, 'nothing written');

    const daily = at(dir, env, now, 'update', 'feed.json', '--incident', 'boil-upton', '--daily', '--next-update', 'tomorrow 10:00');
    assert.equal(daily.status, 0, daily.stdout + daily.stderr);
    assert.match(daily.stdout, /updated daily/);
    const inc = incident(dir);
    assert.equal(inc.cadence, 'daily');
    assert.equal(inc.next_update_at, '2026-12-10T10:00:00Z');
    assert.equal(at(dir, env, now, 'keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
    const sign = at(dir, env, now, 'sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(sign.status, 0, sign.stderr);
    // The scheduled heartbeat through the night: the promise still holds.
    for (const h of [1, 5, 9, 16]) {
      const beat = at(dir, env, now + h * HOUR, 'heartbeat', '--key', 'private.jwk.json', 'feed.jws.json', '--out', 'feed.jws.json');
      assert.equal(beat.status, 0, `${h} h later: ${beat.stderr}`);
    }
    const verify = at(dir, env, now + 16 * HOUR + MIN, 'verify', '--key', 'public.jwk.json', 'feed.jws.json');
    assert.equal(verify.status, 0, verify.stdout + verify.stderr);
    // 10:30 the next morning without the promised update: the promise is broken, heartbeat stops as before.
    const late = at(dir, env, Date.parse('2026-12-10T10:30:00Z'), 'heartbeat', '--key', 'private.jwk.json', 'feed.jws.json', '--out', 'feed.jws.json');
    assert.notEqual(late.status, 0);
    assert.match(late.stderr, /\[next-update-past\]/);

    // Daily is still not "any time": two days ahead is refused.
    const far = at(dir, env, now, 'update', 'feed.json', '--incident', 'boil-upton', '--next-update', '2026-12-11T12:00:00Z');
    assert.notEqual(far.status, 0);
    assert.match(far.stderr, /an incident updated daily promises one within 26 hours \[next-update-too-far\]/, far.stderr);
    // --live goes back to 4 hours: with tomorrow's promise still in place it is refused, nothing written.
    const back = at(dir, env, now, 'update', 'feed.json', '--incident', 'boil-upton', '--live');
    assert.notEqual(back.status, 0);
    assert.equal(incident(dir).cadence, 'daily');
    const ok = at(dir, env, now, 'update', 'feed.json', '--incident', 'boil-upton', '--live', '--next-update', '+2h');
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.equal(incident(dir).cadence, undefined);
    assert.notEqual(at(dir, env, now, 'update', 'feed.json', '--incident', 'boil-upton', '--daily', '--live').status, 0, 'not both');
  }, { now, tz: 'UTC' });
});

test('feed/cadence: only an open incident marked daily gets 26 hours; a resolved one or an unmarked one keeps the limit given', async () => {
  const { importTs } = await import('./ts-import.mjs');
  const { isDaily, nextUpdateLimitMs, DAILY_NEXT_UPDATE_MS } = await importTs('src/feed/cadence.ts');
  assert.equal(DAILY_NEXT_UPDATE_MS, 26 * HOUR);
  assert.equal(isDaily({ cadence: 'daily', phase: 'identified' }), true);
  assert.equal(isDaily({ cadence: 'daily', phase: 'resolved' }), false);
  assert.equal(isDaily({ cadence: 'weekly', phase: 'identified' }), false);
  assert.equal(isDaily(null), false);
  assert.equal(nextUpdateLimitMs({ cadence: 'daily', phase: 'monitoring' }, 4 * HOUR), 26 * HOUR);
  assert.equal(nextUpdateLimitMs({ phase: 'monitoring' }, 4 * HOUR), 4 * HOUR);
});
