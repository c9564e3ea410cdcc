// Trial V, a water company at 06:45: a no-water outage for 40,000 homes (since 02:10, updated 06:31) and a boil water
// notice for one town (created 06:36), both major. Open incidents were sorted by severity, then the last edited first,
// so the notice led the status page, the help dialog, the banner and every export's default: `export --to sms` said
// "2 open incidents; this SMS is about boil-upton only". Of two as severe, the one that began first now leads, in every
// channel through the one function (feed/incidents.ts openIncidents), however often the other one is edited.
// The CLI tests use dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, feed, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { openIncidents, topOpenIncident } = await importTs('src/feed/incidents.ts');
const x = await exporters();

const NOW = Date.parse('2026-12-09T06:45:00Z');
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const incident = (id, en, nl, started, updated, over = {}) => ({
  id,
  title: { en, nl },
  severity: 'major',
  phase: 'identified',
  started_at: iso(started),
  updated_at: iso(updated),
  known: { en: 'We are working on it.', nl: 'We werken eraan.' },
  unknown: { en: 'When it is fixed.', nl: 'Wanneer het is opgelost.' },
  next_update_at: iso(NOW + 45 * MIN),
  ...over,
});
const outage = () => incident('water-0214', 'No water in Tewkesbury', 'Geen water in Tewkesbury', NOW - 275 * MIN, NOW - 14 * MIN);
const boil = (updated = NOW - 9 * MIN) => incident('boil-upton', 'Boil Water Notice in Upton', 'Kookadvies in Upton', NOW - 9 * MIN, updated);

/** The export fixture's feed (channels, languages) with the two incidents, the newest first as `new incident` writes them. */
function twoMajor(boilUpdated) {
  const f = feed();
  f.incidents = [boil(boilUpdated), outage()];
  f.issued_at = iso(NOW - 5 * MIN);
  f.expires_at = iso(NOW + 2 * 60 * MIN);
  return f;
}

test('of two as severe, the one that began first leads, not the one written or edited last', () => {
  for (const f of [twoMajor(), twoMajor(NOW - MIN)]) {
    assert.deepEqual(openIncidents(f, NOW).map((i) => i.id), ['water-0214', 'boil-upton']);
    assert.deepEqual(openIncidents(f).map((i) => i.id), ['water-0214', 'boil-upton'], 'without a clock too (the studio, the contact list)');
    assert.deepEqual(openIncidents(f, NOW, true).map((i) => i.id), ['water-0214', 'boil-upton'], 'the badge and a reason panel');
    assert.equal(topOpenIncident(f, NOW).id, 'water-0214');
  }
});

test('severity still comes first, and a tie in start keeps the order of the feed', () => {
  const f = twoMajor();
  f.incidents[0].severity = 'critical';
  assert.deepEqual(openIncidents(f, NOW).map((i) => i.id), ['boil-upton', 'water-0214'], 'a desk that puts the notice first raises it');
  const same = twoMajor();
  same.incidents[0].started_at = same.incidents[1].started_at;
  assert.deepEqual(openIncidents(same, NOW).map((i) => i.id), ['boil-upton', 'water-0214']);
});

test('one announced ahead is placed by when it begins: the sooner first', () => {
  const f = twoMajor();
  const soon = { starts_at: iso(NOW + 60 * MIN), started_at: iso(NOW - 10 * MIN) };
  const later = { starts_at: iso(NOW + 24 * 60 * MIN), started_at: iso(NOW - 48 * 60 * MIN) };
  f.incidents.push(incident('works-tue', 'Works Tuesday', 'Werk dinsdag', 0, NOW - 2 * MIN, later), incident('works-today', 'Works today', 'Werk vandaag', 0, NOW - 20 * MIN, soon));
  assert.deepEqual(openIncidents(f, NOW).map((i) => i.id), ['water-0214', 'boil-upton', 'works-today', 'works-tue']);
});

test('every export leads with the same one: SMS, social, phone message, e-mail, CAP', () => {
  const f = twoMajor(NOW - MIN);
  const sms = x.exportSms(f, { lang: 'en', now: NOW });
  assert.equal(sms.incident, 'water-0214');
  assert.deepEqual(sms.others, ['boil-upton']);
  const social = x.exportSocial(f, { lang: 'en', now: NOW });
  assert.equal(social.incident, 'water-0214');
  assert.deepEqual(x.exportIvr(f, { lang: 'en', now: NOW, force: true }).incidents, ['water-0214', 'boil-upton']);
  assert.deepEqual(x.exportEmail(f, { lang: 'en', now: NOW }).incidents, ['water-0214', 'boil-upton']);
  assert.equal(x.chooseIncident(f, undefined, NOW).id, 'water-0214', 'the alert `export --to cap` writes');
  assert.equal(x.exportSms(f, { lang: 'en', now: NOW, incident: 'boil-upton' }).incident, 'boil-upton', '--incident still chooses');
});

test('`export --to sms` leads with the outage, names the notice in the room left and says how to send its own SMS', async () => {
  await withCliDir('clearline-lead-', async (dir, run) => {
    const f = twoMajor(NOW - MIN);
    for (const k of ['issued_at', 'expires_at']) delete f[k];
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(f));
    const r = run('export', 'feed.json', '--to', 'sms', '--lang', 'en', '--force');
    // The notice is named in the room left (sms-also.ts, trial X); the desk is told how to send its own SMS.
    assert.match(r.stderr, /incident "Boil Water Notice in Upton" is going on too; this SMS only says "Also: Boil Water Notice in Upton\.", not what to do about it\. Its own SMS: clearline export --to sms --incident boil-upton/);
    assert.match(r.stdout, /^No water in Tewkesbury.* Also: Boil Water Notice in Upton\. /);
  }, { now: NOW });
});
