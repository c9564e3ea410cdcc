// Trial P, a Dutch health insurer after a ransomware attack: the warning "Wij vragen nooit om uw bankgegevens of pincode"
// had to stay for weeks as a second open incident of severity info. It needed a next update within 4 hours, heartbeat
// stopped at 14:20 (next-update-past), readers read "Verouderd" above it, the badge said "Storing" and the e-mail
// "(Oorzaak gevonden)". An open incident of severity info is now a notice: no next update needed, calm everywhere.
// The CLI tests use dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import test from 'node:test';
import { pathToFileURL } from 'node:url';
import { exporters, withCliDir } from './export-kit.mjs';
import { lintCleanFeed } from './lint-feed.mjs';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);
const { openIncidents, overallState } = await importTs('src/feed/incidents.ts');
const { validatePayload } = await importTs('src/feed/schema.ts');
const x = await exporters();

const NOW = Date.parse('2026-12-17T08:00:00Z');
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The insurer's standing warning: severity info, phase identified (the phishing template's), no next update. */
const warning = (over = {}) => ({
  id: 'nepberichten',
  title: { nl: 'Nep-sms uit naam van Zekerheid', en: 'Fake text messages in the name of Zekerheid' },
  severity: 'info',
  phase: 'identified',
  started_at: iso(NOW - 20 * 60 * MIN),
  updated_at: iso(NOW - 20 * 60 * MIN),
  known: { nl: 'Criminelen sturen sms’jes uit onze naam. Wij vragen nooit om uw bankgegevens of pincode.', en: 'Criminals send texts in our name. We never ask for your bank details or PIN.' },
  unknown: { nl: 'Hoe lang de berichten nog rondgaan.', en: 'How long the messages will go on.' },
  next_update_at: null,
  updates: [{ at: iso(NOW - 22 * 60 * MIN), known: { nl: 'Er gaan nep-sms’jes rond.', en: 'Fake texts are going round.' } }],
  ...over,
});

/** The lint-clean feed (an airline's storm, major) with the warning beside it, or alone. */
function feedWith(notice, { alone = false, now = NOW } = {}) {
  const f = lintCleanFeed(now);
  f.time_zone = 'Europe/Amsterdam';
  f.incidents = alone ? [notice] : [...f.incidents, notice];
  return f;
}
const stamped = (f, now = NOW) => ({ ...f, seq: 1, issued_at: iso(now), expires_at: iso(now + 60 * MIN) });

test('the feed format: a notice may promise no next update; any other open incident still must', () => {
  assert.equal(validatePayload('status', stamped(feedWith(warning(), { alone: true }))).ok, true);
  const major = validatePayload('status', stamped(feedWith(warning({ severity: 'major' }), { alone: true })));
  assert.equal(major.ok, false);
});

test('lint: no next update, or one days away, is fine for a notice; a promise it made and broke is still next-update-past', () => {
  const errors = (f) => lintDocument(f, { now: NOW }).filter((e) => e.severity === 'error').map((e) => `${e.rule} ${e.path}`);
  assert.deepEqual(errors(feedWith(warning())), []);
  assert.deepEqual(errors(feedWith(warning({ next_update_at: iso(NOW + 3 * 24 * 60 * MIN) }))), []);
  assert.deepEqual(errors(feedWith(warning({ next_update_at: iso(NOW - 10 * MIN) }))), ['next-update-past incidents/1/next_update_at']);
  assert.deepEqual(errors(feedWith(warning({ severity: 'minor' }))), ['next-update-missing incidents/1/next_update_at']);
  assert.deepEqual(errors(feedWith(warning({ severity: 'minor', next_update_at: iso(NOW + 5 * 60 * MIN) }))), ['next-update-too-far incidents/1/next_update_at']);
  // next-update-missing's fix names the way out for standing advice.
  const fix = lintDocument(feedWith(warning({ severity: 'minor' })), { now: NOW, lang: 'nl' }).find((e) => e.rule === 'next-update-missing').fix;
  assert.match(fix, /blijvende waarschuwing .* ernst "info": een mededeling heeft geen volgende update nodig/);
});

test('a notice may leave "what we don\'t know yet" empty (standing advice has nothing unclear); the exports then leave that part out', () => {
  const quiet = warning({ unknown: { nl: '', en: '' } });
  const errors = (f) => lintDocument(f, { now: NOW }).filter((e) => e.severity === 'error').map((e) => `${e.rule} ${e.path}`);
  assert.deepEqual(errors(feedWith(quiet)), []);
  // A disruption still must say it.
  assert.deepEqual(errors(feedWith(warning({ severity: 'minor', next_update_at: iso(NOW + 60 * MIN), unknown: { nl: '', en: '' } }))), ['unknown-missing incidents/1/unknown']);
  const f = stamped(feedWith(quiet, { alone: true }));
  assert.equal(validatePayload('status', f).ok, true);
  for (const lang of ['nl', 'en']) {
    const heading = lang === 'nl' ? /Wat we nog niet weten/ : /What we don.t know yet/;
    assert.doesNotMatch(x.exportHtml(f, { lang, now: NOW }).text, heading, lang);
    assert.doesNotMatch(x.exportEmail(f, { lang, now: NOW }).text, heading, lang);
    assert.doesNotMatch(x.exportAtom(f, { lang, now: NOW }).text, heading, lang);
    assert.match(x.exportHtml(f, { lang, now: NOW }).text, /pincode|PIN/, lang);
  }
});

