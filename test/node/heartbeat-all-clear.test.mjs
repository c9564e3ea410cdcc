// `clearline heartbeat` after an all-clear (a helper's trial, 2026-12-07). A resolved incident written by hand kept its
// next update, and every heartbeat re-signed it: the banner said "Resolved at 11:00" beside "Next update 11:30". Now the
// heartbeat leaves that promise out and says how to take it out of feed.json. And a feed with nothing open is re-signed
// for days after its all-clear, as it should be; the first heartbeat a day after the all-clear says, once, what readers
// see of the old incident and how to remove it. Uses dist/ and a fixed clock.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { lintCleanFeed } from './lint-feed.mjs';

const MIN = 60_000;
const HOUR = 60 * MIN;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** The all-clear: Friday 20 November 2026, 11:00 in Amsterdam. */
const T0 = Date.parse('2026-11-20T10:00:00Z');

const resolvedFeed = (promise) => {
  const f = lintCleanFeed(T0 - HOUR);
  f.time_zone = 'Europe/Amsterdam';
  f.incidents = f.incidents.map((i) => ({ ...i, phase: 'resolved', resolved_at: iso(T0), updated_at: iso(T0), next_update_at: promise ? iso(T0 + 30 * MIN) : null, unknown: { nl: '', en: '' }, known: { nl: 'De storm is voorbij.', en: 'The storm is over.' } }));
  return f;
};

/** Signs `feed` at `signedAt`, then runs `heartbeat …extra` at each of `times`, each on the file the one before wrote. */
async function heartbeats(feed, signedAt, times, ...extra) {
  const said = [];
  for (const now of [signedAt, ...times]) {
    await withCliDir('clearline-hb-all-clear-', async (dir, run) => {
      if (now === signedAt) {
        assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
        writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
        const r = run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
        assert.equal(r.status, 0, r.stderr);
      } else {
        writeFileSync(join(dir, 'private.jwk.json'), said.key);
        writeFileSync(join(dir, 'feed.jws.json'), said.signed);
        const r = run('heartbeat', '--key', 'private.jwk.json', 'feed.jws.json', '--out', 'feed.jws.json', ...extra);
        assert.equal(r.status, 0, r.stderr);
        said.push({ now, stderr: r.stderr, stdout: r.stdout });
      }
      said.key = readFileSync(join(dir, 'private.jwk.json'), 'utf8');
      said.signed = readFileSync(join(dir, 'feed.jws.json'), 'utf8');
    }, { now, tz: 'Europe/Amsterdam' });
  }
  const payload = JSON.parse(Buffer.from(JSON.parse(said.signed).payload, 'base64url').toString('utf8'));
  return { said, payload };
}

test('a resolved incident that still promises a next update: the heartbeat signs it without, and says how to take it out of feed.json, once', async () => {
  const { said, payload } = await heartbeats(resolvedFeed(true), T0 + MIN, [T0 + 20 * MIN, T0 + 40 * MIN]);
  assert.equal(payload.incidents[0].next_update_at, null, 'readers get no "Next update 11:30" beside "Resolved at 11:00"');
  assert.equal(payload.incidents[0].phase, 'resolved');
  assert.match(said[0].stderr, /Niet mee ondertekend: de volgende update die opgelost incident "storm" nog beloofde \(lezers zouden die naast "Opgelost" zien\)\. feed\.json heeft hem nog; haal hem eruit voor u weer ondertekent: clearline update feed\.json --incident storm --correct --next-update none/);
  assert.doesNotMatch(said[1].stderr, /Niet mee ondertekend/, 'the heartbeat after it signs what it wrote: nothing left to say');
});

test('--json names the promises left out', async () => {
  const { said } = await heartbeats(resolvedFeed(true), T0 + MIN, [T0 + 20 * MIN], '--json');
  assert.deepEqual(JSON.parse(said[0].stdout).next_update_left_out, ['storm']);
});

test('a day after the all-clear with nothing open: one heartbeat says what readers see and how to remove the incident; not before, not again', async () => {
  const times = [T0 + 2 * HOUR, T0 + 23 * HOUR + 50 * MIN, T0 + 24 * HOUR + 10 * MIN, T0 + 24 * HOUR + 30 * MIN, T0 + 72 * HOUR];
  const { said, payload } = await heartbeats(resolvedFeed(false), T0 + MIN, times);
  const told = said.map((s) => /Er staat niets meer open/.test(s.stderr));
  assert.deepEqual(told, [false, false, true, false, false]);
  assert.match(said[2].stderr, /Er staat niets meer open sinds "Storm" is opgelost op vr 20 nov 11:00\. Lezers zien "Geen storingen bekend"; de banner is een uur daarna verdwenen en de statuspagina toont het incident ingeklapt, met de datum\. Laat deze heartbeat doorlopen\. Is de storing daar niet meer nodig, haal hem dan uit "incidents" in feed\.json en onderteken opnieuw\./);
  assert.equal(payload.incidents[0].phase, 'resolved', 'still re-signed: readers keep "No known disruptions", not "Status unknown"');
});

test('in English for an English feed', async () => {
  const en = resolvedFeed(false);
  en.incidents[0].title = 'Storm';
  en.incidents[0].known = 'The storm is over.';
  en.incidents[0].unknown = '';
  en.channels = en.channels.map((c) => ({ ...c, label: c.label.en, ...(c.reason ? { reason: c.reason.en } : {}) }));
  en.contact_reasons = en.contact_reasons.map((r) => ({ ...r, label: r.label.en }));
  en.incidents[0].actions = en.incidents[0].actions.map((a) => ({ ...a, label: a.label.en, who: a.who.en }));
  const { said } = await heartbeats(en, T0 + MIN, [T0 + 25 * HOUR]);
  assert.match(said[0].stderr, /Nothing has been open since "Storm" was resolved on Fri 20 Nov 11:00\. Readers see "No known disruptions"; the banner went an hour after that, and the status page shows the incident folded, with its date\. Keep this heartbeat running\. When the incident is no longer needed there, remove it from "incidents" in feed\.json and sign it again\./);
});

test('a standing warning still open beside the old all-clear: nothing said about "nothing open"', async () => {
  const f = resolvedFeed(false);
  const notice = { ...f.incidents[0], id: 'nepsms', severity: 'info', phase: 'identified', title: { nl: 'Nep-sms uit onze naam', en: 'Fake texts in our name' }, known: { nl: 'Wij sturen nooit een sms met een link.', en: 'We never send a text with a link.' } };
  delete notice.resolved_at;
  f.incidents.push(notice);
  const { said } = await heartbeats(f, T0 + MIN, [T0 + 25 * HOUR]);
  assert.doesNotMatch(said[0].stderr, /niets meer open|Nothing has been open/);
});
