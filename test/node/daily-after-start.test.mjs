// Trial Z, a UK hospital trust announcing a doctors' strike from Thu 17 Dec 07:00 to Sat 19 Dec 07:00: the "daily" cadence
// given to the announcement stayed after the strike began, and at 07:02 an update promising "tomorrow 07:00" was accepted
// and linted clean for a major strike going on. Now the first update after the start goes back to 4 hours unless --daily is
// given again, lint warns (daily-after-start) until then, and the announced refusal says the distance and the latest time
// allowed. A boil water notice (daily without starts_at) is untouched. Fixed clocks; the CLI tests use dist/.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);
const { dailyEndedAt } = await importTs('src/feed/daily-start.ts');
const { distanceSaid } = await importTs('src/lint/rules/announced-far.ts');

const H = 3_600_000;
const MIN = 60_000;
const START = Date.parse('2026-12-17T07:00:00Z'); // Thu 17 Dec 07:00 London (UTC in December)
const WEDNESDAY = Date.parse('2026-12-16T12:00:00Z');
const STRIKE_DAY = START + 2 * MIN; // 07:02
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const hospital = (over = {}) => ({
  type: 'status', version: 1, feed_id: 'northgate', time_zone: 'Europe/London', publisher: { name: 'Northgate Hospitals', url: 'https://www.northgatehospitals.example' },
  channels: [{ id: 'switchboard', kind: 'phone', label: { en: 'Switchboard' }, href: 'tel:+441614960000' }],
  contact_reasons: [{ id: 'appt', label: { en: 'My appointment' }, channels: ['switchboard'] }],
  incidents: [{
    id: 'strike', title: { en: "Doctors' strike Thursday 17 to Saturday 19 December: A&E stays open" }, severity: 'major', phase: 'identified',
    started_at: '2026-12-14T16:00:00Z', updated_at: iso(WEDNESDAY), starts_at: iso(START), cadence: 'daily',
    known: { en: 'Resident doctors strike from 07:00 on Thursday 17 December to 07:00 on Saturday 19 December. A&E stays open.' },
    unknown: { en: 'Which clinics will be cancelled.' },
    next_update_at: iso(START),
    actions: [{ label: { en: 'In an emergency call 999 or go to A&E: it stays open.' }, href: 'tel:999', urgent: true }],
    ...over,
  }],
});
const findings = (doc, now, lang = 'en') => lintDocument(doc, { now, lang }).filter((f) => f.path.startsWith('incidents/0/'));
const named = (doc, now) => findings(doc, now).map((f) => `${f.severity} ${f.rule}`);

test('dailyEndedAt: daily set for the announcement, begun, not updated since; never for a notice without starts_at', () => {
  const inc = hospital().incidents[0];
  assert.equal(dailyEndedAt(inc, START - MIN), undefined, 'not begun yet');
  assert.equal(dailyEndedAt(inc, STRIKE_DAY), START);
  assert.equal(dailyEndedAt({ ...inc, confirmed_at: iso(START + MIN) }, STRIKE_DAY), undefined, 'confirmed after the start: daily said again');
  assert.equal(dailyEndedAt({ ...inc, updated_at: iso(START + MIN) }, STRIKE_DAY), undefined);
  assert.equal(dailyEndedAt({ ...inc, starts_at: undefined }, STRIKE_DAY), undefined, 'a boil water notice');
  assert.equal(dailyEndedAt({ ...inc, cadence: undefined }, STRIKE_DAY), undefined);
  assert.equal(dailyEndedAt({ ...inc, phase: 'resolved' }, STRIKE_DAY), undefined);
});

test('lint on strike day: daily kept from the announcement is a warning; a next update 24 hours away is an error without --daily offered', () => {
  // 07:02, the promise made on Wednesday (07:00) just passed: the warning says the next one is due within 4 hours.
  const quiet = hospital({ next_update_at: iso(START + 3 * H) });
  assert.deepEqual(named(quiet, STRIKE_DAY), ['warning daily-after-start']);
  const w = findings(quiet, STRIKE_DAY)[0];
  assert.equal(w.path, 'incidents/0/cadence');
  assert.match(w.message, /its daily updates were for the announcement, and it began at 07:00: now that it is going on, the next update is due within 4 hours/);
  assert.match(w.fix, /^Promise your next update within 4 hours: clearline update feed\.json --incident strike --next-update \+4h \(that ends the daily updates\)\. Only if nothing will change for a whole day, give --daily again in that update\.$/);
  const nl = findings(quiet, STRIKE_DAY, 'nl')[0];
  assert.match(nl.message, /één update per dag gold voor de aankondiging, en het is begonnen om 07:00/);
  // The trial's feed (daily from Monday, written before the start) with "tomorrow 07:00": refused, and no --daily offered.
  const far = hospital({ next_update_at: iso(START + 24 * H) });
  assert.deepEqual(named(far, STRIKE_DAY), ['error next-update-too-far', 'warning daily-after-start']);
  const e = findings(far, STRIKE_DAY)[0];
  assert.match(e.fix, /It began at 07:00, .*: while it goes on, promise an update within 4 hours/);
  assert.doesNotMatch(e.fix, /--daily|Daily updates|starts_at/);
  // A boil water notice (daily, no start) promising tomorrow: as before.
  assert.deepEqual(named(hospital({ starts_at: undefined, next_update_at: iso(START + 24 * H) }), STRIKE_DAY), []);
  // Daily said again after the start (confirmed then): the desk's choice stands.
  assert.deepEqual(named(hospital({ confirmed_at: iso(STRIKE_DAY), next_update_at: iso(START + 24 * H) }), STRIKE_DAY), []);
});

