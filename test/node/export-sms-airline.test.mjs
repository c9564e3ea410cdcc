// Trial S, an airline (Noordzee Air) at 07:40: the Dutch SMS kept the cause and left out the act-now action and the next
// update; the English one kept a cut-off action ("Rebook free of charge in My..."). Dutch and English travellers got
// different facts. Now what to do comes before the cause, an action is never cut inside a clause (words of the title give
// way for it, else it is left out or the next one that fits is said), and every language carries the same parts
// (sms-plan.ts). The feed is the trial's own, with the bullet its desk pasted from Word. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, FIXTURES } from './export-kit.mjs';

const x = await exporters();
const airline = () => JSON.parse(readFileSync(join(FIXTURES, 'airline-0740.json'), 'utf8'));
const AT_0740 = Date.parse('2026-12-19T06:41:00Z');
const LINK = 'https://www.noordzee-air.example/status';

test('07:40: both languages say to rebook a cancelled flight, whole, before anything of the cause', () => {
  const want = {
    // Trial W: the phase ("Oorzaak gevonden:") is the first to give way, before words of the title (sms-phase.ts).
    nl: `Inchecken en boarden op Schiphol... Is uw vlucht geannuleerd? Boek gratis om via "Mijn boeking" - op onze website. ${LINK}`,
    en: `Check-in and boarding disrupted... Your flight is cancelled? Rebook free of charge in My booking on our website. ${LINK}`,
  };
  const made = ['nl', 'en'].map((lang) => x.exportSms(airline(), { lang, now: AT_0740 }));
  for (const sms of made) {
    assert.equal(sms.text, want[sms.lang]);
    // The pasted bullet ("• Is uw vlucht …") made the Dutch SMS UCS-2 (70 characters) and cost it its action.
    assert.equal(sms.encoding, 'gsm7');
    assert.ok(sms.fits, `${sms.characters}`);
    assert.doesNotMatch(sms.text, /oorzaak is gevonden|cause has been found/i);
  }
  // The same parts in both: the next update, the phase and the news left out, the title cut.
  assert.deepEqual(made[0].shortened, made[1].shortened);
  assert.deepEqual(made[1].shortened, ['next', 'title-shortened', 'phase', 'news']);
});

test('a language that cannot carry the action: no language says it, and both carry the same other parts', () => {
  const f = airline();
  // One long clause in Dutch: it fits no SMS beside the title, not even with the title cut to three words.
  f.incidents[0].actions[1].label.nl = 'Is uw vlucht geannuleerd? Boek dan gratis om via Mijn boeking op onze website of in onze app voor iOS en Android of bij de balie op het vliegveld.';
  const [nl, en] = ['nl', 'en'].map((lang) => x.exportSms(f, { lang, now: AT_0740 }));
  assert.doesNotMatch(nl.text, /geannuleerd\?/, nl.text);
  assert.doesNotMatch(en.text, /cancelled\?|Rebook/, en.text);
  assert.deepEqual(nl.shortened, en.shortened);
  assert.ok(nl.shortened.includes('action'), nl.shortened.join());
  // Never cut inside a clause: no "..." right after the action's words.
  for (const sms of [nl, en]) assert.doesNotMatch(sms.text, /(Boek|Rebook)[^.]*\.\.\. https/);
});
