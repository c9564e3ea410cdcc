// Trial L (a mobile operator's nationwide outage): the phone message for update 2 left out "Onze technici vervangen die
// nu", and the studio's preview of update 3 left out its only new fact, while every update said the 112 action word for
// word, "Uw mobiel probeert daarvoor al elk netwerk dat er is" included. Now what is new since the previous update (the
// incident's history) is kept longest of what may go, after the lead's urgent actions (ivr-action-rank.ts); the first urgent action keeps
// its question, what to do and its emergency line, and its later sentences may go. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { mobileOutage, NOW } from './mobile-outage-kit.mjs';

const x = await exporters();
const REST = 'todo-mobiel-2026-12-06-rest';

// Every urgent action of the lead outranks what we know, the news too (ivr-action-rank.ts): update 2 and 3 left out the
// telecare action ("Werkt uw personenalarmering met een simkaart? …"), heard before, for the news; now the news gives way
// to it when both do not fit. The 112 action's later sentence, heard every time, still does not come back in the seconds
// the news left (trial L).
test("update 3: the telecare action is said before the only new fact; the 112 action's later sentence does not take the news' place", () => {
  for (const [lang, fact, call, alarm, tail] of [
    ['nl', 'Onze technici hebben de defecte server vervangen', 'Lukt 112 niet met uw mobiel? Bel 112 met een vaste telefoon of de telefoon van iemand anders.', 'Werkt uw personenalarmering met een simkaart?', 'Uw mobiel probeert daarvoor'],
    ['en', 'Our engineers have replaced the faulty server', "112 not working on your mobile? Call 112 from a landline or someone else's phone.", 'If your personal alarm uses a SIM card, it may not work now', 'Your mobile already tries every network'],
  ]) {
    const ivr = x.exportIvr(mobileOutage(3), { lang, now: NOW });
    assert.ok(ivr.fits, `${ivr.seconds}`);
    assert.ok(ivr.text.includes(call), `${lang}: what to do about 112 stays whole: ${ivr.text}`);
    assert.ok(ivr.text.includes(alarm), `${lang}: the telecare action: ${ivr.text}`);
    assert.match(ivr.text, /(hang op en bel|hang up and call) 112\./, `${lang}: the emergency line stays`);
    assert.ok(!ivr.text.includes(fact) && ivr.dropped.includes('known-2'), `${lang}: ${ivr.dropped}`);
    assert.ok(!ivr.text.includes(tail), `${lang}: ${ivr.text}`);
    assert.deepEqual(ivr.dropped.filter((k) => k.startsWith('todo-') && !k.endsWith('-rest')), [], `${lang}: ${ivr.dropped}`);
  }
});

test('update 2 says the telecare action; the news of the replaced server gives way to it', () => {
  const nl = x.exportIvr(mobileOutage(2), { lang: 'nl', now: NOW });
  assert.ok(nl.text.includes('Werkt uw personenalarmering met een simkaart? Dan werkt die nu misschien niet'), nl.text);
  assert.ok(!nl.text.includes('Uw mobiel probeert daarvoor'), nl.text);
  const en = x.exportIvr(mobileOutage(2), { lang: 'en', now: NOW });
  assert.ok(en.text.includes('If your personal alarm uses a SIM card, it may not work now'), en.text);
  assert.ok(en.dropped.includes('known-2'), en.dropped.join());
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
