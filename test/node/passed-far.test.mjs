// A next update typed as a clock time that has passed, when tomorrow at that time is more than lint's
// 4 hours away (next-update-too-far). A storm desk typing --next-update 07:00 at 08:05 was told "did you
// mean tomorrow at 07:00? then give the date too", typed that, and was refused again by lint, at 2 a.m.
// The CLI now does as the studio does (editor/form.ts PASSED_FAR): it does not offer tomorrow, and says
// what to type instead, within 4 hours. Fixed clocks only. The CLI runs use dist/ (npm run build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { importTs } from './ts-import.mjs';
import { feed, runAt } from './desk-kit.mjs';

const AMS = 'Europe/Amsterdam';
const at = (s) => Date.parse(s);
const { nextUpdateOption } = await importTs('src/cli/when.ts');
const { readWhen } = await importTs('src/feed/times.ts');
const { CLARITY_LIMITS } = await importTs('src/lint/index.ts');
const doc = { time_zone: AMS };
/** The refusal of `typed` at `now` in English and Dutch. */
const refused = (typed, now) =>
  ['en', 'nl'].map((lang) => {
    try {
      nextUpdateOption(typed, doc, now, lang);
    } catch (e) {
      return e.message;
    }
    return `${typed} was accepted`;
  });
/** What is offered instead is within lint's limit when typed back. */
const withinLimit = (typed, now) => {
  const r = readWhen(typed, { now, timeZone: AMS });
  assert.ok(r.ok, `${typed}: ${r.message}`);
  assert.ok(r.ms - now <= CLARITY_LIMITS.nextUpdateMs, `${typed} is within lint's limit`);
};

test('08:05, --next-update 07:00: tomorrow at 07:00 (almost 23 hours away) is not offered; +15m, +30m, +1h or a clock time up to 12:05 is', () => {
  const now = at('2026-12-03T08:05:00+01:00');
  assert.deepEqual(refused('07:00', now), [
    '--next-update 07:00: 07:00 has passed, and tomorrow at 07:00 is more than 4 hours away; promise the next update within 4 hours: type +15m, +30m, +1h or a clock time up to 12:05',
    '--next-update 07:00: 07:00 is al voorbij, en morgen om 07:00 is meer dan 4 uur vooruit; beloof de volgende update binnen 4 uur: typ +15m, +30m, +1u of een kloktijd tot 12:05',
  ]);
  for (const typed of ['+15m', '+30m', '+1h', '+1u', '12:05']) withinLimit(typed, now);
  // The same for a passed date and time: its next 07:00 is tomorrow's.
  assert.deepEqual(refused('2026-12-03T07:00', now), [
    '--next-update 2026-12-03T07:00: 2026-12-03T07:00 has passed; promise the next update within 4 hours: type +15m, +30m, +1h or a clock time up to 12:05',
    '--next-update 2026-12-03T07:00: 2026-12-03T07:00 is al voorbij; beloof de volgende update binnen 4 uur: typ +15m, +30m, +1u of een kloktijd tot 12:05',
  ]);
});

test('23:30, --next-update 23:00 (tomorrow is 23½ hours away): no tomorrow, and no clock time, as one after midnight reads as today', () => {
  const now = at('2026-12-03T23:30:00+01:00');
  assert.deepEqual(refused('23:00', now), [
    '--next-update 23:00: 23:00 has passed, and tomorrow at 23:00 is more than 4 hours away; promise the next update within 4 hours: type +15m, +30m or +1h',
    '--next-update 23:00: 23:00 is al voorbij, en morgen om 23:00 is meer dan 4 uur vooruit; beloof de volgende update binnen 4 uur: typ +15m, +30m of +1u',
  ]);
  // "03:00" at 23:30 is this morning's, passed: that is why no clock time is offered here.
  assert.equal(readWhen('03:00', { now, timeZone: AMS }).ok, false);
});

test('01:00, --next-update 00:30: tomorrow at 00:30 is not offered; a clock time up to 05:00 is', () => {
  const now = at('2026-12-03T01:00:00+01:00');
  assert.deepEqual(refused('00:30', now), [
    '--next-update 00:30: 00:30 has passed, and tomorrow at 00:30 is more than 4 hours away; promise the next update within 4 hours: type +15m, +30m, +1h or a clock time up to 05:00',
    '--next-update 00:30: 00:30 is al voorbij, en morgen om 00:30 is meer dan 4 uur vooruit; beloof de volgende update binnen 4 uur: typ +15m, +30m, +1u of een kloktijd tot 05:00',
  ]);
  withinLimit('05:00', now);
});

