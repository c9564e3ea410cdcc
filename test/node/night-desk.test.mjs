// A power company's night desk (Europe/Amsterdam, Dutch studio) running an outage across midnight.
// Fixed clocks only: nothing here depends on the time of day the suite runs at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const AMS = 'Europe/Amsterdam';
const at = (s) => Date.parse(s);

test('studio: a published feed that expires just after midnight says "verloopt op do 3 dec, 00:05", not "verloopt om morgen om 00:05" (nor "om do 3 dec")', async () => {
  const { atTime, expiryLine } = await importTs('src/components/editor/next-time.ts');
  const { EDITOR_TERMS } = await importTs('src/components/editor/terms.ts');
  const now = at('2026-12-02T23:50:00+01:00');
  const expires = at('2026-12-03T00:05:00+01:00');
  assert.equal(atTime(expires, now, AMS, 'nl'), 'do 3 dec, 00:05 (over 15 minuten)');
  const nl = expiryLine(EDITOR_TERMS.nl.expiresSoon, expires, now, AMS, 'nl');
  assert.equal(nl, 'De gepubliceerde feed verloopt op do 3 dec, 00:05 (over 15 minuten). Onderteken opnieuw, zodat lezers hem niet als verouderd zien.');
  assert.doesNotMatch(nl, /om morgen om/);
  const en = expiryLine(EDITOR_TERMS.en.expiresSoon, expires, now, AMS, 'en');
  assert.equal(en, 'The published feed expires on Thu 3 Dec, 00:05 (in 15 minutes). Re-sign it so readers do not see it as out of date.');
  // The same day keeps the plain clock time.
  assert.equal(atTime(at('2026-12-03T00:20:00+01:00'), at('2026-12-03T00:10:00+01:00'), AMS, 'nl'), '00:20 (over 10 minuten)');
});

test('studio: a published feed that has expired says so ("is verlopen om 00:05 (15 minuten geleden)"), not "verloopt om 00:05 (15 minuten geleden)"', async () => {
  const { expiryLine } = await importTs('src/components/editor/next-time.ts');
  const { EDITOR_TERMS } = await importTs('src/components/editor/terms.ts');
  const expires = at('2026-12-03T00:05:00+01:00');
  const after = at('2026-12-03T00:20:00+01:00');
  assert.equal(expiryLine(EDITOR_TERMS.nl.expiresSoon, expires, after, AMS, 'nl'), 'De gepubliceerde feed is verlopen om 00:05 (15 minuten geleden): lezers zien hem nu als verouderd. Onderteken opnieuw.');
  assert.equal(expiryLine(EDITOR_TERMS.en.expiresSoon, expires, after, AMS, 'en'), 'The published feed expired at 00:05 (15 minutes ago): readers now see it as out of date. Re-sign it.');
  // Expired yesterday evening, read the next morning: "is verlopen op wo 2 dec", not "om wo 2 dec".
  assert.equal(expiryLine(EDITOR_TERMS.nl.expiresSoon, at('2026-12-02T23:05:00+01:00'), at('2026-12-03T08:05:00+01:00'), AMS, 'nl'), 'De gepubliceerde feed is verlopen op wo 2 dec, 23:05 (9 uur geleden): lezers zien hem nu als verouderd. Onderteken opnieuw.');
  assert.equal(expiryLine(EDITOR_TERMS.en.expiresSoon, at('2026-12-02T23:05:00+01:00'), at('2026-12-03T08:05:00+01:00'), AMS, 'en'), 'The published feed expired on Wed 2 Dec, 23:05 (9 hours ago): readers now see it as out of date. Re-sign it.');
});

/** The night's feed, resolved at 03:40 after updates at 23:30, 00:25 (late), 01:30 and 03:10. */
const nightFeed = () => ({
  type: 'status',
  version: 1,
  feed_id: 'stroomnet',
  seq: 7,
  issued_at: '2026-12-03T02:40:00Z',
  expires_at: '2026-12-03T03:40:00Z',
  publisher: { name: 'Stroomnet', url: 'https://www.stroomnet.example' },
  time_zone: AMS,
  channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Storingsnummer', en: 'Outage line' }, href: 'tel:+318001234', wait_minutes: 0 }],
  incidents: [
    {
      id: 'stroom-2026-12-02',
      title: { nl: 'Stroomstoring Utrecht-Oost', en: 'Power cut Utrecht East' },
      severity: 'major',
      phase: 'resolved',
      started_at: '2026-12-02T21:40:00Z',
      updated_at: '2026-12-03T02:40:00Z',
      resolved_at: '2026-12-03T02:40:00Z',
      known: { nl: 'De storing is voorbij. Sinds 03:05 heeft iedereen weer stroom.', en: 'The power cut is over. Everyone has had power since 03:05.' },
      unknown: { nl: '', en: '' },
      next_update_at: null,
      updates: [
        { at: '2026-12-03T02:10:00Z', known: { nl: 'De kabel is vervangen.', en: 'The cable has been replaced.' } },
        { at: '2026-12-02T23:25:00Z', known: { nl: 'De kabel is gevonden.', en: 'The cable has been found.' } },
        { at: '2026-12-02T22:30:00Z', known: { nl: 'Een kabel is beschadigd.', en: 'A cable is damaged.' } },
        { at: '2026-12-02T21:40:00Z', known: { nl: 'Geen stroom in Utrecht-Oost.', en: 'No power in Utrecht East.' } },
      ],
    },
  ],
});

