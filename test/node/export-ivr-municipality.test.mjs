// Trial M, a municipality after a ransomware attack. Its phone message told every caller "Spoedlijn sociaal team: hang op
// en bel 0418 123 499", the line for residents with no money for food, without saying whom it is for; and made without
// --channel, it was made for the birth and death registration line (which only an urgent reason names, so readers see it
// first), not for the main number 14 0123 that lint --for ivr checks. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
// Wednesday 9 December 2026, 10:00 in Maasdal: the lines are open.
const NOW = Date.parse('2026-12-09T09:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const feedOf = () => ({
  type: 'status', version: 1, feed_id: 'gemeente-maasdal', seq: 1, issued_at: iso(NOW - 60_000), expires_at: iso(NOW + 3_600_000),
  time_zone: 'Europe/Amsterdam', publisher: { name: 'Gemeente Maasdal', url: 'https://www.maasdal.example' },
  channels: [
    { id: 'phone', kind: 'phone', label: { nl: 'Gemeente Maasdal', en: 'Maasdal Municipality' }, href: 'tel:140123', wait_minutes: 30, reason: { nl: 'veel telefoontjes door de cyberaanval', en: 'many calls about the cyberattack' } },
    { id: 'aangifte', kind: 'phone', label: { nl: 'Aangifte geboorte of overlijden', en: 'Registering a birth or death' }, href: 'tel:+31418123400' },
    { id: 'sociaal-spoed', kind: 'phone', label: { nl: 'Spoedlijn sociaal team', en: 'Urgent social support line' }, href: 'tel:+31418123499', emergency: true, reason: { nl: 'Geen geld voor eten of een dak boven uw hoofd?', en: 'No money for food or nowhere to sleep' } },
    { id: '112', kind: 'phone', label: { nl: 'Alarmnummer (politie, brandweer, ambulance)', en: 'Police, fire and ambulance' }, href: 'tel:112', emergency: true, reason: { nl: 'Bij levensgevaar', en: 'A life in danger' } },
  ],
  contact_reasons: [
    { id: 'aangifte', label: { nl: 'Aangifte geboorte of overlijden', en: 'Registering a birth or death' }, urgent: true, channels: ['aangifte'] },
    { id: 'paspoort', label: { nl: 'Paspoort of ID-kaart', en: 'Passport or ID card' }, channels: ['phone'] },
  ],
  incidents: [{
    id: 'cyberaanval', severity: 'major', phase: 'identified', started_at: iso(NOW - 8 * 3_600_000), updated_at: iso(NOW - 600_000), next_update_at: iso(NOW + 3_600_000),
    title: { nl: 'Cyberaanval: balies dicht', en: 'Cyberattack: counters closed' },
    known: { nl: 'Het is een ransomware-aanval.', en: 'It is a ransomware attack.' },
    unknown: { nl: 'Of er gegevens zijn gestolen.', en: 'Whether data was stolen.' },
  }],
});
const feed = feedOf;

// Trial N, a heat company at 2 a.m.: "Alarmnummer 112: hang op en bel 112" to thousands of queued callers, without its
// reason "Bij gevaar: brand, koolmonoxide, of iemand wordt onwel door de kou".
// Said after its name, before "hang up and call", so it is never heard beside the number of the line said before it
// (trial Q: "…bel 0900 700 8000. alleen na verwijzing door huisarts …" sounded as if it was the GP service's).
test('an emergency line says when to call it (its reason) after its name, before "hang up and call", 112 too', () => {
  // 112 is said on the queue only while an urgent reason (or an action) calls for it (ivr-called-for.ts, trial S).
  const feed = () => { const f = feedOf(); f.contact_reasons.push({ id: 'gevaar', label: { nl: 'Levensgevaar', en: 'A life in danger' }, urgent: true, channels: ['112'] }); return f; };
  const nl = x.exportIvr(feed(), { lang: 'nl', now: NOW });
  assert.ok(nl.text.includes('Spoedlijn sociaal team: geen geld voor eten of een dak boven uw hoofd? Hang op en bel 0418 123 499.'), nl.text);
  // A name with brackets (said as pauses) takes its reason after a dash, not one more comma.
  assert.ok(nl.text.includes('Alarmnummer, politie, brandweer, ambulance – bij levensgevaar: hang op en bel 112.'), nl.text);
  const en = x.exportIvr(feed(), { lang: 'en', now: NOW });
  assert.ok(en.text.includes('Urgent social support line, no money for food or nowhere to sleep: hang up and call'), en.text);
  assert.ok(en.text.includes('Police, fire and ambulance – a life in danger: hang up and call 112.'), en.text);
  // A longer reason is the elements' to show, not said on every call before the news.
  const long = feed();
  long.channels[3].reason = { nl: '112 werkt ook als ons netwerk plat ligt. Uw mobiel kiest dan een ander netwerk.', en: '112 works on any network.' };
  assert.ok(!x.exportIvr(long, { lang: 'nl', now: NOW }).text.includes('plat ligt'));
});

test('made without --channel, the message is for the first ordinary phone line in the publisher\'s order, as lint checks', () => {
  assert.equal(x.exportIvr(feed(), { lang: 'nl', now: NOW }).channel, 'phone');
  assert.match(x.exportIvr(feed(), { lang: 'nl', now: NOW }).text, /ongeveer 30 minuten/);
});
