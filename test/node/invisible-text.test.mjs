// A grid operator's desk pasted its text from Word into "Wat we weten" (trial R): a soft hyphen ("Hoge\u00adBerg"), a
// zero-width space and a tab between sentences went through to readers, the e-mail and the search index unseen. They
// go when an incident is written, in the studio and with `clearline update` alike (feed/invisible.ts, feed/update.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { withoutInvisible, cleanTexts } = await importTs('src/feed/invisible.ts');
const { postUpdate, addIncident } = await importTs('src/feed/update.ts');

const PASTED = 'In Hoge\u00adBerg is de stroom terug.\tDaar moet u\u200b niets doen.\ufeff Zie de kaart\u2060.';

test('soft hyphens, zero-width spaces, word joiners and byte-order marks go; a tab between sentences is a space', () => {
  assert.equal(withoutInvisible(PASTED), 'In HogeBerg is de stroom terug. Daar moet u niets doen. Zie de kaart.');
  // A tab that indents a line (a nested Markdown list) stays; emoji joiners stay.
  assert.equal(withoutInvisible('- Eerst\n\t- daarna'), '- Eerst\n\t- daarna');
  assert.equal(withoutInvisible('Gezin 👨\u200d👩\u200d👧'), 'Gezin 👨\u200d👩\u200d👧');
  // A paste on Windows (trial T, a US co-op): its \r\n line ends stayed in feed.json; an old Mac's lone \r too.
  assert.equal(withoutInvisible('18,000 members are still out.\r\n- Crews are on the way.\r- More tonight.'), '18,000 members are still out.\n- Crews are on the way.\n- More tonight.');
  // Links and ids as they are.
  assert.deepEqual(cleanTexts({ id: 'a\u00adb', href: 'https://x.example/a\u00adb', label: { nl: 'Kaart\u200b' } }), { id: 'a\u00adb', href: 'https://x.example/a\u00adb', label: { nl: 'Kaart' } });
});

test('an update and a new incident are written without them, in every text readers see', () => {
  const incident = { id: 'stroom', title: { nl: 'Stroom\u00adstoring' }, severity: 'major', phase: 'investigating', started_at: '2026-12-12T01:00:00Z', updated_at: '2026-12-12T01:00:00Z', known: { nl: PASTED }, unknown: { nl: 'x' }, next_update_at: '2026-12-12T03:00:00Z', affects: [{ nl: 'Hoge\u00adBerg' }] };
  const feed = addIncident({ incidents: [] }, incident);
  assert.equal(feed.incidents[0].title.nl, 'Stroomstoring');
  assert.equal(feed.incidents[0].affects[0].nl, 'HogeBerg');
  assert.doesNotMatch(JSON.stringify(feed), /\\u00ad|\u00ad|\u200b|\ufeff|\u2060|\\t/);
  const later = postUpdate(feed, 'stroom', { known: { nl: `Nieuw:\t${PASTED}` }, actions: [{ label: { nl: 'Bel\u200b 0800-9009' }, href: 'tel:+318009009' }] }, Date.parse('2026-12-12T01:30:00Z'));
  assert.equal(later.incidents[0].known.nl, 'Nieuw: In HogeBerg is de stroom terug. Daar moet u niets doen. Zie de kaart.');
  assert.equal(later.incidents[0].actions[0].label.nl, 'Bel 0800-9009');
  // Pasting the same text again, invisible characters and all, is no change: no second history entry.
  const again = postUpdate(later, 'stroom', { known: { nl: `Nieuw:\t${PASTED}` } }, Date.parse('2026-12-12T01:40:00Z'));
  assert.equal(again.incidents[0].updates.length, later.incidents[0].updates.length);
});

test('a bullet pasted before a title, an action, whom it is for or an affected place goes; "what we know" keeps its list (trial S)', () => {
  // An airline's desk pasted "•⇥Is uw vlucht geannuleerd? …" from Word into an action: the status page, the help dialog
  // and the phone message said "• Is uw vlucht geannuleerd?".
  const incident = { id: 'inchecken', title: { nl: '•\tInchecken verstoord', en: '· Check-in disrupted' }, severity: 'major', phase: 'investigating', started_at: '2026-12-19T05:50:00Z', updated_at: '2026-12-19T05:50:00Z', known: { nl: '•\tHet systeem werkt niet.\n•\tHandmatig inchecken duurt langer.' }, unknown: { nl: 'x' }, next_update_at: '2026-12-19T07:00:00Z', affects: [{ nl: '▪ Schiphol' }] };
  const feed = addIncident({ incidents: [] }, incident);
  assert.deepEqual(feed.incidents[0].title, { nl: 'Inchecken verstoord', en: 'Check-in disrupted' });
  assert.equal(feed.incidents[0].affects[0].nl, 'Schiphol');
  assert.equal(feed.incidents[0].known.nl, '- Het systeem werkt niet.\n- Handmatig inchecken duurt langer.');
  const later = postUpdate(feed, 'inchecken', { actions: [{ label: { nl: '•\tIs uw vlucht geannuleerd? Boek gratis om via “Mijn boeking”\u00a0– op onze web\u00adsite.' }, who: { nl: '● U vliegt vandaag' } }] }, Date.parse('2026-12-19T06:40:00Z'));
  assert.equal(later.incidents[0].actions[0].label.nl, 'Is uw vlucht geannuleerd? Boek gratis om via “Mijn boeking”\u00a0– op onze website.');
  assert.equal(later.incidents[0].actions[0].who.nl, 'U vliegt vandaag');
  // A dash that starts prose stays ("– 5 graden" has no tab after it), as in a list.
  assert.equal(cleanTexts({ title: { nl: '– 5 graden en ijzel' } }).title.nl, '– 5 graden en ijzel');
});
