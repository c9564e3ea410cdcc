// Trial O, a bus company announcing on Monday 7 December a 24-hour strike for Thursday 10 December: an open incident
// needed a next update within 4 hours, day and night, for three days, or readers read "late" and then "Outdated … may
// no longer be true"; and CAP said Immediate / Observed. An incident may now say when it begins (`starts_at`): until
// then an update a day is enough (and one within 4 hours of the start), and CAP says Future / Likely with its onset.
// The CLI tests use dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import test from 'node:test';
import { pathToFileURL } from 'node:url';
import { exporters, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);
const { startsLater, isAnnounced } = await importTs('src/feed/announced.ts');
const { latestNextUpdate } = await importTs('src/feed/announced-edit.ts');
const { openIncidents, overallState } = await importTs('src/feed/incidents.ts');

const MONDAY = Date.parse('2026-12-07T14:00:00Z');
const THURSDAY = '2026-12-10T00:01:00Z';
const H = 3_600_000;
const strike = (over = {}) => ({
  type: 'status', version: 1, feed_id: 'northway', time_zone: 'Europe/London', publisher: { name: 'Northway', url: 'https://www.northway.example' },
  issued_at: '2026-12-07T14:00:00Z', expires_at: '2026-12-08T11:00:00Z', seq: 3,
  channels: [{ id: 'phone', kind: 'phone', label: { en: 'Customer service' }, href: 'tel:+441614960123' }],
  incidents: [{
    id: 'strike', title: { en: 'Strike on Thursday 10 December: no trams, fewer buses' }, severity: 'major', phase: 'identified',
    started_at: '2026-12-07T13:55:00Z', updated_at: '2026-12-07T14:00:00Z', starts_at: THURSDAY,
    known: { en: 'Drivers strike from 00:01 on Thursday for 24 hours. Until then trams and buses run as normal.' },
    unknown: { en: 'Whether talks will stop the strike.' },
    next_update_at: '2026-12-08T10:00:00Z',
    actions: [{ label: { en: 'Plan Thursday\'s journey before you set off' }, href: 'https://www.northway.example/planner', urgent: true }],
    ...over,
  }],
});
const rules = (doc, now = MONDAY) => lintDocument(doc, { now }).filter((f) => f.path === 'incidents/0/next_update_at').map((f) => f.rule);

test('announced: only while the start is to come and the incident is open', () => {
  const inc = strike().incidents[0];
  assert.equal(startsLater(inc, MONDAY), Date.parse(THURSDAY));
  assert.equal(isAnnounced(inc, Date.parse(THURSDAY) + 1), false, 'it has begun');
  assert.equal(isAnnounced({ ...inc, phase: 'resolved' }, MONDAY), false);
  assert.equal(isAnnounced({ ...inc, starts_at: undefined }, MONDAY), false);
});

test('the latest next update: a day before the start, and never more than 4 hours after it', () => {
  const inc = strike().incidents[0];
  assert.equal(latestNextUpdate(inc, MONDAY, 4 * H), MONDAY + 24 * H);
  const wednesdayNight = Date.parse('2026-12-09T22:00:00Z');
  assert.equal(latestNextUpdate(inc, wednesdayNight, 4 * H), Date.parse(THURSDAY) + 4 * H);
  assert.equal(latestNextUpdate({ ...inc, starts_at: undefined }, MONDAY, 4 * H), MONDAY + 4 * H);
});

test('lint: next update Tuesday 10:00 is fine for a strike on Thursday; refused without starts_at, or a day and a half away', () => {
  assert.deepEqual(rules(strike()), []);
  assert.deepEqual(rules(strike({ starts_at: undefined })), ['next-update-too-far']);
  const far = lintDocument(strike({ next_update_at: '2026-12-09T02:00:00Z' }), { now: MONDAY }).find((f) => f.rule === 'next-update-too-far');
  // Only the limit passed, with the distance and the latest time allowed (trial Z), not "or more than 4 hours after the start".
  assert.equal(far.message, 'the next update is 36 hours away (Wed 9 Dec 02:00); before the start, promise one within 24 hours: by Tue 8 Dec 14:00 at the latest');
  assert.match(far.fix, /promise an update within a day/);
  // Wednesday 22:00: an update Thursday 09:00 is 9 hours after the start.
  const late = strike({ next_update_at: '2026-12-10T09:00:00Z', updated_at: '2026-12-09T22:00:00Z' });
  assert.deepEqual(rules(Object.assign(late, { issued_at: '2026-12-09T22:00:00Z', expires_at: '2026-12-10T10:00:00Z' }), Date.parse('2026-12-09T22:00:00Z')), ['next-update-too-far']);
  assert.deepEqual(lintDocument(strike(), { now: MONDAY }).filter((f) => f.severity === 'error'), []);
});

test('readers: the badge says announced; one going on comes before one announced', () => {
  assert.deepEqual(overallState(strike(), MONDAY), { state: 'announced', severity: 'info' });
  assert.deepEqual(overallState(strike(), Date.parse(THURSDAY) + H), { state: 'disruption', severity: 'major' });
  const both = strike();
  both.incidents.push({ ...both.incidents[0], id: 'tram', severity: 'minor', starts_at: undefined });
  assert.deepEqual(openIncidents(both, MONDAY).map((i) => i.id), ['tram', 'strike']);
  assert.deepEqual(openIncidents(both).map((i) => i.id), ['strike', 'tram'], 'without a clock: by severity, as before');
});