test('lint before the start: daily does not stretch the promise past 4 hours after the start', () => {
  // Wednesday 12:00, daily: Thursday 11:00 is the latest (start + 4 h), Thursday 14:00 was signable before.
  assert.deepEqual(named(hospital({ next_update_at: iso(START + 4 * H) }), WEDNESDAY), []);
  const e = findings(hospital({ next_update_at: iso(START + 7 * H) }), WEDNESDAY);
  assert.deepEqual(e.map((f) => f.rule), ['next-update-too-far']);
  assert.match(e[0].message, /^the next update \(Thu 17 Dec 14:00\) is more than 4 hours after the start \(07:00, 2026-12-17T07:00:00Z\); promise one within 4 hours of the start: by Thu 17 Dec 11:00 at the latest$/);
  // Daily far from the start: 26 hours, as for any daily incident.
  const monday = Date.parse('2026-12-14T16:00:00Z');
  assert.deepEqual(named(hospital({ updated_at: iso(monday), next_update_at: iso(monday + 26 * H) }), monday), []);
});

test('announced refusal: the distance and the latest time allowed, and only the limit that applies (en, nl)', () => {
  // The studio's clock a few seconds before 16:00 on Monday; "same time tomorrow" is Tue 15 Dec 16:00; not daily.
  const now = Date.parse('2026-12-14T15:59:50Z');
  const doc = hospital({ cadence: undefined, updated_at: iso(now), next_update_at: '2026-12-15T16:00:00Z' });
  const [en] = findings(doc, now);
  assert.equal(en.rule, 'next-update-too-far');
  assert.equal(en.message, 'the next update is just over 24 hours away (Tue 15 Dec 16:00); before the start, promise one within 24 hours: by Tue 15 Dec 15:59 at the latest');
  assert.doesNotMatch(en.message, /after the start/);
  const [nl] = findings(doc, now, 'nl');
  assert.equal(nl.message, 'de volgende update komt over ruim 24 uur (di 15 dec 16:00); beloof vóór het begin een update binnen 24 uur: uiterlijk di 15 dec 15:59');
  // A second later than the clock allows is still refused; 15:59 is accepted.
  assert.deepEqual(named({ ...doc, incidents: [{ ...doc.incidents[0], next_update_at: '2026-12-15T15:59:00Z' }] }, now), []);
  assert.equal(distanceSaid(25 * H + 5 * MIN + 1, 'en'), '25 hours 5 minutes');
  assert.equal(distanceSaid(25 * H + MIN, 'nl'), '25 uur en 1 minuut');
});

const feedIn = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));

test('update at 07:02 on strike day: "tomorrow 07:00" refused, daily ended and said; +3h accepted; --daily again keeps it', async () => {
  await withCliDir('clearline-daily-start-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(hospital(), null, 2));
    const known = "The resident doctors' strike started at 07:00 today and ends at 07:00 on Saturday 19 December. A&E stays open.";
    const r = run('update', 'feed.json', '--incident', 'strike', '--known', known, '--next-update', 'tomorrow 07:00');
    assert.notEqual(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /next-update-too-far/);
    assert.match(r.stderr, /Daily updates were for the announcement and have ended: it began at 07:00\. The next update is now due within 4 hours\. Only if nothing will change for a whole day: add --daily to the command\./);
    assert.equal(feedIn(dir).incidents[0].cadence, 'daily', 'nothing written');
    const ok = run('update', 'feed.json', '--incident', 'strike', '--known', known, '--next-update', '+3h');
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /next update within 4 hours again/);
    assert.match(ok.stdout, /Daily updates were for the announcement and have ended: it began at 07:00\. .*give --daily again\./);
    assert.equal(feedIn(dir).incidents[0].cadence, undefined);
    const lint = run('lint', 'feed.json');
    assert.doesNotMatch(lint.stdout + lint.stderr, /daily-after-start/);
  }, { now: STRIKE_DAY, tz: 'Europe/London' });
  await withCliDir('clearline-daily-again-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(hospital(), null, 2));
    const r = run('update', 'feed.json', '--incident', 'strike', '--daily', '--next-update', 'tomorrow 07:00');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout, /have ended/);
    const inc = feedIn(dir).incidents[0];
    assert.equal(inc.cadence, 'daily');
    assert.equal(inc.next_update_at, '2026-12-18T07:00:00Z');
  }, { now: STRIKE_DAY, tz: 'Europe/London' });
});

test('update of a boil water notice (daily, no starts_at) keeps daily, as before', async () => {
  await withCliDir('clearline-daily-boil-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(hospital({ starts_at: undefined }), null, 2));
    const r = run('update', 'feed.json', '--incident', 'strike', '--next-update', 'tomorrow 07:00');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(feedIn(dir).incidents[0].cadence, 'daily');
  }, { now: STRIKE_DAY, tz: 'Europe/London' });
});
