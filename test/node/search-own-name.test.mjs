// Trial X (Hogeschool Zuidkust): "is de hogeschool open" showed first the phishing incident "Nep-e-mails: 'Reset uw
// wachtwoord' uit naam van de hogeschool", then the FAQ's "Is de campus open?". The open incidents' index weighs every
// word the same, so the organisation's own name counted as much as "open"; it is now left out of the incidents' search
// when the reader typed other words (src/search/own-name.ts), and the FAQ's own search is unchanged.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { withoutOwnName, termProcessor } = await importTs('src/search/index.ts');
const nl = termProcessor('nl'), en = termProcessor('en');
const { SearchController } = await importTs('src/components/faq/search-controller.ts');

const NAME = { nl: 'Hogeschool Zuidkust', en: 'Hogeschool Zuidkust' };
const PHISHING = { id: 'phishing', title: { nl: "Nep-e-mails: 'Reset uw wachtwoord' uit naam van de hogeschool" }, known: { nl: 'Er komen nog nep-e-mails binnen. Ze komen niet van ons.' }, unknown: { nl: 'Wie ze stuurt.' }, actions: [] };
const ENTRIES = [
  { id: 'campus', question: { nl: 'Is de campus open?' }, tags: ['campus', 'gebouw'], answer: { nl: 'De gebouwen in Vlissingen en Middelburg zijn open, tenzij de statuspagina anders zegt.' } },
  { id: 'salaris', question: { nl: 'Wordt mijn salaris op tijd betaald?' }, answer: { nl: 'Ja. De hogeschool betaalt salarissen op de gewone dag.' } },
];

/** The element's search controller with a page-less host: what a query shows (incidents, then FAQ entries). */
async function shown(query, publisher) {
  const host = { addController() {}, requestUpdate() {}, dispatchEvent: () => true };
  const c = new SearchController(host, { entries: () => ENTRIES, lang: () => 'nl', limit: () => 10, context: () => ({}), incidents: () => [PHISHING], goingOn: () => [PHISHING], now: () => Date.parse('2026-12-14T15:10:00Z'), publisher: () => publisher });
  await c.prepare();
  for (let i = 0; i < 50 && !c.index; i++) await new Promise((r) => setTimeout(r, 10));
  c.setQuery(query);
  const out = [...c.incidentHits.map((h) => `incident:${h.incident.id}`), ...(c.outcome?.hits ?? []).map((h) => h.id)];
  c.clear();
  return out;
}

test('the publisher\'s name is left out of a query beside other words, by stem and in place; alone it stays', () => {
  assert.equal(withoutOwnName('is de hogeschool open', NAME, nl), 'is de            open');
  assert.equal(withoutOwnName('zijn de hogescholen van zuidkust open', NAME, nl), 'zijn de             van          open');
  assert.equal(withoutOwnName('hogeschool zuidkust', NAME, nl), 'hogeschool zuidkust');
  assert.equal(withoutOwnName('is de hogeschool', NAME, nl), 'is de hogeschool', 'only stop words beside it');
  assert.equal(withoutOwnName('is de hogeschool open', undefined, nl), 'is de hogeschool open');
  assert.equal(withoutOwnName('is campus open', 'Example University', en), 'is campus open');
});

test('"is de hogeschool open" finds the campus answer, not the phishing warning that names the hogeschool', async () => {
  const open = await shown('is de hogeschool open', NAME);
  assert.equal(open[0], 'campus', String(open));
  assert.ok(!open.includes('incident:phishing'), String(open));
  // The warning is still found by its own words, and by the name alone.
  assert.equal((await shown('nep mail hogeschool', NAME))[0], 'incident:phishing');
  assert.equal((await shown('hogeschool', NAME))[0], 'incident:phishing');
  // The FAQ's own search keeps the name: an entry that names the hogeschool still counts it.
  assert.deepEqual(await shown('hogeschool salaris', NAME), ['salaris']);
  // Without the publisher's name (no status feed) the query is searched as typed.
  assert.equal((await shown('is de hogeschool open', undefined))[0], 'incident:phishing');
});
