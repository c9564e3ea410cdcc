// A British council in English only (Europe/London), flooding: the exports say its numbers the way
// British people write and say them (found in the UK council walkthrough: the phone message read
// the out-of-hours line as "+44 163 296 0123", splitting the area code 01632).
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const MIN = 60_000;
const NOW = Date.parse('2026-12-05T22:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const council = () => ({
  type: 'status',
  version: 1,
  feed_id: 'riverside-flood',
  seq: 1,
  issued_at: iso(NOW - 5 * MIN),
  expires_at: iso(NOW + 55 * MIN),
  time_zone: 'Europe/London',
  publisher: { name: 'Riverside Borough Council', url: 'https://www.riverside.gov.uk' },
  channels: [
    { id: 'danger', kind: 'phone', label: 'Danger to life', href: 'tel:999', emergency: true },
    { id: 'flood-line', kind: 'phone', label: 'Flooding out of hours', href: 'tel:+441632960123', emergency: true, hours: 'Evenings, nights and weekends' },
    { id: 'contact-centre', kind: 'phone', label: 'Contact centre', href: 'tel:+443001234567', wait_minutes: 45, reason: 'Very many calls about flooding' },
    { id: 'london-office', kind: 'phone', label: 'London office', href: 'tel:+442079460018' },
  ],
  incidents: [
    {
      id: 'flood',
      title: 'River flooding in Riverside',
      severity: 'major',
      phase: 'identified',
      started_at: iso(NOW - 60 * MIN),
      updated_at: iso(NOW - 10 * MIN),
      known: 'The River Wend has burst its banks. Mill Lane is closed.',
      unknown: 'When the water will go down.',
      next_update_at: iso(NOW + 30 * MIN),
      actions: [{ label: 'If your life is in danger, call 999', href: 'tel:999', urgent: true }],
    },
  ],
});

test('British numbers are grouped the British way: area code, mobile and London numbers whole', async () => {
  const { groupBritish } = await importTs('src/feed/phone.ts');
  const { formatTel } = await importTs('src/content/links.ts');
  const cases = {
    'tel:+441632960123': '+44 1632 960123',
    'tel:+442079460018': '+44 20 7946 0018',
    'tel:+441134960000': '+44 113 496 0000',
    'tel:+441614960000': '+44 161 496 0000',
    'tel:+447700900123': '+44 7700 900123',
    'tel:+443001234567': '+44 300 123 4567',
    'tel:+448001234567': '+44 800 123 4567',
    'tel:+44800123456': '+44 800 123456',
    'tel:+441539612345': '+44 15396 12345',
  };
  // One text logic for the elements and every export (formatTel); other lengths as any other number.
  for (const [href, want] of Object.entries(cases)) assert.equal(formatTel(href), want, href);
  assert.equal(groupBritish('1632960123'), '1632 960123');
  assert.equal(groupBritish('4123456789'), undefined, 'not a prefix we know');
  assert.equal(formatTel('tel:+44123'), '+44 123', 'too short to say');
  // A number the publisher grouped keeps its grouping; other countries as the readers show them.
  assert.equal(formatTel('tel:+44 1632 960 123'), '+44 1632 960 123');
  assert.equal(formatTel('tel:+318009009', 'nl'), '0800 9009');
  // A British page dials a British number from home, as a Dutch page a Dutch one; a page in plain
  // English (a reader anywhere) keeps the + form. Before, en-GB pages said "+44 20 7946 0018".
  assert.equal(formatTel('tel:+442079460018', 'en-GB'), '020 7946 0018');
  assert.equal(formatTel('tel:+441632960123', 'en-GB'), '01632 960123');
  assert.equal(formatTel('tel:+448001234567', 'en'), '+44 800 123 4567');
  assert.equal(formatTel('tel:999'), '999');
});

test('the phone message, SSML, e-mail and page without script of a London feed say the council\'s numbers whole, as dialled in Britain', () => {
  const ivr = x.exportIvr(council(), { now: NOW });
  assert.match(ivr.text, /hang up and call 01632 960123\./, ivr.text);
  assert.match(ivr.ssml, /<say-as interpret-as="telephone">01632 960123<\/say-as>/);
  const email = x.exportEmail(council(), { now: NOW });
  const html = x.exportHtml(council(), { now: NOW });
  for (const [name, out] of [['ivr', ivr.text], ['ssml', ivr.ssml], ['email', email.text], ['html', html.text]]) {
    assert.doesNotMatch(out, /163 296 0123|207 946 0018/, `${name}: the area code is split`);
  }
  assert.match(email.text, /Flooding out of hours: 01632 960123/);
  assert.match(email.text, /Contact centre: 0300 123 4567/);
  assert.match(html.text, /London office: 020 7946 0018/);
  assert.doesNotMatch(`${ivr.text}${email.text}${html.text}`, /(?<!tel:)\+44/, 'a London feed\'s English exports say no +44 form (the links keep it)');
});
