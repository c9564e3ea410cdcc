// Pure helpers for publishers who are not an airline (issue 12): times the way people say them
// (item 4), Dutch phone numbers and tel: suggestions (item 8), sector templates (item 6).
// Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callingCodeForZone, groupDutch, normalizeTimes, parseWhen, suggestTel, TimeError, validatePayload, whenIn } from '../../dist/feed.js';
import { importTs } from './ts-import.mjs';

const AMS = 'Europe/Amsterdam';
// Monday 30 November 2026, 09:43 in Amsterdam (UTC+1).
const NOW = Date.parse('2026-11-30T08:43:00Z');

test('--next-update: +15m, +1h, +1d from now', () => {
  assert.equal(parseWhen('+15m', { now: NOW, timeZone: AMS }), '2026-11-30T08:58:00Z');
  assert.equal(parseWhen('+1h', { now: NOW, timeZone: AMS }), '2026-11-30T09:43:00Z');
  assert.equal(parseWhen('+1d', { now: NOW, timeZone: AMS }), '2026-12-01T08:43:00Z');
});

test('--next-update 10:30 means 10:30 in the feed zone, not UTC and not the machine zone', () => {
  assert.equal(parseWhen('10:30', { now: NOW, timeZone: AMS }), '2026-11-30T09:30:00Z');
  assert.equal(parseWhen('10:30', { now: NOW, timeZone: 'America/New_York' }), '2026-11-30T15:30:00Z');
  // Summer time: 10:30 in Amsterdam in July is 08:30 UTC.
  assert.equal(parseWhen('10:30', { now: Date.parse('2026-07-01T06:00:00Z'), timeZone: AMS }), '2026-07-01T08:30:00Z');
});

test('a time of day that has passed is an error that says what to do, never silently tomorrow', () => {
  assert.throws(
    () => parseWhen('09:30', { now: NOW, timeZone: AMS }),
    (e) => e instanceof TimeError && e.code === 'passed' && e.message === '09:30 has passed, and tomorrow at 09:30 is more than 4 hours away; promise the next update within 4 hours: type +15m, +30m, +1h or a clock time up to 13:43',
  );
});

test('--next-update accepts ISO with any offset, and refuses nonsense with the forms it takes', () => {
  assert.equal(parseWhen('2026-11-30T10:30:00+01:00', { now: NOW, timeZone: AMS }), '2026-11-30T09:30:00Z');
  assert.equal(parseWhen('2026-11-30T05:30-05:00', { now: NOW, timeZone: AMS }), '2026-11-30T10:30:00Z');
  assert.equal(parseWhen('2026-11-30T09:30:00Z', { now: NOW, timeZone: AMS }), '2026-11-30T09:30:00Z');
  // "Half elf" is 10:30 to a Dutch desk, 11:30 to a British one: refused with both (feed/spoken-times.ts).
  assert.throws(() => parseWhen('half elf', { now: NOW, timeZone: AMS }), /^TimeError: "half elf" is 10:30 in Dutch and 11:30 in English; type the time in figures, such as 11:30$/);
  assert.throws(() => parseWhen('straks', { now: NOW, timeZone: AMS }), /use \+15m, \+1h, a clock time such as 14:30 \(Europe\/Amsterdam\) or a date and time such as \d{1,2} [A-Z][a-z]{2} \d{2}:[03]0$/);
  assert.throws(() => parseWhen('25:00', { now: NOW, timeZone: AMS }), /not a clock time/);
});

test('times print in the feed zone ("09:43"), with the date when not today', () => {
  assert.equal(whenIn(NOW, AMS, NOW), '09:43');
  assert.equal(whenIn(NOW + 86_400_000, AMS, NOW), 'Tue 1 Dec 09:43');
});

test('the format accepts RFC 3339 times with offsets; normalizeTimes writes them in UTC', () => {
  const doc = {
    type: 'status', version: 1, feed_id: 'utrecht-energie', seq: 1,
    issued_at: '2026-11-30T09:43:00+01:00', expires_at: '2026-11-30T10:43:00+01:00',
    publisher: { name: 'Utrecht Energie', url: 'https://example.com' }, channels: [],
    incidents: [{ id: 'gas', title: 'No gas', severity: 'major', phase: 'identified', started_at: '2026-11-30T09:00:00+01:00', updated_at: '2026-11-30T09:40:00+01:00', known: 'k', unknown: 'u', next_update_at: '2026-11-30T10:30:00+01:00', updates: [{ at: '2026-11-30T09:20:00+01:00', note: 'n' }] }],
  };
  assert.equal(validatePayload('status', doc).ok, true, 'offsets are valid RFC 3339');
  const utc = normalizeTimes(doc);
  assert.equal(utc.issued_at, '2026-11-30T08:43:00Z');
  assert.equal(utc.incidents[0].next_update_at, '2026-11-30T09:30:00Z');
  assert.equal(utc.incidents[0].updates[0].at, '2026-11-30T08:20:00Z');
  assert.equal(doc.issued_at, '2026-11-30T09:43:00+01:00', 'the input is not changed');
  const bad = validatePayload('status', { ...doc, issued_at: '2026-11-30 09:43' });
  assert.equal(bad.ok, false);
});