test('the badge: a notice open is "notice", also beside one announced ahead (in force now: trial T); a disruption going on outranks it', () => {
  assert.deepEqual(overallState(stamped(feedWith(warning(), { alone: true })), NOW), { state: 'notice', severity: 'info' });
  assert.deepEqual(overallState(stamped(feedWith(warning())), NOW), { state: 'disruption', severity: 'major' });
  const strike = { ...lintCleanFeed(NOW).incidents[0], id: 'strike', starts_at: iso(NOW + 48 * 60 * MIN) };
  const both = stamped({ ...feedWith(warning(), { alone: true }), incidents: [warning(), strike] });
  assert.deepEqual(overallState(both, NOW), { state: 'notice', severity: 'info' });
  assert.deepEqual(openIncidents(both, NOW).map((i) => i.id), ['strike', 'nepberichten']);
  // Expired or failed: a kept notice, not "ok" (the badge marks it "Not confirmed since …").
  assert.equal(overallState(stamped(feedWith(warning(), { alone: true }), NOW - 2 * 60 * MIN), NOW).state, 'notice');
});

test('exports: a notice has no phase ("Oorzaak gevonden") in the e-mail subject, its meta line or the SMS, and no next-update line', () => {
  const f = stamped(feedWith(warning(), { alone: true }));
  for (const lang of ['nl', 'en']) {
    const mail = x.exportEmail(f, { lang, now: NOW });
    assert.equal(mail.subject, warning().title[lang]);
    assert.doesNotMatch(mail.text, /Oorzaak gevonden|Cause identified|Volgende update|Next update|geen nieuwe updates|No further updates/);
    assert.match(mail.text, lang === 'nl' ? /^Informatie$/m : /^Information$/m);
    assert.doesNotMatch(x.exportHtml(f, { lang, now: NOW }).text, /Oorzaak gevonden|Cause identified|geen nieuwe updates|No further updates/);
    assert.doesNotMatch(x.exportSms(f, { lang, now: NOW }).text, /Oorzaak gevonden|Cause identified/);
  }
  // A disruption keeps its phase in the subject.
  const storm = stamped(lintCleanFeed(NOW));
  assert.match(x.exportEmail(storm, { lang: 'en', now: NOW }).subject, /\(Cause identified\)/);
});

test('heartbeat keeps re-signing a feed whose only open incident is a notice without a next update; sign says to run it', async () => {
  await withCliDir('clearline-notice-', async (dir, run) => {
    assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feedWith(warning(), { alone: true }), null, 2));
    const signed = run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(signed.status, 0, signed.stderr);
    assert.match(signed.stderr, /er staat alleen een mededeling open, zonder beloofde volgende update vóór die tijd, .*Niet meer bevestigd sinds .*clearline heartbeat --key private\.jwk\.json feed\.jws\.json/);
    const before = JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8'));
    const beat = run('heartbeat', '--key', 'private.jwk.json', 'feed.jws.json', '--out', 'feed.jws.json');
    assert.equal(beat.status, 0, beat.stderr);
    assert.notDeepEqual(JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8')), before);
  }, { now: NOW });
});

test('new incident --severity info promises no next update; update --next-update none takes a promise away', async () => {
  await withCliDir('clearline-notice-new-', async (dir, run) => {
    const made = run('new', 'incident', '--template', 'phishing', '--severity', 'info', '--id', 'nepberichten', '--feed-id', 'zekerheid', '--publisher', 'Zekerheid', '--publisher-url', 'https://www.zekerheid.example', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en');
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /Een mededeling \(ernst info\): geen volgende update beloofd/);
    const feed = () => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    assert.equal(feed().incidents[0].next_update_at, null);
    const promised = run('update', 'feed.json', '--incident', 'nepberichten', '--next-update', '+2h');
    assert.equal(promised.status, 0, promised.stderr);
    assert.equal(feed().incidents[0].next_update_at, iso(NOW + 120 * MIN));
    const taken = run('update', 'feed.json', '--incident', 'nepberichten', '--next-update', 'none');
    assert.equal(taken.status, 0, taken.stderr);
    assert.match(taken.stdout + taken.stderr, /geen volgende update/);
    assert.equal(feed().incidents[0].next_update_at, null);
  }, { now: NOW });
});

test('a notice promising an update on Monday is signed for a day (validity-too-long refused 73 hours), and sign says to run heartbeat', async () => {
  await withCliDir('clearline-notice-far-', async (dir, run) => {
    assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feedWith(warning({ next_update_at: iso(NOW + 72 * 60 * MIN) }), { alone: true }), null, 2));
    const signed = run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json', '--lang', 'en');
    assert.equal(signed.status, 0, signed.stderr);
    const payload = JSON.parse(Buffer.from(JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8')).payload, 'base64url').toString('utf8'));
    assert.equal(Date.parse(payload.expires_at) - Date.parse(payload.issued_at), 24 * 60 * MIN);
    assert.match(signed.stderr, /only a notice is open, with no next update promised before then, so from .+ readers see it marked "Not confirmed since …"/);
  }, { now: NOW });
});

test('a notice about fake texts is no SMS outage: no mobile-outage lint, no "does not reach" warning on the SMS export', () => {
  const f = feedWith(warning(), { alone: true });
  assert.deepEqual(lintDocument(f, { now: NOW }).filter((e) => e.rule.startsWith('mobile-outage')).map((e) => e.rule), []);
  assert.equal(x.smsOutage(f.incidents), undefined);
  // Trial U: a bank's phishing wave was a major disruption, not a notice, and was taken for a mobile outage all day;
  // a warning about fake texts is none at any severity (feed/scam-warning.ts), a real one still is.
  assert.equal(x.smsOutage([{ ...warning(), severity: 'minor' }]), undefined, 'a disruption named so is no outage either');
  const real = { ...warning(), id: 'sms-down', severity: 'minor', title: { nl: "Sms'en komen niet aan", en: 'Text messages are not arriving' } };
  assert.equal(x.smsOutage([real])?.incident, 'sms-down', 'a real SMS outage still counts');
});
