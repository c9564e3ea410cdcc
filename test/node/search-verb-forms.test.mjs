// "ik ruik gas" found an entry about gas smell by "gas" alone when the FAQ said "Gas geroken?": the Snowball stemmer keeps
// ruik, ruikt, geroken apart (a strong verb changes its vowel), "ik ruik" is a word the query expansion did not read as a
// verb's root, and "log ... in" (the particle typed apart, a stop word) found nothing where the FAQ said "inloggen".
// src/search/dutch-forms.ts: the word typed as a root, a few strong participles, the particle read with the verb.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { buildIndex, termProcessor } = await importTs('src/search/index.ts');
const { verbForms } = await importTs('src/search/dutch-forms.ts');

const GAS = [
  { id: 'smell', question: 'Gas geroken? Wat moet ik doen?', answer: 'Ga direct naar buiten en bel 0800 9009.' },
  { id: 'none', question: 'Geen gas', answer: 'Kijk op de storingskaart.' },
  { id: 'back', question: 'Gas weer aan', answer: 'Een monteur zet het gas weer aan.' },
  { id: 'meter', question: 'De gasmeter opnemen', answer: 'Geef uw meterstand door in de app.' },
];

test('"ik ruik gas" and "ruikt naar gas" find the answer that says "Gas geroken?" first', () => {
  const faq = buildIndex(GAS, 'nl');
  for (const q of ['ik ruik gas', 'ruikt naar gas', 'het ruikt hier naar gas ']) {
    const o = faq.search(q);
    assert.equal(o.hits[0]?.id, 'smell', q);
    assert.equal(o.confident, true, q);
  }
  // And the other way round: the FAQ says "Ik ruik gas", the reader "gas geroken".
  const other = buildIndex([{ id: 'smell', question: 'Ik ruik gas. Wat moet ik doen?', answer: 'Ga direct naar buiten en bel 0800 9009.' }, ...GAS.slice(1)], 'nl');
  assert.equal(other.search('ik heb gas geroken').hits[0]?.id, 'smell');
});

test('a desk FAQ: "log in" finds "inloggen", "sluit ... af" finds "afgesloten"; storing(en) and the password answer as before', () => {
  const desk = buildIndex([
    { id: 'pw', question: 'Ik ben mijn wachtwoord vergeten', answer: 'Kies op het inlogscherm "Wachtwoord vergeten". U krijgt een e-mail met een link om een nieuw wachtwoord te kiezen.' },
    { id: 'login', question: 'Ik kan niet inloggen', answer: 'Controleer uw e-mailadres. Na vijf pogingen wordt uw account 15 minuten geblokkeerd.' },
    { id: 'outage', question: 'Is er een storing?', answer: 'Op de statuspagina ziet u de actuele storingen en onderhoud.' },
    { id: 'mail', question: 'Hoe wijzig ik mijn e-mailadres?', answer: 'Ga naar Mijn gegevens en kies Wijzigen.' },
    { id: 'off', question: 'Wanneer wordt mijn account afgesloten?', answer: 'Na twee jaar zonder gebruik.' },
  ], 'nl');
  for (const q of ['log in', 'hoe log ik in?', 'inloggen', 'ingelogd ']) assert.equal(desk.search(q).hits[0]?.id, 'login', q);
  assert.equal(desk.search('log in').confident, true);
  for (const q of ['storing', 'storingen ']) assert.equal(desk.search(q).hits[0]?.id, 'outage', q);
  for (const q of ['ik kan mijn wachtwoord niet resetten', 'wachtwoord vergeten']) assert.equal(desk.search(q).hits[0]?.id, 'pw', q);
  const o = desk.search('wie sluit mijn account af');
  assert.equal(o.hits[0]?.id, 'off');
  assert.equal(o.confident, true);
});

test('the forms of a verb: the word as a root, strong participles, separable verbs', () => {
  const nl = termProcessor('nl');
  const stems = (w, bare) => new Set(verbForms(w, bare).map(nl));
  for (const f of ['ruikt', 'geroken']) assert.ok(stems('ruik', true).has(nl(f)), f);
  // A strong verb's root counts as a root even where the FAQ has the word as typed (bare: false).
  assert.ok(stems('ruik', false).has(nl('geroken')));
  assert.ok(stems('geroken').has(nl('ruikt')) && stems('geroken').has(nl('ruiken')));
  assert.ok(stems('afgesloten').has(nl('afsluiten')));
  assert.ok(stems('afsluiten').has(nl('afgesloten')));
  assert.ok(stems('inlog', true).has(nl('inloggen')) && stems('inlog', true).has(nl('ingelogd')));
  assert.ok(stems('bel', true).has(nl('gebeld')));
  // A word the FAQ has is not read as a root: "gas" is no form of "gast" (guest).
  assert.deepEqual(verbForms('gas'), []);
  const faq = buildIndex([{ id: 'gas', question: 'Geen gas', answer: 'Kijk op de kaart.' }, { id: 'guest', question: 'Mogen gasten parkeren?', answer: 'Ja.' }], 'nl');
  assert.deepEqual(faq.search('gas ').hits.map((h) => h.id), ['gas']);
});

test('English: smell, smells, smelled, smelling are one stem (no change needed)', () => {
  const en = termProcessor('en');
  assert.deepEqual(['smell', 'smells', 'smelled', 'smelling'].map(en), ['smell', 'smell', 'smell', 'smell']);
  const faq = buildIndex([{ id: 'smell', question: 'I smell gas. What should I do?', answer: 'Go outside.' }, { id: 'none', question: 'No gas', answer: 'See the map.' }], 'en');
  assert.equal(faq.search('smelling gas').hits[0]?.id, 'smell');
});