test('Dutch numbers are grouped as Dutch people write them', () => {
  assert.equal(groupDutch('+31302345678'), '+31 30 234 5678');
  assert.equal(groupDutch('08009009'), '0800 9009');
  assert.equal(groupDutch('+318009009'), '+31 800 9009');
  assert.equal(groupDutch('0612345678'), '06 1234 5678');
  assert.equal(groupDutch('+31201234567'), '+31 20 123 4567');
  assert.equal(groupDutch('0118123456'), '0118 123 456');
  assert.equal(groupDutch('+442071234567'), undefined, 'not Dutch: left alone');
});

test('tel: suggestions in E.164: a national number only in a known country, from the feed\'s time zone', () => {
  assert.equal(suggestTel('tel:0800-9009', callingCodeForZone('Europe/Amsterdam')), 'tel:+318009009');
  assert.equal(suggestTel('tel:030 234 56 78', '31'), 'tel:+31302345678');
  assert.equal(suggestTel('tel:0800 123 4567', callingCodeForZone('Europe/London')), 'tel:+448001234567');
  assert.equal(suggestTel('tel:02 123 45 67', callingCodeForZone('Europe/Brussels')), 'tel:+3221234567');
  // Not a Dutch number by default: without a known country a leading 0 is not guessed.
  assert.equal(suggestTel('tel:0800-9009'), undefined);
  assert.equal(callingCodeForZone('UTC'), undefined);
  assert.equal(callingCodeForZone('Europe/Rome'), undefined, 'Italian numbers keep their 0');
  // US and Canada: +1, and a 10-digit number is read there (us-water.test.mjs); a leading 0 is still not guessed.
  assert.equal(callingCodeForZone('America/New_York'), '1');
  assert.equal(suggestTel('tel:0800-9009', '1'), undefined);
  assert.equal(callingCodeForZone('America/Sao_Paulo'), undefined);
  assert.equal(callingCodeForZone(undefined), undefined);
  assert.equal(suggestTel('tel:0032 2 123 45 67'), 'tel:+3221234567');
  assert.equal(suggestTel('tel:+31 (0)30'), undefined);
  assert.equal(suggestTel('tel:112'), undefined);
});

test('short numbers: emergency and Dutch government numbers have no international form, and are shown as people write them', async () => {
  const { isShortNumber, isEmergencyServiceNumber } = await import('../../dist/feed.js');
  const { formatTel } = await importTs('src/content/links.ts');
  for (const n of ['tel:112', 'tel:999', 'tel:911', 'tel:000', 'tel:1400', 'tel:14 038', 'tel:14020']) assert.equal(isShortNumber(n), true, n);
  for (const n of ['tel:9009', 'tel:1234', 'tel:14', 'tel:140', 'tel:+31112', 'tel:0800-9009']) assert.equal(isShortNumber(n), false, n);
  assert.equal(isEmergencyServiceNumber('tel:112'), true);
  assert.equal(isEmergencyServiceNumber('tel:14038'), false, 'a municipality is not the emergency services');
  assert.equal(formatTel('tel:14038'), '14 038');
  assert.equal(formatTel('tel:112'), '112');
  assert.equal(formatTel('tel:1400'), '1400');
  assert.equal(formatTel('tel:+318009009'), '+31 800 9009');
});

test('a Dutch reader gets a Dutch number as it is dialled at home; others, and Belgian Dutch, the international form', async () => {
  const { formatTel } = await importTs('src/content/links.ts');
  assert.equal(formatTel('tel:+318009009', 'nl'), '0800 9009');
  assert.equal(formatTel('tel:+31302345678', 'nl-NL'), '030 234 5678');
  assert.equal(formatTel('tel:+31612345678', 'nl'), '06 1234 5678');
  assert.equal(formatTel('tel:+31302345678', 'en'), '+31 30 234 5678');
  assert.equal(formatTel('tel:+31302345678', 'nl-BE'), '+31 30 234 5678', 'from Belgium the number needs +31');
  assert.match(formatTel('tel:+3225551234', 'nl'), /^\+32 /, 'a Belgian number stays international for a Dutch reader');
  assert.equal(formatTel('tel:14038', 'nl'), '14 038');
});

test('digitCountProblem: a Dutch or British number with a digit too few or too many', async () => {
  const { digitCountProblem } = await importTs('src/feed/dialling.ts');
  assert.equal(digitCountProblem('tel:+31531234567'), undefined, 'Enschede, 9 digits');
  assert.equal(digitCountProblem('tel:+31612345678'), undefined, 'a mobile');
  assert.equal(digitCountProblem('tel:+318009009'), undefined, '0800-9009');
  assert.equal(digitCountProblem('tel:+31 800 123 4567'), undefined, '0800 with 7 digits');
  // 0800 and 0900 numbers have 4 or 7 digits after the prefix, never 5 or 6.
  assert.deepEqual(digitCountProblem('tel:+3180003512'), { code: '31', got: 8, allowed: [7, 10], kind: '0800' });
  assert.deepEqual(digitCountProblem('tel:+31900123456'), { code: '31', got: 9, allowed: [7, 10], kind: '0900' });
  assert.deepEqual(digitCountProblem('tel:+3153123456'), { code: '31', got: 8, allowed: [9] });
  assert.deepEqual(digitCountProblem('tel:+315312345678'), { code: '31', got: 10, allowed: [9] });
  assert.equal(digitCountProblem('tel:+448001234567'), undefined, 'a British 0800, 10 digits');
  assert.deepEqual(digitCountProblem('tel:+4480012'), { code: '44', got: 5, allowed: [9, 10] });
  assert.equal(digitCountProblem('tel:+3312345'), undefined, 'other countries: not judged');
});
