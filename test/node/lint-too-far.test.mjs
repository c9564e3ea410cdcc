// "The next update is too far away" says how far in hours and at what clock time, so the person on
// night duty does not have to divide 694 minutes by 60 to see which promise lint means.
import assert from 'node:assert/strict';
import { join, resolve, dirname } from 'node:path';
import test from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);

const NOW = Date.parse('2026-11-29T19:26:00Z'); // Sunday 20:26 in Zwaluwen
const doc = (next) => ({
  type: 'status', version: 1, feed_id: 'gemeente-zwaluwen', time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Gemeente Zwaluwen', url: 'https://www.zwaluwen.example/' },
  channels: [],
  incidents: [{ id: 'afval-maandag', title: 'Afval ophalen gaat maandag niet door', severity: 'minor', phase: 'identified',
    started_at: '2026-11-29T19:00:00Z', updated_at: '2026-11-29T19:00:00Z', known: 'Maandag geen afval.', unknown: 'Welke dag wel.',
    next_update_at: next, actions: [{ label: 'Zet uw container niet buiten.' }] }],
});
const finding = (next, lang) => lintDocument(doc(next), { now: NOW, timeZone: 'Europe/Amsterdam', lang }).find((f) => f.rule === 'next-update-too-far');

// On Sunday evening, Monday's 08:00 is named with its day ("op ma 30 nov 08:00"), not as if it were today (trial X).
test('next-update-too-far: hours and minutes, and the promised clock time with its day', () => {
  const en = finding('2026-11-30T07:00:00Z', 'en');
  assert.equal(en.message, 'the next update is 11 hours 34 minutes away (on Mon 30 Nov 08:00, 2026-11-30T08:00:00+01:00); more than 4 hours of silence makes people call');
  const nl = finding('2026-11-30T07:00:00Z', 'nl');
  assert.equal(nl.message, 'de volgende update komt pas over 11 uur en 34 minuten (op ma 30 nov 08:00, 2026-11-30T08:00:00+01:00); bij meer dan 4 uur stilte gaan mensen bellen');
  assert.equal(finding('2026-11-30T00:26:00Z', 'en').message.split(';')[0], 'the next update is 5 hours away (on Mon 30 Nov 01:26, 2026-11-30T01:26:00+01:00)');
  assert.equal(finding('2026-11-30T00:26:00Z', 'nl').message.split(';')[0], 'de volgende update komt pas over 5 uur (op ma 30 nov 01:26, 2026-11-30T01:26:00+01:00)');
});
