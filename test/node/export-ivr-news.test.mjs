// Trial L (a mobile operator's nationwide outage): the phone message for update 2 left out "Onze technici vervangen die
// nu", and the studio's preview of update 3 left out its only new fact, while every update said the 112 action word for
// word, "Uw mobiel probeert daarvoor al elk netwerk dat er is" included. Now what is new since the previous update (the
// incident's history) is kept longest of what may go, after the lead's urgent action page; the first urgent action keeps
// its question, what to do and its emergency line, and its later sentences may go. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { mobileOutage, NOW } from './mobile-outage-kit.mjs';

const x = await exporters();
const REST = 'todo-mobiel-2026-12-06-rest';

// Since trial T the greeting and the thanks go before any part of an urgent action (ivr-courtesy.ts): update 3 now has room
// for the 112 action's later sentence once "Welkom bij Belnet." and "Fijn dat u wacht." are left out; update 2 has not.
test("update 3's only new fact is said; the greeting and the thanks go before the 112 action's later sentence", () => {
  for (const [lang, fact, call, tail] of [
    ['nl', 'Onze technici hebben de defecte server vervangen en starten het netwerk nu stap voor stap op.', 'Lukt 112 niet met uw mobiel? Bel 112 met een vaste telefoon of de telefoon van iemand anders.', 'Uw mobiel probeert daarvoor'],
    ['en', 'Our engineers have replaced the faulty server and are now restarting the network step by step.', "112 not working on your mobile? Call 112 from a landline or someone else's phone.", null],
  ]) {
    const ivr = x.exportIvr(mobileOutage(3), { lang, now: NOW });
    assert.ok(ivr.fits, `${ivr.seconds}`);
    assert.ok(ivr.text.includes(fact), `${lang}: the new fact: ${ivr.text}`);
    assert.ok(!ivr.dropped.includes('known-2'), `${lang}: ${ivr.dropped}`);
    assert.ok(ivr.text.includes(call), `${lang}: what to do about 112 stays whole: ${ivr.text}`);
    assert.match(ivr.text, /(hang op en bel|hang up and call) 112\./, `${lang}: the emergency line stays`);
    if (tail) assert.ok(ivr.text.includes(tail) && ['hello', 'thanks'].every((k) => ivr.dropped.includes(k)), `${lang}: ${ivr.dropped}`);
  }
});

test('update 2 says that the engineers are replacing the server', () => {
  const nl = x.exportIvr(mobileOutage(2), { lang: 'nl', now: NOW });
  assert.ok(nl.text.includes('De oorzaak is gevonden: een defect in een centrale server van ons netwerk. Onze technici vervangen die nu.'), nl.text);
  const en = x.exportIvr(mobileOutage(2), { lang: 'en', now: NOW });
  assert.ok(en.text.includes('Our engineers are replacing it now. Calling 112 works through another network. Home internet over Wi-Fi works as usual.'), en.text);
});

test('a first update (no history): its later urgent action still outranks what we know', () => {
  const nl = x.exportIvr(mobileOutage(1), { lang: 'nl', now: NOW });
  assert.ok(nl.text.includes('Werkt uw personenalarmering met een simkaart?'), nl.text);
  assert.ok(nl.dropped.includes('known-2'), `${nl.dropped}`);
});

test('lint --for ivr names the urgent action\'s later sentences left out in words', () => {
  const found = x.lintChannels(mobileOutage(2), ['ivr'], { now: NOW, lang: 'nl' }).filter((f) => f.rule === 'ivr-shortened');
  const nl = found.find((f) => f.path.endsWith('/nl'));
  assert.ok(nl, found.map((f) => f.message).join('\n'));
  assert.match(nl.message, /de laatste zinnen van dringende actie 1 \("Lukt 112 niet met uw mobiel\? Bel 112…"\)/);
  assert.doesNotMatch(nl.message, /todo-/);
});
