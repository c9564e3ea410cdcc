// open-and-closed (trial Z, a UK hospital trust's doctors' strike): "The hospital is closed during the strike." in what we
// know under the title "… A&E stays open"; nothing flagged it, and readers of that sentence alone stay away from A&E.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lintCleanFeed } from './lint-feed.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);
const NOW = Date.parse('2026-12-16T12:00:00Z');
const TITLE = "Doctors' strike Thursday 17 to Saturday 19 December: A&E stays open";

/** A one-language hospital feed: `known` (and more) in English, or in Dutch with lang 'nl'. */
function feed({ title = TITLE, known, actions, lang = 'en', emergency } = {}) {
  const f = lintCleanFeed(NOW);
  const one = (v) => (v === undefined ? v : { [lang]: v });
  Object.assign(f.incidents[0], { title: one(title), known: one(known), unknown: one(lang === 'en' ? 'How many staff join the strike.' : 'Hoeveel artsen meestaken.'), actions: actions?.map((label) => ({ label: one(label), urgent: true })) });
  f.publisher.name = 'Riverside Hospitals';
  for (const c of f.channels) Object.assign(c, { label: one(c.label[lang]), reason: c.reason && one(c.reason[lang]) });
  f.contact_reasons = f.contact_reasons.map((r) => ({ ...r, label: one(r.label[lang]) }));
  if (emergency) f.channels.push({ id: 'ae', kind: 'phone', label: one(emergency), href: 'tel:999', emergency: true });
  return f;
}
const found = (f, lang = 'en') => lintDocument(f, { now: NOW, lang }).filter((x) => x.rule === 'open-and-closed');

test('trial Z: "The hospital is closed during the strike." under "… A&E stays open" is named, with both sentences', () => {
  const [w, ...more] = found(feed({ known: 'Planned appointments go ahead where they can. The hospital is closed during the strike.' }));
  assert.equal(more.length, 0);
  assert.equal(w.severity, 'warning');
  assert.equal(w.path, 'incidents/0/known/en');
  assert.equal(w.message, '“The hospital is closed during the strike.” but the title says “A&E stays open”: people may stay away');
  assert.match(w.fix, /^Say what is closed and what stays open/);
});

test('the same in Dutch, with the subject after the verb, and "gaat dicht"; Dutch words for a Dutch desk', () => {
  const nl = { title: 'Staking artsen 17 tot 19 december: de Spoedeisende Hulp blijft open', lang: 'nl' };
  for (const known of ['Tijdens de staking is het ziekenhuis gesloten.', 'Het ziekenhuis gaat donderdag dicht.', 'Wij zijn tijdens de staking dicht.', 'Alles is dicht.']) {
    const [w] = found(feed({ ...nl, known }), 'nl');
    assert.ok(w, known);
    assert.equal(w.path, 'incidents/0/known/nl');
    assert.equal(w.message, `‘${known}’ maar de titel zegt ‘de Spoedeisende Hulp blijft open’: mensen blijven misschien weg`);
    assert.match(w.fix, /^Zeg wat er dicht is en wat open blijft/);
  }
});

test('"we", "everything", the publisher\'s name, or the same place open elsewhere: named; an emergency line that stays open counts too', () => {
  for (const known of ['We are closed on Thursday.', 'Everything is shut until Saturday.', 'Riverside Hospitals will be closed during the strike.', 'A&E is closed.', 'The hospital closes on Thursday.', 'We’re closed during the strike.']) {
    assert.equal(found(feed({ known })).length, 1, known);
  }
  const [w] = found(feed({ title: "Doctors' strike", known: 'The hospital is closed during the strike.', emergency: 'A&E stays open: call 999' }));
  assert.match(w.message, /the emergency line “A&E stays open: call 999” says “A&E stays open”/);
  // An action that keeps A&E open, and "the hospital is closed" in another action.
  const [a] = found(feed({ title: "Doctors' strike", known: 'Doctors strike from Thursday.', actions: ['The hospital is closed: stay home', 'Come to A&E if it is urgent: A&E stays open'] }));
  assert.equal(a.path, 'incidents/0/actions/0/label/en');
  assert.match(a.message, /an action says “A&E stays open”/);
});

test('left alone: both in one sentence, a part that closes, two incidents, other meanings of "closed", negations, another language', () => {
  const quiet = [
    // Precise, in one sentence (the closure and the opening side by side).
    { known: 'The call centre is closed at night; the emergency line stays open.' },
    { known: 'The hospital is closed to visitors; A&E stays open.' },
    // A part of the place closes while A&E stays open: exactly what readers need.
    { known: 'Outpatient clinics are closed during the strike.' },
    { known: 'The pharmacy closes at 17:00.' },
    { known: 'The hospital closes its outpatient clinics on Thursday.' },
    { known: 'Our offices are closed on Sunday. The phone line stays open.', title: "Doctors' strike" },
    // "closed" in other senses.
    { known: 'Our videos have closed captions. This incident is closed for the press.' },
    { known: 'This incident is closed.' },
    { known: 'The hospital is not closed during the strike.' },
    { known: 'Het ziekenhuis is niet dicht tijdens de staking.', title: 'Staking: de Spoedeisende Hulp blijft open', lang: 'nl' },
    { known: 'De polikliniek is dicht bij het station.', title: 'Staking: de Spoedeisende Hulp blijft open', lang: 'nl' },
    // Closed, but nothing says open.
    { title: "Doctors' strike", known: 'The hospital is closed during the strike.' },
  ];
  for (const q of quiet) assert.deepEqual(found(feed(q), q.lang), [], q.known);
  // The road in one incident, the shop in another.
  const two = feed({ title: 'Roadworks', known: 'The road is closed.' });
  two.incidents.push({ ...structuredClone(two.incidents[0]), id: 'shop', title: { en: 'Shop' }, known: { en: 'The shop stays open.' } });
  assert.deepEqual(found(two), []);
  // Closed in Dutch, open only in English: each language is read on its own.
  const mixed = lintCleanFeed(NOW);
  Object.assign(mixed.incidents[0], { title: { nl: 'Staking', en: 'Strike: A&E stays open' }, known: { nl: 'Het ziekenhuis is dicht.', en: 'Doctors strike from Thursday.' } });
  assert.deepEqual(found(mixed), []);
});
