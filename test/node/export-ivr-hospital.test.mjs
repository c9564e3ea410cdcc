// Trial Q, a hospital's computer failure (test/fixtures/export/hospital.json: its feed after the 06:32 update). The phone
// message said each emergency line's reason before its name, right after the number of the line before it: "… hang op en
// bel 0900 700 8000. alleen na verwijzing door huisarts, huisartsenpost of 112. Spoedeisende hulp: hang op en bel …"
// sounded as if the GP service was only for referred patients; "bij levensgevaar, zoals … Bij levensgevaar: bel 112.
// Hang daarvoor eerst op." said it twice. And at 06:35 the general line's message, the one patients call at 08:00 about
// their appointments, said three emergency lines and the patient records' failure since 01:30 (said at 02:14 too), and
// not that Tuesday's appointments were cancelled. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, FIXTURES, xmllint } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const hospital = () => JSON.parse(readFileSync(join(FIXTURES, 'hospital.json'), 'utf8'));
/** 06:35 and 08:05 in Arnhem: the general line closed, then open. */
const EARLY = Date.parse('2026-12-15T05:35:00Z');
const OPEN = Date.parse('2026-12-15T07:05:00Z');
/** The feed as it was at 02:20: the first update, nothing announced, the ambulances still going elsewhere. */
function night() {
  const f = hospital();
  const outage = f.incidents.find((i) => i.id.startsWith('outage'));
  const first = outage.updates[0];
  Object.assign(outage, { known: first.known, unknown: first.unknown, title: first.title, updated_at: first.at, next_update_at: '2026-12-15T03:00:00Z' });
  delete outage.updates;
  f.incidents = [outage];
  return f;
}
const NIGHT = Date.parse('2026-12-15T01:20:00Z');

test('each emergency line is one sentence: its name, when to call it, then "hang up and call" and its number', async () => {
  for (const [lang, lines] of [
    ['nl', ['Bij levensgevaar, zoals pijn op de borst, ernstige benauwdheid of bewusteloosheid: hang op en bel 112.', 'Huisartsenpost, avond, nacht, weekend: hang op en bel 0900 700 8000.', 'Spoedeisende hulp, alleen na verwijzing door huisarts, huisartsenpost of 112: hang op en bel 026 700 1111.']],
    // English: the bracket said as a pause, then a dash before the reason, not one more comma.
    ['en', ['When a life is in danger, such as chest pain, severe breathlessness or unconsciousness: hang up and call 112.', 'Out-of-hours GP service, evening, night, weekend: hang up and call 0900 700 8000.', 'Emergency department, A&E – only when referred by your GP, the out-of-hours GP service or 112: hang up and call 026 700 1111.']],
  ]) {
    const ivr = x.exportIvr(night(), { lang, now: NIGHT, channel: 'algemeen' });
    assert.ok(ivr.text.includes(lines.join(' ')), `${lang}: ${ivr.text}`);
    // "Bij levensgevaar" once: the reason says what the name said. No stilted "hang up first", no reason in lower case
    // after a number.
    assert.equal(ivr.text.match(/bij levensgevaar|life (is )?in danger/gi).length, 1, ivr.text);
    assert.doesNotMatch(ivr.text, /Hang daarvoor eerst op|Hang up this call first|\d\. (alleen|only|bij|when)\b/);
    assert.ok((await xmllint(ivr.ssml)).valid);
  }
});

test('06:35, the general line: the news of the day reaches callers; the emergency lines stay, their examples and Wednesday\'s announcement give way', async () => {
  const nl = x.exportIvr(hospital(), { lang: 'nl', now: EARLY, channel: 'algemeen' });
  assert.ok(nl.fits, `${nl.seconds}`);
  assert.ok(nl.text.includes('Alle afspraken op de poli van dinsdag 15 december gaan niet door. Wij bellen u voor een nieuwe afspraak.'), nl.text);
  for (const line of ['Bij levensgevaar: hang op en bel 112.', 'Huisartsenpost, avond, nacht, weekend: hang op en bel 0900 700 8000.', 'Spoedeisende hulp, alleen na verwijzing door huisarts, huisartsenpost of 112: hang op en bel 026 700 1111.'])
    assert.ok(nl.text.includes(line), `${line}\n${nl.text}`);
  assert.ok(nl.text.includes('Algemeen nummer: nu gesloten, weer open om 08:00.'), nl.text);
  // What made room, in the order it went: the announcement (not begun), the examples, the first sentence callers heard at 02:14.
  for (const key of ['also-generic-2026-12-15-0632', 'examples-alarm-112', 'summary']) assert.ok(nl.dropped.includes(key), nl.dropped.join());
  assert.ok(nl.dropped.indexOf('also-generic-2026-12-15-0632') < nl.dropped.indexOf('examples-alarm-112'), nl.dropped.join());
  // Said to the desk in words.
  const { droppedInWords } = await importTs('src/export/ivr-dropped.ts');
  const said = droppedInWords(nl.dropped, hospital(), 'nl', 'nl').join(', ');
  assert.match(said, /de voorbeelden bij noodlijn "Bij levensgevaar: bel 112"/);
  assert.match(said, /incident "Spoedeisende hulp neemt vanaf woensdag…"/);
  // No count of two incidents before one title.
  assert.doesNotMatch(nl.text, /Er zijn 2/);
  const en = x.exportIvr(hospital(), { lang: 'en', now: EARLY, channel: 'algemeen' });
  assert.ok(en.fits, `${en.seconds}`);
  assert.ok(en.text.includes('All outpatient appointments on Tuesday 15 December are cancelled.'), en.text);
  assert.ok(en.text.includes('When a life is in danger: hang up and call 112.'), en.text);
});

// The room the closed-line sentence leaves goes to the urgent action for Tuesday's patients, which outranks what we know
// (ivr-action-rank.ts): before, the news said the appointments were cancelled and the examples came back, but neither
// urgent action was said, so no caller heard "Kom niet naar het ziekenhuis".
test('08:05, the line open (no closed-line sentence): Tuesday\'s patients hear their urgent action, the emergency lines stay', () => {
  const nl = x.exportIvr(hospital(), { lang: 'nl', now: OPEN, channel: 'algemeen' });
  assert.ok(nl.fits, `${nl.seconds}`);
  assert.ok(nl.text.includes('Uw afspraak op de poli van dinsdag 15 december gaat niet door. Kom niet naar het ziekenhuis. Wij bellen u voor een nieuwe afspraak'), nl.text);
  assert.ok(nl.text.includes('Bij levensgevaar: hang op en bel 112.'), nl.text);
  assert.ok(!nl.dropped.includes('todo-outage-2026-12-15-0212-2'), nl.dropped.join());
});

test('an emergency line is never left out, whatever the room', () => {
  const f = hospital();
  f.incidents[1].title = { nl: `Storing computersysteem: ${'poli-afspraken dinsdag gaan niet door, '.repeat(6)}`, en: 'Computer system failure' };
  const ivr = x.exportIvr(f, { lang: 'nl', now: EARLY, channel: 'algemeen' });
  for (const n of ['112.', '0900 700 8000.', '026 700 1111.']) assert.ok(ivr.text.includes(`bel ${n}`), ivr.text);
});

test('a first sentence said again in other words is no news', async () => {
  const { newSincePrevious } = await importTs('src/export/known-news.ts');
  const outage = hospital().incidents[1];
  assert.deepEqual(newSincePrevious(outage, 'nl', ['Ons elektronisch patiëntendossier (EPD) werkt sinds 01:30 niet, na een mislukte update.', 'Wij bellen u voor een nieuwe afspraak.']), [false, true]);
});