test('Atom: the all-clear entry says "Opgelost:" in its title, as the SMS and the e-mail subject do; earlier entries keep their plain title', async () => {
  const { exportAtom, exportSms } = await import('../../dist/export.js');
  const now = at('2026-12-03T03:45:00+01:00');
  const titles = (lang) => [...exportAtom(nightFeed(), { lang, now }).text.matchAll(/<entry>.*?<title type="text">([^<]*)<\/title>/g)].map((m) => m[1]);
  const nl = titles('nl');
  assert.equal(nl[0], 'Opgelost: Stroomstoring Utrecht-Oost (03:40)');
  assert.equal(nl[1], 'Stroomstoring Utrecht-Oost (03:10)');
  assert.equal(titles('en')[0], 'Resolved: Power cut Utrecht East (03:40)');
  assert.match(exportSms(nightFeed(), { lang: 'nl', now }).text, /^Opgelost: Stroomstoring Utrecht-Oost\./);
});

test('the all-clear e-mail and page say when: "Opgelost om 03:40" that morning, "Opgelost donderdag 3 december om 03:40" the next day (never "om donderdag … om")', async () => {
  const { exportEmail, exportHtml } = await import('../../dist/export.js');
  const morning = at('2026-12-03T08:00:00+01:00');
  const mail = exportEmail(nightFeed(), { lang: 'nl', now: morning });
  assert.match(mail.text, /\nOpgelost om 03:40 · was: grote hinder\n/);
  assert.match(exportEmail(nightFeed(), { lang: 'en', now: morning }).text, /\nResolved at 03:40 · was: major disruption\n/);
  const nextDay = at('2026-12-04T08:00:00+01:00');
  const later = exportHtml(nightFeed(), { lang: 'nl', now: nextDay }).text;
  assert.ok(later.includes('<span class="badge">Opgelost donderdag 3 december om 03:40</span>'), later.slice(0, 3000));
  assert.doesNotMatch(later + exportEmail(nightFeed(), { lang: 'nl', now: nextDay }).text, /Opgelost om donderdag/);
});

test('verify and export of a feed that expired in the night say so in Dutch, at the feed\'s time, with the heartbeat that re-signs it (was "the document expired at 2026-12-02T23:05:00Z")', async () => {
  const { spawnSync } = await import('node:child_process');
  const { mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { signPayload } = await import('../../dist/feed.js');
  const dir = mkdtempSync(join(tmpdir(), 'clearline-night-'));
  const cli = (...args) => spawnSync(process.execPath, [new URL('../../dist/cli.js', import.meta.url).pathname, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  try {
    assert.equal(cli('keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json').status, 0);
    // Relative to the real clock only because verify reads it; what is asserted holds at any hour.
    const now = Date.now();
    const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const payload = { ...nightFeed(), issued_at: iso(now - 80 * 60_000), expires_at: iso(now - 20 * 60_000) };
    const key = JSON.parse(readFileSync(join(dir, 'k.jwk.json'), 'utf8'));
    writeFileSync(join(dir, 'feed.jws.json'), JSON.stringify(await signPayload(new TextEncoder().encode(JSON.stringify(payload)), [key], 'status')));
    const r = cli('verify', '--key', 'pub.jwk.json', 'feed.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^clearline verify: feed\.jws\.json is verlopen (?:om \d{1,2}:\d{2}|op [a-z]{2} \d{1,2} [a-z]{3}\.? \d{1,2}:\d{2}) \(Europe\/Amsterdam\): lezers zien hem als verouderd\. De handtekening klopt; onderteken hem opnieuw: clearline heartbeat --key k\.jwk\.json feed\.jws\.json --out feed\.jws\.json/m);
    assert.doesNotMatch(r.stderr, /\d{2}:\d{2}:\d{2}Z|document expired/);
    assert.equal(JSON.parse(cli('verify', '--key', 'pub.jwk.json', '--json', 'feed.jws.json').stdout).code, 'expired', 'the error code stays');
    // export reads the signed feed the same way: the same sentence, not the feed layer's UTC one.
    const e = cli('export', 'feed.jws.json', '--to', 'sms', '--public-key', 'pub.jwk.json');
    assert.equal(e.status, 1);
    assert.match(e.stderr, /^clearline export: feed\.jws\.json is verlopen (?:om \d{1,2}:\d{2}|op [a-z]{2} \d{1,2} [a-z]{3}\.? \d{1,2}:\d{2}) \(Europe\/Amsterdam\): lezers zien hem als verouderd\. .*clearline heartbeat --key k\.jwk\.json feed\.jws\.json --out feed\.jws\.json \[expired\]$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--next-update 00:15 typed at 23:30 is still refused (a clock time means today), but the refusal offers +45m besides the date', async () => {
  const { nextUpdateOption } = await importTs('src/cli/when.ts');
  const { readWhen } = await importTs('src/feed/times.ts');
  const doc = { time_zone: AMS };
  const now = at('2026-12-02T23:30:00+01:00');
  assert.throws(() => nextUpdateOption('00:15', doc, now, 'nl'), (e) => e.message === '--next-update 00:15: 00:15 is al voorbij; bedoelt u morgen om 00:15? Geef dan ook de datum: "2026-12-03 00:15", of typ +45m');
  assert.throws(() => nextUpdateOption('00:15', doc, now), (e) => e.message === '--next-update 00:15: 00:15 has passed; did you mean tomorrow at 00:15? then give the date too: "2026-12-03 00:15", or type +45m');
  // What is offered reads back as that time.
  assert.equal(readWhen('+45m', { now, timeZone: AMS }).iso, '2026-12-02T23:15:00Z');
  // A time that passed this afternoon is a day away: no +1425m.
  assert.doesNotMatch(readWhen('23:00', { now, timeZone: AMS }).message, /or type/);
});
