// From a municipality's service desk in the studio (a burst water main at night, a sports hall as a
// temporary line): its own 14 038 was shown back in the Link field as "14038" (readers see "14 038"),
// a new channel's name said "bijv. Klantenservice" where a municipality has residents, and the sports
// hall's line typed as the municipality's own 14 038 passed without a word (readers calling "the
// sports hall" at night reached a line closed until morning).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { channelLink, deskLink, newChannel } = await importTs('src/feed/channel-edit.ts');
const { lintDocument } = await importTs('src/lint/index.ts');
const { readWhen } = await importTs('src/feed/times.ts');
const { readStart } = await importTs('src/feed/start.ts');

test("a Dutch municipality's 14 + area code is shown as it is written, 14 038, and stays tel:14038", () => {
  for (const typed of ['14 038', '14038']) {
    const href = channelLink(typed, '31');
    assert.equal(href, 'tel:14038');
    assert.equal(deskLink(href, '31'), '14 038');
  }
  assert.equal(deskLink('tel:140591', '31'), '14 0591');
  assert.equal(channelLink(deskLink('tel:140591', '31'), '31'), 'tel:140591');
  // Not a municipality's number: as before.
  assert.equal(deskLink('tel:1400', '31'), '1400');
  assert.equal(deskLink('tel:112', '31'), '112');
  // Outside the Netherlands it is no such number.
  assert.equal(deskLink('tel:14038', '44'), '14038');
});

test("a new channel's name guidance names no customers, in Dutch or English", () => {
  const c = newChannel('phone', [], ['nl', 'en']);
  assert.match(c.label.nl, /^\[\[TODO: /);
  assert.match(c.label.en, /^\[\[TODO: /);
  assert.doesNotMatch(JSON.stringify(c.label), /klant|customer|client/i);
  assert.doesNotMatch(newChannel('phone', [], ['']).label, /klant|customer|client/i);
});

test("a channel with another channel's number is named at its link, as the desk typed it", () => {
  const now = Date.parse('2026-12-03T01:10:00Z');
  const feed = {
    type: 'status', version: 1, feed_id: 'gemeente', publisher: { name: 'Gemeente Voorbeeld', url: 'https://gemeente.example' }, time_zone: 'Europe/Amsterdam',
    channels: [
      { id: 'phone', kind: 'phone', label: { nl: 'Gemeente Voorbeeld' }, href: 'tel:14038', hours: { nl: 'ma-vr 8.00-17.00 uur' } },
      { id: 'web', kind: 'web', label: { nl: 'Contactformulier' }, href: 'https://gemeente.example/contact' },
      { id: 'phone-2', kind: 'phone', label: { nl: 'Opvang sporthal De Hoek' }, href: 'tel:14038' },
    ],
    incidents: [],
  };
  const twice = (options) => lintDocument(feed, { now, ...options }).filter((f) => f.rule === 'channel-link-twice');
  const [desk] = twice({ lang: 'nl', audience: 'desk' });
  assert.equal(desk.severity, 'warning');
  assert.equal(desk.path, 'channels/2/href');
  assert.equal(desk.message, '‘Opvang sporthal De Hoek’ heeft hetzelfde nummer als ‘Gemeente Voorbeeld’ (14 038): lezers krijgen twee namen voor één nummer');
  assert.match(desk.fix, /^Heeft ‘Opvang sporthal De Hoek’ een eigen nummer, zoals een tijdelijke lijn\?/);
  assert.match(twice({})[0].message, /\(14 038\)/, 'clearline lint names the number as the desk dials it too, not tel:14038');
  // Its own number: nothing to say.
  feed.channels[2].href = 'tel:+31612345678';
  assert.deepEqual(twice({ lang: 'nl', audience: 'desk' }), []);
});

test('a clock time as a Dutch desk writes it: 3.15 uur, 8 uur; a start 1.45 uur or -20 minuten', () => {
  const now = Date.parse('2026-12-03T01:10:00Z'); // 02:10 in Amsterdam
  const timeZone = 'Europe/Amsterdam';
  const at = (input) => readWhen(input, { now, timeZone });
  for (const typed of ['3.15 uur', '03:15 uur', '3.15uur', '3u15', '03:15']) assert.equal(at(typed).iso, '2026-12-03T02:15:00Z', typed);
  assert.equal(at('8 uur').iso, '2026-12-03T07:00:00Z');
  assert.equal(at('+2 uren').iso, '2026-12-03T03:10:00Z');
  assert.equal(at('1.30 uur').code, 'passed', 'a time that has passed is still said as passed');
  // An hour alone is that hour (bare-hour.test.mjs); an hour beyond the day is refused as before.
  assert.equal(at('3').iso, '2026-12-03T02:00:00Z');
  assert.equal(at('25 uur').ok, false);
  const start = (input) => readStart(input, { now, timeZone });
  assert.equal(start('1.45 uur').iso, '2026-12-03T00:45:00Z');
  assert.equal(start('-20 minuten').iso, '2026-12-03T00:50:00Z');
  assert.equal(start('-1 uur').iso, '2026-12-03T00:10:00Z');
});

// A storm night's desk typed "07.00" at 08:05, read "07:00 is al voorbij; bedoelt u morgen om 7:00?" and typed
// those words back: "“morgen om 7:00” is geen tijd".
test('a next update typed as the studio suggests it: morgen om 7:00, morgen 07.00 uur, tomorrow at 7am', () => {
  const now = Date.parse('2026-12-03T07:05:00Z'); // 08:05 in Amsterdam
  const timeZone = 'Europe/Amsterdam';
  const at = (input) => readWhen(input, { now, timeZone });
  const passed = at('07.00');
  assert.equal(passed.code, 'passed');
  for (const typed of ['morgen om 7:00', 'morgen 07.00 uur', 'Morgen om 7u', 'tomorrow at 7am', 'tomorrow 07:00']) {
    assert.equal(at(typed).iso, '2026-12-04T06:00:00Z', typed);
    assert.equal(at(typed).ms, passed.suggestion, typed);
  }
  // Tomorrow even when the clock time has not passed today; a time beyond the day is still refused.
  assert.equal(at('morgen om 23:30').iso, '2026-12-04T22:30:00Z');
  assert.equal(at('morgen om 25:00').ok, false);
  assert.equal(at('morgenochtend').ok, false);
});

test('the all-clear says who can keep a quiet feed signed, in words for a desk without a terminal', async () => {
  const { EDITOR_TERMS } = await importTs('src/components/editor/terms.ts');
  const nl = EDITOR_TERMS.nl.signed('8:35:06', '9:35', true);
  assert.match(nl, /vraag wie de studio heeft ingericht/);
  assert.doesNotMatch(nl, /clearline|heartbeat/);
  assert.doesNotMatch(EDITOR_TERMS.en.signed('8:35:06', '9:35', true), /clearline|heartbeat/);
});