test("tomorrow's time is still offered when it is within lint's 4 hours (late evening, a time just after midnight); one minute more, it is not", () => {
  // 20:00, 00:00: tomorrow at 00:00 is exactly 4 hours away, which lint allows.
  const eight = at('2026-12-03T20:00:00+01:00');
  assert.deepEqual(refused('00:00', eight), [
    '--next-update 00:00: 00:00 has passed; did you mean tomorrow at 00:00? then give the date too: "2026-12-04 00:00", or type +240m',
    '--next-update 00:00: 00:00 is al voorbij; bedoelt u morgen om 00:00? Geef dan ook de datum: "2026-12-04 00:00", of typ +240m',
  ]);
  withinLimit('2026-12-04 00:00', eight);
  const before = at('2026-12-03T19:59:00+01:00');
  assert.deepEqual(refused('00:00', before), [
    '--next-update 00:00: 00:00 has passed, and tomorrow at 00:00 is more than 4 hours away; promise the next update within 4 hours: type +15m, +30m, +1h or a clock time up to 23:59',
    '--next-update 00:00: 00:00 is al voorbij, en morgen om 00:00 is meer dan 4 uur vooruit; beloof de volgende update binnen 4 uur: typ +15m, +30m, +1u of een kloktijd tot 23:59',
  ]);
});

test('18:30, --next-update "7 uur": the evening\'s 19:00 is asked about (within 4 hours); with AM typed, it is not', () => {
  const now = at('2026-12-03T18:30:00+01:00');
  assert.deepEqual(refused('7 uur', now), [
    '--next-update 7 uur: 07:00 has passed, and tomorrow at 07:00 is more than 4 hours away; did you mean 19:00? then type 19:00; else promise the next update within 4 hours: type +15m, +30m, +1h or a clock time up to 22:30',
    '--next-update 7 uur: 07:00 is al voorbij, en morgen om 07:00 is meer dan 4 uur vooruit; bedoelt u 19:00? Typ dan 19:00; beloof anders de volgende update binnen 4 uur: typ +15m, +30m, +1u of een kloktijd tot 22:30',
  ]);
  withinLimit('19:00', now);
  assert.doesNotMatch(refused('7 AM', now)[0], /did you mean/);
  // 08:05, 07:00: this evening's 19:00 is more than 4 hours away, so not asked about (first test).
  // On a US clock the evening's time is said as its readers read it ("07:00" typed on the 24-hour clock: a bare "7:00" is
  // read as 7:00 PM, us-clock-half.test.mjs).
  const chicago = readWhen('07:00', { now: at('2026-12-03T18:30:00-06:00'), timeZone: 'America/Chicago' });
  assert.match(chicago.message, /^7:00 AM has passed, .*; did you mean 7:00 PM\? then type 7:00 PM; else promise the next update within 4 hours: type \+15m, \+30m, \+1h or a clock time up to 10:30 PM$/);
});

test('clearline update and new incident --next-update 07:00 at 08:05 through the CLI: no tomorrow, in the feed\'s language', () => {
  const nl = feed('nl,en');
  const en = feed('en');
  const now = at('2026-12-03T08:05:00+01:00');
  try {
    const dutch = runAt(now, nl, 'update', 'feed.json', '--incident', 'leiding', '--next-update', '07:00');
    assert.equal(dutch.status, 2);
    assert.equal(dutch.stderr, 'clearline update: --next-update 07:00: 07:00 is al voorbij, en morgen om 07:00 is meer dan 4 uur vooruit; beloof de volgende update binnen 4 uur: typ +15m, +30m, +1u of een kloktijd tot 12:05\n');
    const english = runAt(now, en, 'new', 'incident', '--template', 'water', '--id', 'second', '--next-update', '07:00');
    assert.equal(english.status, 2);
    assert.equal(english.stderr, 'clearline new incident: --next-update 07:00: 07:00 has passed, and tomorrow at 07:00 is more than 4 hours away; promise the next update within 4 hours: type +15m, +30m, +1h or a clock time up to 12:05\n');
  } finally {
    rmSync(nl, { recursive: true, force: true });
    rmSync(en, { recursive: true, force: true });
  }
});
