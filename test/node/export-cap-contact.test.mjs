// Trial U: a bank's CAP alert for its phishing wave at 07:46 named <contact>Klantendienst: 02 790 40 00, a line closed until
// 08:00, while the incident's urgent action was to call Card Stop (24/7) at once. CAP's contact is now the line the
// incident's first urgent action that dials a number dials; else a phone line open when the alert goes out (an ordinary one
// first); else the first ordinary line. And the --category hint names Security for phishing and fraud too. Fixed clock, Brussels
// time; run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, withCliDir } from './export-kit.mjs';

const NOW = Date.parse('2026-12-08T06:46:00Z'); // Tuesday 07:46 in Brussels
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const bank = () => ({
  type: 'status', version: 1, feed_id: 'scheldebank', publisher: { name: 'Scheldebank', url: 'https://www.scheldebank.example' }, time_zone: 'Europe/Brussels',
  channels: [
    { id: 'cardstop', kind: 'phone', label: { 'nl-BE': 'Card Stop: kaart blokkeren', en: 'Card Stop: block your card' }, href: 'tel:+3278170170', opening_hours: '24/7', emergency: true },
    { id: 'fraude', kind: 'phone', label: { 'nl-BE': 'Fraudelijn Scheldebank', en: 'Scheldebank fraud line' }, href: 'tel:+3227904444', opening_hours: '24/7', emergency: true },
    { id: 'klantendienst', kind: 'phone', label: { 'nl-BE': 'Klantendienst', en: 'Customer service' }, href: 'tel:+3227904000', opening_hours: 'ma-vr 08:00-20:00; za 09:00-13:00', wait_minutes: 5, reason: { 'nl-BE': 'normale drukte', en: 'normal volume' } },
    { id: 'formulier', kind: 'web', label: { 'nl-BE': 'Contactformulier', en: 'Contact form' }, href: 'https://www.scheldebank.example/contact' },
  ],
  contact_reasons: [{ id: 'codes', label: { 'nl-BE': 'Ik heb mijn codes gegeven', en: 'I gave my codes' }, urgent: true, channels: ['cardstop', 'fraude'] }],
  incidents: [{
    id: 'phishing', title: { 'nl-BE': "Valse sms'en uit naam van Scheldebank", en: "Fake texts in Scheldebank's name" }, severity: 'major', phase: 'identified',
    started_at: iso(NOW - 10 * MIN), updated_at: iso(NOW - 5 * MIN), next_update_at: iso(NOW + 60 * MIN),
    known: { 'nl-BE': "Er gaan valse sms'en rond uit naam van Scheldebank.", en: "Fake texts in Scheldebank's name are going round." },
    unknown: { 'nl-BE': 'Wie erachter zit.', en: 'Who is behind it.' },
    actions: [
      { label: { 'nl-BE': 'Klik niet op de link en geef niemand uw codes', en: 'Do not tap the link and give nobody your codes' }, urgent: true },
      { label: { 'nl-BE': 'Bel meteen Card Stop', en: 'Call Card Stop at once' }, who: { 'nl-BE': 'U hebt geklikt', en: 'You clicked' }, href: 'tel:+3278170170', urgent: true },
    ],
  }],
});
const contacts = (text) => [...text.matchAll(/<contact>([^<]*)<\/contact>/g)].map((m) => m[1]);

test('export --to cap at 07:46: the contact is the line the urgent action dials (Card Stop), not the customer line closed until 08:00; the hint names Security for phishing', async () => {
  await withCliDir('clearline-cap-contact-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(bank(), null, 2));
    const r = run('export', 'feed.json', '--to', 'cap', '--out', 'cap/');
    assert.equal(r.status, 0, r.stderr);
    const [file] = readdirSync(join(dir, 'cap'));
    assert.deepEqual(contacts(readFileSync(join(dir, 'cap', file), 'utf8')), ['Card Stop: kaart blokkeren: 078 170 170', 'Card Stop: block your card: 078 170 170']);
    // Since trial X a phishing incident goes out as Security by itself; the hint says so and how to choose another.
    assert.match(r.stderr, /categorie Security \(gebeurtenis "Beveiligingsincident"\) voor "Valse sms.en uit naam van Scheldebank".*geef --category voor een andere/);
  }, { now: NOW, tz: 'Europe/Brussels' });
});

test('without an urgent action that dials: a line open when the alert goes out, an ordinary one first; else the first ordinary line', async () => {
  const { exportCap } = await exporters();
  const at = (ms, change) => {
    const f = bank();
    f.incidents[0].actions = f.incidents[0].actions.slice(0, 1);
    f.incidents[0].updated_at = iso(ms - 5 * MIN);
    f.incidents[0].started_at = iso(ms - 10 * MIN);
    f.incidents[0].next_update_at = iso(ms + 60 * MIN);
    change?.(f);
    return contacts(exportCap(f, { now: ms, lang: 'en' }).alerts[0].text);
  };
  // 07:46, the customer line closed until 08:00: the first line open (Card Stop, 24/7).
  assert.deepEqual(at(NOW), ['Card Stop: block your card: 078 170 170']);
  // 09:00, open: the customer line, as before.
  assert.deepEqual(at(NOW + 74 * MIN), ['Customer service: 02 790 40 00']);
  // No line open at all: the first ordinary line, as before.
  assert.deepEqual(at(NOW, (f) => (f.channels = f.channels.filter((c) => !c.emergency))), ['Customer service: 02 790 40 00']);
  // An urgent action dialling a number no channel has: that number.
  assert.deepEqual(at(NOW, (f) => f.incidents[0].actions.push({ label: { 'nl-BE': 'Bel de politie', en: 'Call the police' }, href: 'tel:101', urgent: true })), ['101']);
});
