// Trial X (a Dutch university, two open incidents): Dutch searches found less than English ones. "gaat mijn tentamen door"
// showed only the FAQ's general "Gaan mijn tentamens door?", not the open incident "Alle tentamens … gaan niet door" (the
// stemmer made "tentam" of "tentamen" but "tentamen" of "tentamens"), and "zijn mijn gegevens gestolen" had no results
// while the incident said "Of persoonsgegevens zijn gestolen" (a compound; English "personal data" is written apart).
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const engine = await importTs('src/search/index.ts');
const { incidentDoc } = await importTs('src/components/faq/incident-docs.ts');
const { dutchStem } = await importTs('src/search/dutch-stem.ts');

const FAQ = [
  { id: 'tentamens', question: { nl: 'Gaan mijn tentamens door?', en: 'Are my exams going ahead?' }, tags: ['tentamen', 'toets', 'exam'], answer: { nl: 'Bij een storing van de IT-systemen kunnen tentamens worden uitgesteld. Kijk op de statuspagina welke tentamens niet doorgaan.', en: 'During an IT outage, exams may be postponed. Check the status page for which exams are not going ahead.' } },
  { id: 'campus', question: { nl: 'Is de campus open?', en: 'Is the campus open?' }, tags: ['campus', 'gebouw', 'building'], answer: { nl: 'De gebouwen zijn open, tenzij de statuspagina anders zegt.', en: 'The buildings are open unless the status page says otherwise.' } },
  { id: 'wachtwoord', question: { nl: 'Ik heb mijn wachtwoord ingevuld in een verdachte e-mail. Wat nu?', en: 'I entered my password in a suspicious e-mail. What now?' }, tags: ['wachtwoord', 'password'], answer: { nl: 'Bel direct de IT-servicedesk: 0118 555 010.', en: 'Call the IT service desk at once: 0118 555 010.' } },
  { id: 'wifi', question: { nl: 'Waarom werkt de wifi niet?', en: 'Why is the wifi not working?' }, tags: ['wifi', 'eduroam'], answer: { nl: 'Zonder wifi kunt u uw eigen mobiele data gebruiken.', en: 'Without wifi you can use your own mobile data.' } },
];
const INCIDENTS = [
  { id: 'cyberaanval', title: { nl: 'Cyberaanval: e-mail, Brightspace, studentportaal, wifi en printen uit', en: 'Cyberattack: e-mail, Brightspace, student portal, wifi and printing down' }, affects: [{ nl: 'tentamens', en: 'exams' }],
    known: { nl: 'Alle tentamens tot en met woensdag 16 december gaan niet door. Deadlines schuiven op.', en: 'All exams up to and including Wednesday 16 December are postponed. Deadlines move.' },
    unknown: { nl: 'Of persoonsgegevens zijn gestolen.', en: 'Whether personal data was stolen.' }, actions: [] },
  { id: 'phishing', title: { nl: "Nep-e-mails: 'Reset uw wachtwoord' uit naam van de hogeschool", en: "Fake e-mails: 'Reset your password' in the university's name" },
    known: { nl: 'Er komen nog nep-e-mails binnen. Ze komen niet van ons.', en: 'Fake e-mails are still arriving. They are not from us.' }, unknown: { nl: 'Wie ze stuurt.', en: 'Who is sending them.' }, actions: [] },
];

/** The results as the FAQ element shows them (faq.ts renderSearch): incidents holding more than half the words, the FAQ's clear answers, the other incidents, the rest. */
function shown(lang, query) {
  const outcome = engine.buildIndex(FAQ.map((e) => ({ id: e.id, question: e.question[lang], answer: e.answer[lang], tags: e.tags })), lang).search(query);
  const first = engine.fullAnswersFirst(outcome);
  const inc = engine.incidentAnswers(engine.buildIncidentIndex(INCIDENTS.map((i) => incidentDoc(i, lang)), lang), query, () => false);
  const ids = (partial) => inc.filter((h) => engine.holdsHalfOrLess(h) === partial).map((h) => `incident:${h.id}`);
  return [...ids(false), ...outcome.hits.slice(0, first).map((h) => h.id), ...ids(true), ...outcome.hits.slice(first).map((h) => h.id)];
}

test('a Dutch plural in -ens has the stem of its singular ("tentamens", "tentamen"); short words in -ens are no plural', () => {
  for (const [plural, singular] of [['tentamens', 'tentamen'], ['examens', 'examen'], ['gegevens', 'gegeven'], ['wagens', 'wagen']]) assert.equal(dutchStem(plural), dutchStem(singular), plural);
  assert.equal(dutchStem('mens'), 'men');
  assert.equal(dutchStem('grens'), 'gren');
  assert.equal(dutchStem('storingen'), 'storing');
});

test('Dutch exam questions find the open incident first, as English ones do', () => {
  for (const q of ['gaat mijn tentamen door', 'tentamen gaat niet door', 'tentamen']) assert.equal(shown('nl', q)[0], 'incident:cyberaanval', `nl "${q}": ${shown('nl', q)}`);
  for (const q of ['are my exams postponed', 'exam']) assert.equal(shown('en', q)[0], 'incident:cyberaanval', `en "${q}": ${shown('en', q)}`);
  // The FAQ's own answer stays listed.
  assert.ok(shown('nl', 'gaat mijn tentamen door').includes('tentamens'));
});

test('a Dutch word finds the compound it ends ("gegevens" in "persoonsgegevens"), as English finds "personal data"', () => {
  for (const q of ['zijn mijn gegevens gestolen', 'gegevens gestolen']) assert.equal(shown('nl', q)[0], 'incident:cyberaanval', `nl "${q}": ${shown('nl', q)}`);
  assert.equal(shown('en', 'was my data stolen')[0], 'incident:cyberaanval');
  const index = engine.buildIndex([{ id: 'stroom', question: 'Ik heb geen stroom', answer: 'Bij een stroomstoring: bel het storingsnummer.' }, { id: 'verzekering', question: 'Welke verzekering heb ik?', answer: 'Uw verzekering staat in Mijn Omgeving.' }, { id: 'spoor', question: 'Rijdt de trein?', answer: 'De spoorbaan is dicht.' }], 'nl');
  assert.deepEqual(index.search('storing ').hits.map((h) => h.id), ['stroom'], 'storing in stroomstoring');
  // Not a derived word ("ver" + "zekering" is insurance, not a fuse), not a short tail ("baan" ends too many words).
  assert.deepEqual(index.search('zekering ').hits.map((h) => h.id), []);
  assert.deepEqual(index.search('baan ').hits.map((h) => h.id), []);
});
