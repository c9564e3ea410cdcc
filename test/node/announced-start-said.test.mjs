// Trial O, after the announced state: on Monday the SMS and the phone message said "Drivers' strike: no trams or buses"
// for a strike on Thursday, as if it were on now, unless the desk had put the day in the title. They now say when it
// begins before the title ("From Thursday 10 December at 00:01: …"), unless the title names that day already.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { startSaid } = await importTs('src/export/phase-title.ts');
const MONDAY = Date.parse('2026-12-07T14:00:00Z');
const THURSDAY = '2026-12-10T00:01:00Z';
const feed = (title, lang = 'en') => ({
  type: 'status', version: 1, feed_id: 'northway', time_zone: 'Europe/London', publisher: { name: 'Northway', url: 'https://www.northway.example' },
  status_url: 'https://www.northway.example/travel',
  issued_at: '2026-12-07T14:00:00Z', expires_at: '2026-12-08T11:00:00Z', seq: 3,
  channels: [{ id: 'phone', kind: 'phone', label: { en: 'Customer service', nl: 'Klantenservice' }, href: 'tel:+441614960123', wait_minutes: 10, reason: { en: 'many questions about the strike', nl: 'veel vragen over de staking' } }],
  incidents: [{
    id: 'strike', title: { [lang]: title }, severity: 'major', phase: 'identified',
    started_at: '2026-12-07T13:55:00Z', updated_at: '2026-12-07T14:00:00Z', starts_at: THURSDAY,
    known: { [lang]: lang === 'en' ? 'Drivers strike for 24 hours. Until then trams and buses run as normal.' : 'Chauffeurs staken 24 uur. Tot dan rijden trams en bussen zoals altijd.' },
    unknown: { [lang]: '…' },
    next_update_at: '2026-12-08T10:00:00Z',
  }],
});

test('a title that names the day: by weekday, or by its day number beside its month, in English and Dutch', () => {
  const en = 'From Thursday 10 December at 00:01';
  const nl = 'Vanaf donderdag 10 december om 00:01';
  for (const t of ['Strike on Thursday: no trams', 'Strike 10 Dec: no trams', 'Strike on 10th December']) assert.equal(startSaid(t, en), true, t);
  assert.equal(startSaid('Strike December 10th', 'From Thursday, December 10 at 12:01 AM'), true);
  for (const t of ['Staking donderdag: geen trams', 'Staking do 10 dec.', 'Staking op 10 december']) assert.equal(startSaid(t, nl), true, t);
  // Another day, a number that only ends in 10, a word that only begins with the weekday: not said.
  for (const t of ["Drivers' strike: no trams", 'Strike on 1 December', 'Works at 110 Dec Street', 'Thursdays are off']) assert.equal(startSaid(t, en), false, t);
  assert.equal(startSaid('Staking op 1 december', nl), false);
});

test('SMS and phone message say when it begins before a title that does not: not "Drivers\' strike" on Monday as if it were on now', async () => {
  const x = await exporters();
  const doc = feed("Drivers' strike: no trams or buses");
  assert.match(x.exportSms(doc, { lang: 'en', now: MONDAY }).text, /^From Thursday 10 December at 00:01: Drivers' strike: no trams or buses\./);
  assert.match(x.exportIvr(doc, { lang: 'en', now: MONDAY }).text, /From Thursday 10 December at 00:01: Drivers' strike: no trams or buses\. Drivers strike for 24 hours\./);
  const nl = feed('Staking: geen trams en bussen', 'nl');
  assert.match(x.exportSms(nl, { lang: 'nl', now: MONDAY }).text, /^Vanaf donderdag 10 december om 00:01: Staking: geen trams en bussen\./);
  // A title that says the day keeps its own words; once it has begun, nothing before it.
  assert.match(x.exportSms(feed('Strike on Thursday: no trams'), { lang: 'en', now: MONDAY }).text, /^Strike on Thursday: no trams\./);
  assert.match(x.exportIvr(feed('Strike on Thursday: no trams'), { lang: 'en', now: MONDAY }).text, /Northway\. Strike on Thursday: no trams\./);
  assert.match(x.exportSms(doc, { lang: 'en', now: Date.parse(THURSDAY) + 3_600_000 }).text, /^Drivers' strike: no trams or buses\./);
});
