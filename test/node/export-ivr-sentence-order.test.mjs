// A hospital's switchboard message (trial, 2026-12-05) left out sentence 3 of what we know, "If we did not phone you,
// please come to your appointment as planned.", and kept sentence 4, "A&E is open but very busy…": putting back what
// fits again took a shorter later sentence after the one before it did not fit. The desk is told "the last ones are
// left out first"; now a sentence of what we know comes back only after the one before it. Uses dist/ (npm run build).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-07T09:00:00Z');
const KNOWN = [
  'Our hospital IT systems are still down after a ransomware attack on Saturday.',
  'Outpatient appointments today: we phoned every patient whose appointment is cancelled, and we are phoning the last few patients now.',
  'If we did not phone you, please come to your appointment as planned, and bring a list of the medicines you take.',
  'A&E is open but very busy.',
  'Visiting hours are as usual.',
];

const feed = {
  type: 'status', version: 1, feed_id: 'riverside-nhs', time_zone: 'Europe/London', status_url: 'https://www.riverside-nhs.example/status',
  publisher: { name: 'Riverside NHS Foundation Trust', url: 'https://www.riverside-nhs.example/' },
  channels: [
    { id: 'emergency', kind: 'phone', label: { en: 'Life-threatening emergency: call 999' }, href: 'tel:999', emergency: true },
    { id: 'switchboard', kind: 'phone', label: { en: 'Switchboard' }, href: 'tel:+441632960000', wait_minutes: 20, reason: { en: 'many calls about the cyberattack' } },
  ],
  incidents: [{
    id: 'cyber', severity: 'critical', phase: 'identified', title: { en: 'Cyberattack: hospital IT systems down' },
    started_at: '2026-12-05T23:00:00Z', updated_at: '2026-12-07T08:55:00Z', next_update_at: '2026-12-07T12:00:00Z',
    known: { en: KNOWN.join(' ') }, unknown: { en: 'Whether patient data was taken.' },
    actions: [{ label: { en: 'We will never ask for your bank details by phone or text message. If someone does, hang up and call us.' }, urgent: true }],
  }],
};

// Trial Z: by position alone the message kept what is cancelled and left out "come as planned". Now a sentence that
// tells callers what to do is kept before description (ivr-need.ts); among the plain ones the last goes first, and no
// plain one comes back after a plain one before it that is left out.
test('the phone message keeps "come as planned" before description; plain sentences go last first, in their order', () => {
  const ivr = x.exportIvr(feed, { lang: 'en', now: NOW });
  const said = KNOWN.map((s) => ivr.text.includes(s));
  assert.ok(said[0], ivr.text);
  assert.ok(said.includes(false), `the fixture needs shortening: ${ivr.text}`);
  assert.ok(said[2], `"come as planned" is kept: ${ivr.text}`);
  const plain = [1, 3, 4].map((i) => said[i]);
  const firstLeftOut = plain.indexOf(false);
  assert.deepEqual(plain.slice(firstLeftOut), plain.slice(firstLeftOut).map(() => false), `plain kept after a gap: ${ivr.text}`);
  const at = KNOWN.filter((s, i) => said[i]).map((s) => ivr.text.indexOf(s));
  assert.deepEqual(at, [...at].sort((a, b) => a - b), 'in their own order');
  assert.ok(ivr.fits, `${ivr.seconds} s`);
});
