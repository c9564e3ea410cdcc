// A US water utility ("Lakeshore Water", America/Chicago, English) during a boil-water notice: its desk
// types its numbers as Americans write them, and its residents get US numbers and a 12-hour clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { channelLink, deskLink, dialledExample } = await importTs('src/feed/channel-edit.ts');
const { callingCodeForZone } = await importTs('src/feed/dialling.ts');
const { lintDocument } = await importTs('src/lint/index.ts');

const CHI = 'America/Chicago';

test('a Chicago desk types its numbers as Americans write them: (312) 555-0142, 312-555-0142, 1 312 555 0142', () => {
  const code = callingCodeForZone(CHI);
  assert.equal(code, '1');
  for (const typed of ['(312) 555-0142', '312-555-0142', '312.555.0142', '1 (312) 555-0142', '+1 312 555 0142']) {
    assert.equal(channelLink(typed, code), 'tel:+13125550142', typed);
  }
  // Not a whole US number: kept as typed, for lint to say so.
  assert.equal(channelLink('555-0142', code), 'tel:555-0142');
  assert.equal(channelLink('(012) 555-0142', code), 'tel:(012)555-0142');
  // The studio shows the number back as the desk wrote it, and gives a US example.
  assert.equal(deskLink('tel:+13125550142', code), '(312) 555-0142');
  assert.equal(dialledExample(code), '(312) 555-0142');
  // A British feed still shows a US number with + and the country code.
  assert.equal(deskLink('tel:+13125550142', '44'), '+13125550142');
  // Other zones are unchanged: no country is guessed for 10 digits.
  assert.equal(callingCodeForZone('America/Sao_Paulo'), undefined);
});

test('lint, for a Chicago feed, asks for a whole US number with a US example, not a Dutch and a British one', () => {
  const doc = {
    type: 'status', version: 1, feed_id: 'lakeshore-water', time_zone: CHI,
    publisher: { name: 'Lakeshore Water', url: 'https://www.lakeshorewater.example/' },
    channels: [{ id: 'phone', kind: 'phone', label: 'Customer service', href: 'tel:555-0142' }],
    incidents: [],
  };
  const f = lintDocument(doc).find((x) => x.rule === 'phone-e164');
  assert.ok(f, 'a 7-digit number is refused');
  assert.match(f.fix, /\(312\) 555-0142/);
  assert.doesNotMatch(f.fix, /Dutch|British/);
  const typed = lintDocument({ ...doc, channels: [{ ...doc.channels[0], href: 'tel:312-555-0142' }] }).find((x) => x.rule === 'phone-e164');
  assert.match(typed.fix, /tel:\+13125550142.*US or Canadian/);
});

const { exportEmail, exportIvr } = await importTs('src/export/index.ts');
const { formatTel } = await importTs('src/content/links.ts');

// 11:50 on 2 December 2026 in Chicago (UTC-6); the next update at 12:20 PM, a later one at 6:34 AM the next day.
const NOW = Date.parse('2026-12-02T17:50:00Z');
const notice = (zone) => ({
  type: 'status', version: 1, feed_id: 'lakeshore-water', time_zone: zone, issued_at: '2026-12-02T17:50:00Z', expires_at: '2026-12-02T19:50:00Z', seq: 1,
  publisher: { name: 'Lakeshore Water', url: 'https://www.lakeshorewater.example/' },
  channels: [
    { id: 'phone', kind: 'phone', label: { en: 'No water or flooding? Call now' }, href: 'tel:+13125550142', emergency: true },
    { id: 'phone-2', kind: 'phone', label: { en: 'Customer service' }, href: 'tel:+13125550199', wait_minutes: 15, wait_reason: { en: 'many calls about the notice' } },
  ],
  incidents: [{
    id: 'boil', title: { en: 'Boil-water notice for ZIP codes 60614 and 60657' }, severity: 'major', phase: 'identified',
    started_at: '2026-12-02T10:10:00Z', updated_at: '2026-12-02T17:40:00Z',
    known: { en: 'A water main broke on Clark Street.' }, unknown: { en: 'When the lab tests will be clean.' },
    next_update_at: '2026-12-02T18:20:00Z',
    actions: [{ label: { en: 'Boil tap water for at least 1 minute before drinking' }, urgent: true }],
  }],
});

test('a Chicago feed\'s English e-mail and phone message say US times (12:20 PM) and US numbers ((312) 555-0142), with an American voice', () => {
  const mail = exportEmail(notice('America/Chicago'), { now: NOW });
  assert.match(mail.text, /Next update: 12:20 PM\n/);
  assert.match(mail.text, /No water or flooding\? Call now: \(312\) 555-0142/);
  assert.doesNotMatch(mail.text, /\+1 312/);
  const ivr = exportIvr(notice('America/Chicago'), { now: NOW });
  // Its name tells to call: said once, not "Call now: hang up and call (312) 555-0142." (export-ivr-call-once.test.mjs).
  assert.match(ivr.text, /No water or flooding\? Call now: \(312\) 555-0142\. Hang up first, then call that number\./);
  assert.match(ivr.text, /The next update is at 12:20 PM\./);
  assert.match(ivr.ssml, /xml:lang="en-US"/);
  assert.match(ivr.ssml, /<say-as interpret-as="time" format="hms12">12:20 PM<\/say-as>/);
  // Another day gets its date, the American way.
  const later = notice('America/Chicago');
  later.incidents[0].next_update_at = '2026-12-03T12:34:00Z';
  later.expires_at = '2026-12-03T13:34:00Z';
  assert.match(exportEmail(later, { now: NOW }).text, /Next update: Thursday, December 3 at 6:34 AM\n/);
  // A London feed keeps the British clock and voice.
  const uk = exportIvr(notice('Europe/London'), { now: NOW });
  assert.match(uk.text, /The next update is at 18:20\./);
  assert.match(uk.ssml, /xml:lang="en-GB"/);
});

test('an American page (en-US) shows a US number as dialled there; a page in plain English keeps +1', () => {
  assert.equal(formatTel('tel:+13125550142', 'en-US'), '(312) 555-0142');
  assert.equal(formatTel('tel:+13125550142', 'en'), '+1 312 555 0142');
  assert.equal(formatTel('tel:+442079460018', 'en-US'), '+44 20 7946 0018');
});