test('CAP: Future and Likely with its onset before it starts; Immediate and Observed once it has', async () => {
  const x = await exporters();
  const monday = x.exportCap(strike(), { category: 'Transport', now: MONDAY }).alerts.at(-1).text;
  assert.match(monday, /<urgency>Future<\/urgency><severity>[A-Za-z]+<\/severity><certainty>Likely<\/certainty><onset>2026-12-10T00:01:00\+00:00<\/onset>/);
  const thursday = x.exportCap(strike(), { category: 'Transport', now: Date.parse(THURSDAY) + H }).alerts.at(-1).text;
  assert.match(thursday, /<urgency>Immediate<\/urgency>/);
  assert.match(thursday, /<certainty>Observed<\/certainty>/);
  assert.doesNotMatch(thursday, /<onset>/);
});

test('CLI: new incident --starts lets the desk promise tomorrow 10:00; update --starts none makes it one going on now', async () => {
  await withCliDir('clearline-announced-', async (dir, run) => {
    assert.equal(run('new', 'feed', '--feed-id', 'northway', '--publisher', 'Northway', '--publisher-url', 'www.northway.example', '--time-zone', 'Europe/London', '--lang', 'en').status, 0);
    const refused = run('new', 'incident', '--template', 'strike', '--id', 'other', '--next-update', 'tomorrow 10:00');
    assert.notEqual(refused.status, 0, 'without --starts: more than 4 hours');
    const made = run('new', 'incident', '--template', 'strike', '--id', 'strike', '--starts', '10-12 00:01', '--next-update', 'tomorrow 10:00');
    assert.equal(made.status, 0, made.stderr);
    const read = () => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents.find((i) => i.id === 'strike');
    assert.equal(read().starts_at, '2026-12-10T00:01:00Z');
    assert.equal(read().next_update_at, '2026-12-08T10:00:00Z');
    const moved = run('update', 'feed.json', '--incident', 'strike', '--starts', '11-12 00:01');
    assert.equal(moved.status, 0, moved.stderr);
    assert.match(moved.stdout, /begins .*11 Dec.* \(announced ahead\)/);
    assert.equal(read().starts_at, '2026-12-11T00:01:00Z');
    const now = run('update', 'feed.json', '--incident', 'strike', '--starts', 'none', '--next-update', '+1h');
    assert.equal(now.status, 0, now.stderr);
    assert.equal(read().starts_at, undefined);
  }, { now: MONDAY, tz: 'Europe/London' });
});

// Trial Q, a hospital: good news announced ahead ("the emergency department takes ambulances again from Wednesday 07:00",
// severity info) read "Vanaf wo 16 dec, 7:00 – verwacht: informatie", as if information were to begin.
test('announced good news (severity info): "From Thursday 10 December at 00:01" alone, no "expected: information"', async () => {
  const x = await exporters();
  const good = strike({ severity: 'info', title: { en: 'Trams run again from Thursday 10 December' } });
  const mail = x.exportEmail(good, { lang: 'en', now: MONDAY });
  assert.match(mail.text, /\nFrom Thursday 10 December at 00:01\n/);
  assert.doesNotMatch(mail.text, /expected: information/i);
  assert.doesNotMatch(x.exportHtml(good, { lang: 'en', now: MONDAY }).text, /expected: information/i);
  assert.doesNotMatch(x.exportAtom(good, { lang: 'en', now: MONDAY }).text, /expected: information/i);
});

test('e-mail and page without script: "From Thursday 10 December at 00:01 · expected: major disruption", not "Major disruption · Cause identified"', async () => {
  const x = await exporters();
  const mail = x.exportEmail(strike(), { lang: 'en', now: MONDAY });
  assert.equal(mail.subject, 'Strike on Thursday 10 December: no trams, fewer buses (From Thursday 10 December at 00:01)');
  assert.match(mail.text, /\nFrom Thursday 10 December at 00:01 · expected: major disruption\n/);
  assert.doesNotMatch(mail.text, /Cause identified/);
  const page = x.exportHtml(strike(), { lang: 'en', now: MONDAY }).text;
  assert.match(page, /<span class="badge">From Thursday 10 December at 00:01<\/span> <span>expected: major disruption<\/span>/);
  // A second update in the same wait: no phase before the title in the SMS (its title says when).
  const later = strike({ updates: [{ at: '2026-12-07T10:00:00Z', known: { en: 'Talks go on.' } }] });
  assert.match(x.exportSms(later, { lang: 'en', now: MONDAY }).text, /^Strike on Thursday 10 December/);
  // Once it has begun: as any disruption.
  assert.match(x.exportEmail(strike(), { lang: 'en', now: Date.parse(THURSDAY) + H }).text, /\nMajor disruption · Cause identified\n/);
});

test('no "nothing to do now" warning before an announced incident begins; once it has begun, as for any (trial S)', () => {
  // An airline's strike announced for Tuesday got "bij deze grote storing staat niets wat mensen nu moeten doen" from the
  // template's act-now guidance three days ahead.
  const calm = strike({ actions: [{ label: { en: 'Plan Thursday\'s journey before you set off' } }] });
  const missing = (doc, now) => lintDocument(doc, { now }).filter((f) => f.rule === 'urgent-action-missing').length;
  assert.equal(missing(calm, MONDAY), 0);
  assert.equal(missing(calm, Date.parse(THURSDAY) + H), 1);
  assert.equal(missing(strike({ starts_at: undefined, actions: [] }), MONDAY), 1);
});
