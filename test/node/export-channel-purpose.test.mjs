// Who a line is for (a channel's `purpose`) in the exports that list the lines: a transport company's "Assisted travel"
// line, for disabled passengers (trial O). The e-mail says it first in the brackets after the line, the page without
// script and the e-mail's HTML under the name, apart from the wait and its reason, also after the all-clear (when the
// waits are gone). The SMS, with its budget, leaves it out. The phone message says an emergency line's purpose, when it
// has no reason, before its number. Uses dist/ (`npm run build` first); a fixed clock.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-04T10:00:00Z');
const FOR = { en: 'For disabled passengers and anyone who needs help to travel', nl: 'voor reizigers met een beperking en iedereen die hulp nodig heeft bij het reizen' };

const feed = (resolved = false) => ({
  type: 'status', version: 1, feed_id: 'northway', time_zone: 'Europe/London', seq: 3, issued_at: '2026-12-04T09:00:00Z', expires_at: '2026-12-04T13:00:00Z',
  publisher: { name: 'Northway Trams & Buses', url: 'https://northway.example' },
  channels: [
    { id: 'service', kind: 'phone', label: { en: 'Customer service', nl: 'Klantenservice' }, href: 'tel:+441614960123', ...(resolved ? {} : { wait_minutes: 20, reason: { en: 'many calls about the strike', nl: 'veel telefoontjes over de staking' } }) },
    { id: 'assist', kind: 'phone', label: { en: 'Assisted travel', nl: 'Reisassistentie' }, href: 'tel:+441614960456', purpose: FOR, ...(resolved ? {} : { wait_minutes: 5, reason: { en: 'many calls about the strike', nl: 'veel telefoontjes over de staking' } }) },
  ],
  incidents: [{
    id: 'strike', severity: 'major', phase: resolved ? 'resolved' : 'identified',
    started_at: '2026-12-04T06:00:00Z', updated_at: '2026-12-04T09:00:00Z', ...(resolved ? { resolved_at: '2026-12-04T09:30:00Z' } : {}),
    next_update_at: resolved ? null : '2026-12-04T11:00:00Z',
    title: { en: 'Strike: no trams today', nl: 'Staking: vandaag geen trams' },
    known: { en: 'No trams run today because of a strike.', nl: 'Er rijden vandaag geen trams door een staking.' },
    unknown: resolved ? '' : { en: 'When the strike ends.', nl: 'Wanneer de staking eindigt.' },
  }],
});

test('e-mail: who the line is for, first in the brackets, apart from the wait and its reason; also after the all-clear', () => {
  const en = x.exportEmail(feed(), { lang: 'en', now: NOW }).text;
  assert.ok(en.includes('- Assisted travel: 0161 496 0456 (For disabled passengers and anyone who needs help to travel; Expected wait about 5 minutes: many calls about the strike)'), en);
  assert.match(en, /- Customer service: 0161 496 0123 \(Expected wait about 20 minutes: many calls about the strike\)/);
  const nl = x.exportEmail(feed(), { lang: 'nl', now: NOW }).text;
  assert.ok(nl.includes('(Voor reizigers met een beperking en iedereen die hulp nodig heeft bij het reizen; Verwachte wachttijd ongeveer 5 minuten: veel telefoontjes over de staking)'), nl);
  const after = x.exportEmail(feed(true), { lang: 'en', now: NOW }).text;
  assert.ok(after.includes('- Assisted travel: 0161 496 0456 (For disabled passengers and anyone who needs help to travel)'), after);
});

test('page without script and the e-mail\'s HTML: under the name, before the wait', () => {
  for (const html of [x.exportHtml(feed(), { lang: 'en', now: NOW }).text, x.exportEmail(feed(), { lang: 'en', now: NOW }).html]) {
    assert.match(html, /Assisted travel: 0161 496 0456<\/a><br><span class="purpose">For disabled passengers and anyone who needs help to travel<\/span><br><span class="wait">Expected wait about 5 minutes: many calls about the strike<\/span>/);
  }
  const after = x.exportHtml(feed(true), { lang: 'nl', now: NOW }).text;
  assert.match(after, /<span class="purpose">Voor reizigers met een beperking en iedereen die hulp nodig heeft bij het reizen<\/span>/);
});

test('SMS leaves it out', () => {
  const sms = x.exportSms(feed(), { lang: 'en', now: NOW }).text;
  assert.doesNotMatch(sms, /disabled passengers/);
});

test('phone message: an emergency line without a reason says who it is for between its name and its number', () => {
  const f = feed();
  f.channels.unshift({ id: 'safety', kind: 'phone', emergency: true, label: { en: 'Safety line', nl: 'Veiligheidslijn' }, href: 'tel:+441614960999', purpose: { en: 'For anyone stuck on a tram or in danger at a stop', nl: 'Voor wie vastzit in een tram of gevaar loopt bij een halte' } });
  const ivr = x.exportIvr(f, { lang: 'en', now: NOW, channel: 'service' }).text;
  // Not before its name, after the line said before it (trial Q): "Safety line, for anyone …: hang up and call …".
  assert.match(ivr, /Safety line, for anyone stuck on a tram or in danger at a stop: hang up and call 0161 496 0999\./, ivr);
});
