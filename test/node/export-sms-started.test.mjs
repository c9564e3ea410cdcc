// Trial Z (a UK hospital trust, doctors' strike from 07:00 Thursday 17 December): on strike day the SMS, after `starts_at`
// had passed and the update said "The strike started at 07:00 today", was byte for byte Monday's announcement. Now an SMS
// of an incident begun since the last one says so first ("Now: …", "Nu: …"), giving way before the urgent action only.
// Uses dist/ (npm run build).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { startedLabel } = await importTs('src/export/sms-started.ts');
const MONDAY = Date.parse('2026-12-14T10:00:00Z');
const THURSDAY = Date.parse('2026-12-17T08:00:00Z');
const LINK = 'https://www.eastvale-nhs.example/strike';

function strike(day) {
  const monday = { known: { en: 'Resident doctors will strike from 07:00 Thursday.', nl: 'Artsen in opleiding staken vanaf donderdag 07:00.' } };
  return {
    type: 'status', version: 1, feed_id: 'eastvale', time_zone: 'Europe/London',
    publisher: { name: 'Eastvale Hospitals NHS Trust', url: 'https://www.eastvale-nhs.example' }, status_url: LINK, channels: [],
    incidents: [{
      id: 'strike', severity: 'major', phase: 'identified', started_at: '2026-12-14T09:00:00Z', starts_at: '2026-12-17T07:00:00Z',
      updated_at: day ? '2026-12-17T07:30:00Z' : '2026-12-14T09:00:00Z', next_update_at: null,
      title: { en: "Doctors' strike Thursday to Saturday: A&E stays open", nl: 'Artsenstaking donderdag tot zaterdag: SEH blijft open' },
      known: day ? { en: 'The strike started at 07:00 today.', nl: 'De staking is vandaag om 07:00 begonnen.' } : monday.known,
      unknown: { en: '', nl: '' },
      actions: [{ urgent: true, label: { en: 'Come to your appointment unless we have called you.', nl: 'Kom naar uw afspraak, tenzij wij u hebben gebeld.' } }],
      ...(day ? { updates: [{ at: '2026-12-14T09:00:00Z', ...monday }] } : {}),
    }],
  };
}

for (const [lang, now] of [['en', 'Now: '], ['nl', 'Nu: ']]) {
  test(`${lang}: the strike-day SMS says it has begun, Monday's does not`, () => {
    const monday = x.exportSms(strike(false), { lang, now: MONDAY });
    const thursday = x.exportSms(strike(true), { lang, now: THURSDAY });
    assert.notEqual(thursday.text, monday.text);
    assert.ok(thursday.text.startsWith(now), thursday.text);
    assert.ok(!monday.text.startsWith(now), monday.text);
    assert.ok(thursday.fits, thursday.text);
    // The urgent action stays whole.
    assert.ok(thursday.text.includes(lang === 'en' ? 'Come to your appointment unless we have called you.' : 'Kom naar uw afspraak, tenzij wij u hebben gebeld.'), thursday.text);
  });
}

test('begun since the last SMS: only once, and for planned works of a water company too', () => {
  const works = { phase: 'identified', started_at: '2026-12-07T12:00:00Z', starts_at: '2026-12-08T07:00:00Z', updated_at: '2026-12-08T07:30:00Z', updates: [{ at: '2026-12-07T12:00:00Z' }] };
  assert.equal(startedLabel(works, Date.parse('2026-12-07T20:00:00Z'), 'en'), ''); // not begun
  assert.equal(startedLabel(works, Date.parse('2026-12-08T08:00:00Z'), 'en'), 'Now');
  assert.equal(startedLabel(works, Date.parse('2026-12-08T08:00:00Z'), 'nl'), 'Nu');
  // Not updated since the announcement: nothing before the title once begun (announced-start-said.test.mjs).
  assert.equal(startedLabel({ ...works, updated_at: '2026-12-07T12:00:00Z', updates: [] }, Date.parse('2026-12-08T08:00:00Z'), 'en'), '');
  // An update after the start was an SMS that said it already.
  const later = { ...works, updated_at: '2026-12-08T10:00:00Z', updates: [{ at: '2026-12-08T07:30:00Z' }, { at: '2026-12-07T12:00:00Z' }] };
  assert.equal(startedLabel(later, Date.parse('2026-12-08T11:00:00Z'), 'en'), '');
  assert.equal(startedLabel({ ...works, phase: 'resolved' }, Date.parse('2026-12-08T08:00:00Z'), 'en'), '');
});
