// The all-clear through SMS and social: a resolved incident must never read as a new alert.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();

function resolvedFeed() {
  const f = feed();
  const inc = f.incidents[0];
  Object.assign(inc, {
    phase: 'resolved',
    updated_at: '2026-11-23T09:40:00Z',
    resolved_at: '2026-11-23T09:40:00Z',
    next_update_at: null,
    known: { nl: 'Iedereen heeft weer water. Bedankt voor uw geduld.', en: 'Everyone has water again. Thank you for your patience.' },
  });
  return { f, id: inc.id };
}

test('SMS of a resolved incident says it is resolved and what the closing text says', () => {
  const { f, id } = resolvedFeed();
  const nl = x.exportSms(f, { lang: 'nl', incident: id, now: NOW });
  assert.match(nl.text, /^Opgelost: Geen water in Utrecht-Oost/, nl.text);
  assert.ok(nl.text.includes('Iedereen heeft weer water.'), nl.text);
  assert.ok(nl.fits && nl.text.endsWith(f.status_url));
  const en = x.exportSms(f, { lang: 'en', incident: id, now: NOW });
  assert.match(en.text, /^Resolved: No water in Utrecht-Oost/, en.text);
  assert.ok(en.text.includes('Everyone has water again.'), en.text);
});

test('social post of a resolved incident starts with "resolved"', () => {
  const { f, id } = resolvedFeed();
  const [nl, en] = x.exportSocial(f, { incident: id, now: NOW }).posts;
  assert.match(nl.text, /^Opgelost: Geen water in Utrecht-Oost/, nl.text);
  assert.match(en.text, /^Resolved: No water in Utrecht-Oost/, en.text);
  assert.ok(nl.text.includes('Iedereen heeft weer water.') && nl.fits);
});

test('an open incident keeps its plain title', () => {
  const f = feed();
  // Past its first update, with its cause found, the SMS says that phase first (export-sms-phase), never "Opgelost".
  assert.match(x.exportSms(f, { lang: 'nl', now: NOW }).text, /^Oorzaak gevonden: Geen water in Utrecht-Oost/);
  assert.match(x.exportSocial(f, { lang: 'nl', now: NOW }).posts[0].text, /^Geen water in Utrecht-Oost/);
});
