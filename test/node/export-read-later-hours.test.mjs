// Trial O: a bus and tram operator's e-mail, sent at 05:40 and read at 08:30, said "Customer service: 0161 496 0123
// (Closed now, opens at 07:00; Mon to Fri 7am to 8pm …)", as did the page without script. Texts read later than they are
// made say when the line is open (its own `hours`, or its opening hours in words), never "Closed now"; the phone message,
// heard at once, keeps it.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { exportEmail, exportHtml, exportIvr } = await importTs('src/export/index.ts');
// Thursday 10 December 2026, 05:40 in London (UTC+0).
const NOW = Date.parse('2026-12-10T05:40:00Z');
const iso = (m) => new Date(NOW + m * 60000).toISOString();
const feed = (hours) => ({
  type: 'status', version: 1, feed_id: 'northway', seq: 1, issued_at: iso(-1), expires_at: iso(60), time_zone: 'Europe/London', status_url: 'https://northway.example/travel-updates',
  publisher: { name: 'Northway Trams & Buses', url: 'https://northway.example' },
  channels: [
    { id: 'cs', kind: 'phone', label: 'Customer service', href: 'tel:+441614960123', opening_hours: 'Mo-Fr 07:00-20:00; Sa-Su 08:00-18:00', ...(hours ? { hours: 'Mon to Fri 7am to 8pm, Sat and Sun 8am to 6pm' } : {}) },
    { id: 'assist', kind: 'phone', label: 'Assisted travel', href: 'tel:+441614960456', opening_hours: '06:00-22:00' },
  ],
  incidents: [{
    id: 'strike', title: 'Strike: no trams today', severity: 'major', phase: 'identified', started_at: iso(-600), updated_at: iso(-1),
    next_update_at: iso(60), known: 'Drivers are on strike until 00:01 on Friday.', unknown: 'Nothing.',
  }],
});
const pageText = (f) => exportHtml(f, { lang: 'en', now: NOW }).text.replace(/<[^>]+>/g, ' ');

test('the e-mail says the opening hours of a line closed now, not "Closed now, opens at 07:00"', () => {
  const mail = exportEmail(feed(true), { lang: 'en', now: NOW });
  assert.match(mail.text, /^- Customer service: 0161 496 0123 \(Mon to Fri 7am to 8pm, Sat and Sun 8am to 6pm\)$/m, mail.text);
  assert.match(mail.text, /^- Assisted travel: 0161 496 0456 \(Open every day 06:00–22:00\)$/m, mail.text);
  assert.doesNotMatch(mail.text, /closed now/i);
  assert.doesNotMatch(mail.html, /closed now/i);
  const words = exportEmail(feed(false), { lang: 'en', now: NOW }).text;
  assert.match(words, /^- Customer service: 0161 496 0123 \(Open Mon–Fri 07:00–20:00; Sat–Sun 08:00–18:00\)$/m, words);
});

test('the page without script says them too; the phone message, heard at once, keeps "closed now"', () => {
  const page = pageText(feed(false));
  assert.doesNotMatch(page, /closed now/i);
  assert.match(page, /Open Mon–Fri 07:00–20:00; Sat–Sun 08:00–18:00/);
  assert.match(page, /Open every day 06:00–22:00/);
  assert.match(exportIvr(feed(false), { lang: 'en', now: NOW, channel: 'cs' }).text, /closed now, opens at 07:00/i);
});
