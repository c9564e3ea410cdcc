// A bus company's desk (trial, 2026-12-05) read in the studio "Beloofd: 11:00 (over 4 uur)" right above the refusal "de
// volgende update komt pas over 4 uur en 2 minuten". The studio says a promise an hour or more ahead to the minute, as
// the 4-hour rule does; sooner ones and whole hours as before.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { describeTime } = await importTs('src/components/editor/next-time.ts');
const NOW = Date.parse('2026-12-08T05:58:00Z'); // 06:58 in Amsterdam
const at = (minutes) => NOW + minutes * 60_000;

test('a promise over an hour ahead is said to the minute, in Dutch and English', () => {
  assert.equal(describeTime(at(242), NOW, 'Europe/Amsterdam', 'nl'), '11:00 (over 4 uur en 2 minuten)');
  assert.equal(describeTime(at(242), NOW, 'Europe/Amsterdam', 'en'), '11:00 (in 4 hours 2 minutes)');
  assert.equal(describeTime(at(61), NOW, 'Europe/Amsterdam', 'nl'), '07:59 (over 1 uur en 1 minuut)');
  assert.equal(describeTime(at(61), NOW, 'Europe/London', 'en'), '06:59 (in 1 hour 1 minute)');
});

test('whole hours and promises within the hour as before', () => {
  assert.equal(describeTime(at(240), NOW, 'Europe/Amsterdam', 'nl'), '10:58 (over 4 uur)');
  assert.equal(describeTime(at(30), NOW, 'Europe/Amsterdam', 'nl'), '07:28 (over 30 minuten)');
  assert.equal(describeTime(at(-120), NOW, 'Europe/Amsterdam', 'en'), '04:58 (2 hours ago)');
});
