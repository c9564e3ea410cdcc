// A US desk typed the next update as "4:00 AM CST" and was told it is not a time; a Dutch desk working from an incident
// log in UTC typed "14:00 UTC" and got the same. A time-zone abbreviation at the end is read now (feed/zone-words.ts):
// the feed's own region is the feed's clock (desks write CST all year, GMT in a British summer), another region's is
// the same moment on the feed's clock, and an abbreviation that names three zones ("IST") is refused as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { readWhen, TYPED_SAID } = await importTs('src/feed/times.ts');
const { readStart } = await importTs('src/feed/start.ts');
const { zoneWord } = await importTs('src/feed/zone-words.ts');
const { nextUpdateOption } = await importTs('src/cli/when.ts');

/** The wall time on the feed's clock that `typed` reads as, typed at the wall time `now`; or the refusal. */
const shown = (r, timeZone) => (r.ok ? new Date(r.ms).toLocaleString('en-GB', { timeZone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : r.message);
const when = (typed, now, timeZone) => shown(readWhen(typed, { now: Date.parse(now), timeZone }), timeZone);
const start = (typed, now, timeZone) => shown(readStart(typed, { now: Date.parse(now), timeZone }), timeZone);

test('the feed\'s own abbreviation is its clock, however it is written', () => {
  const night = '2026-12-04T02:10:00-06:00';
  for (const typed of ['4:00 AM CST', '4am CT', '4:00 AM (CST)', '4:00 am cst', '04:00 CST', '4:00 AM CDT', 'by 4:00 AM CT']) assert.equal(when(typed, night, 'America/Chicago'), '4 Dec, 04:00', typed);
  // In summer Chicago is on CDT; "CST" still means Central time, not an hour off.
  assert.equal(when('4:00 PM CST', '2026-07-04T14:10:00-05:00', 'America/Chicago'), '4 Jul, 16:00');
  assert.equal(when('15:00 CET', '2026-12-04T14:10:00+01:00', 'Europe/Amsterdam'), '4 Dec, 15:00');
  assert.equal(when('16:00 uur CET', '2026-12-04T14:10:00+01:00', 'Europe/Brussels'), '4 Dec, 16:00');
  assert.equal(when('15:00 GMT', '2026-07-04T14:10:00+01:00', 'Europe/London'), '4 Jul, 15:00');
  // Phoenix keeps MST all year while Denver's Mountain time goes to MDT.
  assert.equal(when('3:00 PM MST', '2026-07-04T14:10:00-07:00', 'America/Phoenix'), '4 Jul, 15:00');
});

test('another region\'s abbreviation is the same moment on the feed\'s clock', () => {
  const afternoon = '2026-12-04T14:10:00-05:00';
  assert.equal(when('3:00 PM CT', afternoon, 'America/New_York'), '4 Dec, 16:00');
  assert.equal(when('21:00 UTC', afternoon, 'America/New_York'), '4 Dec, 16:00');
  assert.equal(when('14:00 UTC', '2026-12-04T14:10:00+01:00', 'Europe/Amsterdam'), '4 Dec, 15:00');
  assert.equal(when('14:30 UTC', '2026-07-04T14:10:00+01:00', 'Europe/London'), '4 Jul, 15:30');
  // The desk's day, not UTC's: at 00:50 in Amsterdam (23:50 UTC) "00:30 UTC" is in 40 minutes.
  assert.equal(when('00:30 UTC', '2026-12-04T23:50:00Z', 'Europe/Amsterdam'), '5 Dec, 01:30');
  // A start: "9:30 PM ET" on Chicago time is 8:30 PM there.
  assert.equal(start('9:30 PM ET', '2026-12-04T22:10:00-06:00', 'America/Chicago'), '4 Dec, 20:30');
  assert.equal(start('01:00 UTC', '2026-12-04T02:10:00+01:00', 'Europe/Amsterdam'), '4 Dec, 02:00');
});

test('one that cannot be read so says the time on the feed\'s clock and why, in the desk\'s language', () => {
  const r = readWhen('12:00 UTC', { now: Date.parse('2026-12-04T14:10:00+01:00'), timeZone: 'Europe/Amsterdam' });
  assert.equal(r.form, 'typed');
  assert.equal(r.message, '"12:00 UTC" is 13:00 on this feed\'s clock (Europe/Amsterdam), and that has passed, and tomorrow at 13:00 is more than 4 hours away; promise the next update within 4 hours: type +15m, +30m, +1h or a clock time up to 18:10');
  assert.equal(TYPED_SAID.nl(r.facts), '"12:00 UTC" is 13:00 op de klok van deze feed (Europe/Amsterdam), en dat is al voorbij, en morgen om 13:00 is meer dan 4 uur vooruit; beloof de volgende update binnen 4 uur: typ +15m, +30m, +1u of een kloktijd tot 18:10');
  assert.equal(start('02:00 UTC', '2026-12-04T02:10:00+01:00', 'Europe/Amsterdam'), '"02:00 UTC" is 03:00 on this feed\'s clock (Europe/Amsterdam), and that is still to come; give the time the problem began on that clock');
  assert.equal(when('3:00 AM ET', '2026-12-04T02:10:00-06:00', 'America/Chicago'), '"3:00 AM ET" is 2:00 AM on this feed\'s clock (America/Chicago), and that has passed, and tomorrow at 2:00 AM is more than 4 hours away; promise the next update within 4 hours: type +15m, +30m, +1h or a clock time up to 6:10 AM');
  const feed = { time_zone: 'Europe/Amsterdam', incidents: [] };
  const now = Date.parse('2026-12-04T14:10:00+01:00');
  assert.throws(() => nextUpdateOption('12:00 UTC', feed, now, 'nl'), { message: /^--next-update 12:00 UTC: "12:00 UTC" is 13:00 op de klok van deze feed/ });
  assert.equal(nextUpdateOption('14:00 UTC', feed, now, 'nl').shown, '15:00');
});

test('words that only look like one stay as they were: "IST" names three zones, "et" and "met" are words', () => {
  for (const typed of ['4:00 IST', '14:30 et', '14:00 met', '3pm west']) assert.equal(zoneWord(typed), undefined, typed);
  assert.match(when('4:00 IST', '2026-12-04T02:10:00+01:00', 'Europe/Amsterdam'), /is not a time/);
  assert.deepEqual(zoneWord('4pm ET'), { text: '4pm', abbr: 'ET', region: 'America/New_York' });
});

// A trial as desks in eleven zones, on ordinary days and the nights clocks change, found these read an hour off, a passed
// time accepted, or a bare time read in the wrong half of the day; the moments another region's clock shows are found now.
const iso = (r) => (r.ok ? r.iso : r.message);
test('another region\'s time is the moment its clock shows it, the nights clocks change too', () => {
  const w = (typed, now, zone) => iso(readWhen(typed, { now: Date.parse(now), timeZone: zone }));
  const s = (typed, now, zone) => iso(readStart(typed, { now: Date.parse(now), timeZone: zone }));
  assert.equal(w('12:30 AM ET', '2026-03-29T02:50:00+01:00', 'Europe/London'), '2026-03-29T04:30:00Z'); // 05:30 BST
  assert.equal(w('01:30 UTC', '2026-10-25T00:10:00+01:00', 'Europe/London'), '2026-10-25T01:30:00Z');
  assert.equal(w('01:30 UTC', '2026-03-29T00:30:00Z', 'Europe/London'), '2026-03-29T01:30:00Z'); // 02:30 BST, not "does not exist"
  assert.equal(s('22:30 UTC', '2026-03-07T22:10:00-06:00', 'America/Chicago'), '2026-03-07T22:30:00Z'); // 4:30 PM
  assert.equal(s('20:00 UTC', '2026-10-31T22:10:00-05:00', 'America/Chicago'), '2026-10-31T20:00:00Z'); // 3:00 PM
  // Chicago, 1 November 01:10 CDT: 06:00 UTC was 10 minutes ago, not the 01:00 CST an hour on.
  assert.match(w('06:00 UTC', '2026-11-01T01:10:00-05:00', 'America/Chicago'), /^"06:00 UTC" is 1:00 AM on this feed's clock \(America\/Chicago\), and that has passed/);
  assert.equal(w('2:30 AM ET', '2026-11-01T00:10:00-05:00', 'America/Chicago'), '2026-11-01T07:30:00Z');
  assert.equal(w('1:30 AM ET', '2026-11-01T00:10:00-05:00', 'America/Chicago'), '2026-11-01T05:30:00Z'); // the first, in 20 minutes
  // Amsterdam 23:10: 23:30 UTC is 00:30, in 20 minutes, not "passed".
  assert.equal(w('23:30 UTC', '2026-12-04T23:10:00+01:00', 'Europe/Amsterdam'), '2026-12-04T23:30:00Z');
});

test('a bare time on a US or Canadian region\'s clock is the half of the day the feed\'s own reading would take', () => {
  assert.equal(iso(readStart('9:30 ET', { now: Date.parse('2026-12-04T22:10:00-06:00'), timeZone: 'America/Chicago' })), '2026-12-05T02:30:00Z'); // 8:30 PM
  assert.equal(iso(readWhen('1:00 ET', { now: Date.parse('2026-12-04T11:10:00-06:00'), timeZone: 'America/Chicago' })), '2026-12-04T18:00:00Z'); // 12:00 PM
  assert.equal(iso(readWhen('3:00 CT', { now: Date.parse('2026-12-04T14:10:00-05:00'), timeZone: 'America/Toronto' })), '2026-12-04T21:00:00Z'); // 4:00 PM
});

test('letters a desk uses for its own clock: Australia\'s EST, Arizona\'s MT, Ireland\'s IST; GMT elsewhere is UTC', () => {
  assert.equal(when('9:00 AM EST', '2026-12-04T06:10:00+11:00', 'Australia/Sydney'), '4 Dec, 09:00');
  assert.equal(when('4 PM MT', '2026-07-04T14:10:00-07:00', 'America/Phoenix'), '4 Jul, 16:00');
  assert.equal(when('15:00 IST', '2026-07-04T14:10:00+01:00', 'Europe/Dublin'), '4 Jul, 15:00');
  assert.equal(when('14:00 GMT', '2026-07-04T14:10:00+02:00', 'Europe/Amsterdam'), '4 Jul, 16:00');
  assert.equal(when('16u CET', '2026-12-04T14:10:00+01:00', 'Europe/Brussels'), '4 Dec, 16:00');
});

test('a date and time on another region\'s clock that has passed says so, not "typed without a time zone"', () => {
  const r = readWhen('2026-12-04 12:00 UTC', { now: Date.parse('2026-12-04T16:10:00+01:00'), timeZone: 'Europe/Amsterdam' });
  assert.equal(r.message, '"2026-12-04 12:00 UTC", read on UTC time, is not a time still ahead; type it on this feed\'s own clock (Europe/Amsterdam), without a time zone');
  assert.equal(TYPED_SAID.nl(r.facts), '"2026-12-04 12:00 UTC", gelezen in UTC-tijd, is geen tijd die nog komt; typ hem op de eigen klok van deze feed (Europe/Amsterdam), zonder tijdzone');
  assert.equal(when('2026-12-04 16:00 UTC', '2026-12-04T16:10:00+01:00', 'Europe/Amsterdam'), '4 Dec, 17:00');
});

// A second trial: a bare time's other half was taken 10 hours ahead, a start the other clock skips became the day
// before, and Brisbane's and Darwin's own letters were read on Sydney's and Adelaide's summer time.
test('no wrong readings from the second trial: the far other half, a skipped start, Brisbane and Darwin', () => {
  const w = (typed, now, zone) => iso(readWhen(typed, { now: Date.parse(now), timeZone: zone }));
  const s = (typed, now, zone) => iso(readStart(typed, { now: Date.parse(now), timeZone: zone }));
  assert.match(w('8:00 ET', '2026-12-04T09:00:00-06:00', 'America/Chicago'), /^"8:00 ET" is 7:00 AM on this feed's clock \(America\/Chicago\), and that has passed/);
  assert.match(w('9:00 CT', '2026-12-04T10:10:00-05:00', 'America/Toronto'), /and that has passed/);
  assert.match(w('3:00 ET', '2026-12-04T09:00:00Z', 'Europe/London'), /and that has passed/);
  assert.match(s('2:30 AM CT', '2026-03-08T05:10:00-04:00', 'America/New_York'), /^"2:30 AM CT", read on CT time, is not a time that has been/);
  assert.match(s('02:30 CET', '2026-03-29T04:10:00+01:00', 'Europe/London'), /^"02:30 CET", read on CET time, is not a time that has been/);
  assert.match(w('2:30 AM ET', '2026-03-08T00:10:00-06:00', 'America/Chicago'), /^"2:30 AM ET", read on ET time, is not a time still ahead/);
  assert.equal(when('9:00 AEST', '2026-12-04T08:10:00+10:00', 'Australia/Brisbane'), '4 Dec, 09:00');
  assert.equal(when('9:00 ACST', '2026-12-04T08:10:00+09:30', 'Australia/Darwin'), '4 Dec, 09:00');
});

// An IT supplier's notice says "next update 16:00 UTC+1"; a desk copies it. It was "not a time" (only letters were read).
test('an offset from UTC in whole hours is that fixed clock: "16:00 UTC+1", "3:00 PM GMT-5", "(UTC+01:00)"', () => {
  const winter = '2026-12-05T14:10:00+01:00';
  for (const typed of ['16:00 UTC+1', '16:00 GMT+1', '16:00 (UTC+01:00)', '16:00 UTC +1', '4pm utc+1', '16 UTC+1']) assert.equal(when(typed, winter, 'Europe/Amsterdam'), '5 Dec, 16:00', typed);
  // UTC+1 has no summer time: in July it is 17:00 on Amsterdam's clock.
  assert.equal(when('16:00 UTC+1', '2026-07-05T14:10:00+02:00', 'Europe/Amsterdam'), '5 Jul, 17:00');
  assert.equal(when('3:00 PM GMT-5', '2026-12-05T13:10:00-06:00', 'America/Chicago'), '5 Dec, 14:00');
  assert.equal(when('16:00 UTC−6', '2026-12-05T13:10:00-06:00', 'America/Chicago'), '5 Dec, 16:00');
  // GMT+1 is not a British desk's own GMT: a fixed clock an hour ahead of it.
  assert.equal(start('12:00 GMT+1', '2026-12-05T13:10:00Z', 'Europe/London'), '5 Dec, 11:00');
  // Passed there: said on the feed's clock, as for an abbreviation.
  assert.equal(when('16:00 UTC+1', '2026-12-05T13:10:00-06:00', 'America/Chicago'), '"16:00 UTC+1" is 9:00 AM on this feed\'s clock (America/Chicago), and that has passed, and tomorrow at 9:00 AM is more than 4 hours away; promise the next update within 4 hours: type +15m, +30m, +1h or a clock time up to 5:10 PM');
  // Not read, as before: an offset beyond the world's clocks, or with minutes no clock keeps all year.
  for (const typed of ['16:00 UTC+15', '16:00 UTC-3:30', '16:00 UTC+5:15']) assert.match(when(typed, winter, 'Europe/Amsterdam'), /is not a time/, typed);
});

// An Indian IT supplier's notice says "next update 19:30 IST (UTC+5:30)"; a desk copies "19:30 UTC+5:30". Offsets with
// minutes were "not a time"; each is read as a clock on that offset all year (India, Nepal, Myanmar, Afghanistan, Darwin).
test('an offset with minutes is that fixed clock too: "UTC+5:30", "GMT+05:45", "(UTC+09:30)"', () => {
  const winter = '2026-12-05T14:10:00+01:00';
  for (const typed of ['19:30 UTC+5:30', '19:30 GMT+05:30', '19:30 (UTC+05:30)', '7:30 PM UTC +5:30']) assert.equal(when(typed, winter, 'Europe/Amsterdam'), '5 Dec, 15:00', typed);
  assert.equal(when('20:45 UTC+5:45', winter, 'Europe/Amsterdam'), '5 Dec, 16:00');
  assert.equal(when('00:30 (UTC+09:30)', winter, 'Europe/Amsterdam'), '5 Dec, 16:00');
  // The same clock in July: Amsterdam is an hour further on, India is not.
  assert.equal(when('19:30 UTC+5:30', '2026-07-05T14:10:00+02:00', 'Europe/Amsterdam'), '5 Jul, 16:00');
  assert.equal(start('9:00 UTC+5:30', '2026-12-05T08:10:00Z', 'Europe/London'), '5 Dec, 03:30');
  assert.equal(when('18:00 UTC+5:30', winter, 'Europe/Amsterdam'), '"18:00 UTC+5:30" is 13:30 on this feed\'s clock (Europe/Amsterdam), and that has passed, and tomorrow at 13:30 is more than 4 hours away; promise the next update within 4 hours: type +15m, +30m, +1h or a clock time up to 18:10');
});

// A US desk copies "next update 4 PM Eastern" from a carrier's notice, or types "4pm et" in a hurry: "not a time".
test('a clock by its name, and US letters in small letters after am/pm: "4 PM Eastern", "9am Pacific Time", "4pm et"', () => {
  const chicago = '2026-12-05T13:10:00-06:00';
  for (const typed of ['4 PM Eastern', '4 PM Eastern Time', '4:00 pm eastern', '4 PM (Eastern)', '4pm et', '4 p.m. ET', '4 PM Eastern Standard Time']) assert.equal(when(typed, chicago, 'America/Chicago'), '5 Dec, 15:00', typed);
  assert.equal(when('2 PM Pacific Time', chicago, 'America/Chicago'), '5 Dec, 16:00');
  assert.equal(when('3pm central', chicago, 'America/Chicago'), '5 Dec, 15:00');
  assert.equal(when('1pm pt', chicago, 'America/Chicago'), '5 Dec, 15:00');
  assert.equal(start('11 AM Mountain', chicago, 'America/Chicago'), '5 Dec, 12:00');
  // Phoenix's Mountain time is its own clock, also in summer when Denver's is an hour on.
  assert.equal(when('4 PM Mountain', '2026-07-04T14:10:00-07:00', 'America/Phoenix'), '4 Jul, 16:00');
  // An Australian desk's Eastern is Sydney's clock; a European's Central European Time is CET.
  assert.equal(when('9:00 AM Eastern', '2026-12-04T06:10:00+11:00', 'Australia/Sydney'), '4 Dec, 09:00');
  assert.equal(when('14:00 Central European Time', '2026-12-05T12:10:00Z', 'Europe/London'), '5 Dec, 13:00');
  // Said back by its name when it cannot be used.
  assert.equal(when('1 PM Eastern', chicago, 'America/Chicago'), '"1 PM Eastern" is 12:00 PM on this feed\'s clock (America/Chicago), and that has passed, and tomorrow at 12:00 PM is more than 4 hours away; promise the next update within 4 hours: type +15m, +30m, +1h or a clock time up to 5:10 PM');
  // Still words, not zones: "et" and "pt" without am/pm, and a name that is no clock's.
  for (const typed of ['14:30 et', '16:00 pt', '3pm western', '3pm eastern europe']) assert.equal(zoneWord(typed, 'America/Chicago'), undefined, typed);
});

// A night desk in Amsterdam at 22:10 copies "next update 03:00 UTC" from a supplier: that is 04:00 tomorrow, almost 6
// hours away. It was told "is 04:00 on this feed's clock, and that has passed", as if this morning's 04:00 were meant;
// now it is told what the feed's own clock says of 04:00 typed then: tomorrow's is more than 4 hours away.
test('another clock\'s time whose coming one is tomorrow, more than 4 hours away, says so, as the feed\'s own clock does', () => {
  const night = { now: Date.parse('2026-12-05T22:10:00+01:00'), timeZone: 'Europe/Amsterdam' };
  const r = readWhen('03:00 UTC', night);
  assert.equal(r.message, '"03:00 UTC" is 04:00 on this feed\'s clock (Europe/Amsterdam), and that has passed, and tomorrow at 04:00 is more than 4 hours away; promise the next update within 4 hours: type +15m, +30m or +1h');
  assert.equal(TYPED_SAID.nl(r.facts), '"03:00 UTC" is 04:00 op de klok van deze feed (Europe/Amsterdam), en dat is al voorbij, en morgen om 04:00 is meer dan 4 uur vooruit; beloof de volgende update binnen 4 uur: typ +15m, +30m of +1u');
  // The same as 04:00 typed on the feed's own clock.
  assert.match(readWhen('04:00', night).message, /^04:00 has passed, and tomorrow at 04:00 is more than 4 hours away; promise the next update within 4 hours: type \+15m, \+30m or \+1h/);
  // Within 4 hours it is taken: "23:30 UTC" is 00:30.
  assert.equal(when('23:30 UTC', '2026-12-05T22:10:00+01:00', 'Europe/Amsterdam'), '6 Dec, 00:30');
});

// An IT supplier in Asia or Africa writes its own clock's letters ("14:00 JST", "07:00 SAST"); a desk in India or Israel
// writes IST for its own clock. Those were "not a time"; IST stays unread elsewhere (Irish, Indian or Israeli?).
test('clocks of Asia and Africa by their letters, and IST to a desk in India or Israel', () => {
  const early = '2026-12-05T05:10:00+01:00';
  assert.equal(when('14:00 JST', early, 'Europe/Amsterdam'), '5 Dec, 06:00');
  assert.equal(when('07:00 SAST', early, 'Europe/Amsterdam'), '5 Dec, 06:00');
  assert.equal(when('10:00 MSK', early, 'Europe/Amsterdam'), '5 Dec, 08:00');
  assert.equal(when('3:00 PM SGT', '2026-12-05T00:10:00-06:00', 'America/Chicago'), '5 Dec, 01:00');
  assert.equal(when('12:00 EAT', '2026-12-05T08:10:00Z', 'Europe/London'), '5 Dec, 09:00');
  assert.equal(when('15:00 IST', '2026-12-05T14:10:00+05:30', 'Asia/Kolkata'), '5 Dec, 15:00');
  assert.equal(when('3 PM IST', '2026-12-05T14:10:00+05:30', 'Asia/Kolkata'), '5 Dec, 15:00');
  assert.equal(when('15:00 IDT', '2026-07-05T14:10:00+03:00', 'Asia/Jerusalem'), '5 Jul, 15:00');
  assert.match(when('15:00 IST', early, 'Europe/Amsterdam'), /is not a time/);
  assert.equal(zoneWord('9:00 sgt', 'Europe/Amsterdam'), undefined, 'only in capitals');
});
