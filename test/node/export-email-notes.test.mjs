// A pension fund's fraud line (walk-through 2026-12-02) says when to use it as a question, "Bent u gebeld
// door iemand die zegt van ons te zijn?", and is open "24 uur per dag". The plain-text e-mail to its
// (elderly) members joined the two with "; ": "(Bent u gebeld door iemand die zegt van ons te zijn?; 24
// uur per dag)". After a question or a full stop the ";" is left out. Uses dist/ (`npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-02T13:30:00Z');

const feed = (reason) => ({
  type: 'status', version: 1, feed_id: 'pensioenfonds-horizon', time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Pensioenfonds Horizon', url: 'https://www.pensioenfondshorizon.nl' },
  channels: [
    { id: 'fraude', kind: 'phone', label: { nl: 'Fraude melden', en: 'Report fraud' }, href: 'tel:+318001234567', emergency: true, reason, hours: { nl: '24 uur per dag', en: '24 hours a day' } },
    { id: 'phone', kind: 'phone', label: { nl: 'Klantenservice', en: 'Member service' }, href: 'tel:+31301234567', wait_minutes: 45, hours: { nl: 'ma-vr 8.30-17.00 uur', en: 'Mon-Fri 8.30 am-5 pm' } },
  ],
  incidents: [{
    id: 'uitbetaling', severity: 'major', phase: 'identified',
    started_at: '2026-12-02T12:00:00Z', updated_at: '2026-12-02T13:00:00Z', next_update_at: '2026-12-02T16:00:00Z',
    title: { nl: 'Uw pensioen komt een dag later', en: 'Your pension arrives one day late' },
    known: { nl: 'De bank heeft ons betaalbestand geweigerd.', en: 'The bank rejected our payment file.' },
    unknown: { nl: 'Hoe laat het geld er is.', en: 'At what time the money arrives.' },
  }],
});

test('e-mail: a fraud line whose "when to use" is a question, then its hours, without "?;"', () => {
  const question = { nl: 'Bent u gebeld door iemand die zegt van ons te zijn?', en: 'Did someone phone you saying they are from us?' };
  const nl = x.exportEmail(feed(question), { lang: 'nl', now: NOW }).text;
  assert.ok(nl.includes('(Bent u gebeld door iemand die zegt van ons te zijn? 24 uur per dag)'), nl);
  const en = x.exportEmail(feed(question), { lang: 'en', now: NOW }).text;
  assert.ok(en.includes('(Did someone phone you saying they are from us? 24 hours a day)'), en);
  assert.doesNotMatch(nl + en, /[.!?];/);
});

test('e-mail: a wait and hours without a closing mark keep their ";"', () => {
  const nl = x.exportEmail(feed({ nl: 'Alleen bij fraude', en: 'Only for fraud' }), { lang: 'nl', now: NOW }).text;
  assert.ok(nl.includes('(Alleen bij fraude; 24 uur per dag)'), nl);
  assert.match(nl, /Klantenservice: 030 123 4567 \([^)]*45 minuten; ma-vr 8\.30-17\.00 uur\)/, nl);
});

// The same fund's plain-text e-mail showed an action's number as "<tel:+318001234567>": code to a reader.
// A number (or e-mail address) is written as people write it; a web address keeps its <…>.
test('e-mail text: an action calling a number shows the number as written, a web link stays <https://…>', () => {
  const f = feed({ nl: 'Alleen bij fraude', en: 'Only for fraud' });
  f.incidents[0].actions = [
    { label: { nl: 'Bel ons fraudenummer', en: 'Call our fraud line' }, href: 'tel:+318001234567', urgent: true },
    { label: { nl: 'Mail ons', en: 'E-mail us' }, href: 'mailto:hulp@pensioenfondshorizon.nl' },
    { label: { nl: 'Bekijk uw betaaldata', en: 'See your payment dates' }, href: 'https://www.pensioenfondshorizon.nl/betaaldata' },
  ];
  const nl = x.exportEmail(f, { lang: 'nl', now: NOW }).text;
  assert.doesNotMatch(nl, /<tel:|<mailto:/, nl);
  assert.ok(nl.includes('Bel ons fraudenummer (0800 123 4567)'), nl);
  assert.ok(nl.includes('Mail ons (hulp@pensioenfondshorizon.nl)'), nl);
  assert.ok(nl.includes('Bekijk uw betaaldata <https://www.pensioenfondshorizon.nl/betaaldata>'), nl);
});

// The demo airline's call-back line has no wait, and its reason was written to follow "Expected wait …:" ("u houdt uw
// plek in de rij …"): alone it starts its own sentence, on the site and in every channel (i18n/phrases.ts channelWait).
test('e-mail and page: a reason that stands alone starts with a capital', () => {
  const f = { ...feed(undefined), seq: 3, issued_at: '2026-12-02T13:00:00Z', expires_at: '2026-12-02T19:00:00Z' };
  f.channels[1] = { id: 'terugbellen', kind: 'callback', label: { nl: 'Laat u terugbellen', en: 'Have us call you back' }, href: 'https://www.pensioenfondshorizon.nl/terugbellen', reason: { nl: 'u houdt uw plek in de rij', en: 'you keep your place in the queue' } };
  assert.match(x.exportEmail(f, { lang: 'nl', now: NOW }).text, /Laat u terugbellen: \S+ \(U houdt uw plek in de rij\)/);
  assert.match(x.exportHtml(f, { lang: 'en', now: NOW }).text, /You keep your place in the queue/);
  assert.doesNotMatch(x.exportHtml(f, { lang: 'en', now: NOW }).text, /you keep your place/);
});
