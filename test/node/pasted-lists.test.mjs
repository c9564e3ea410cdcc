// A municipality's desk pasted its advice from Word into "Wat we weten": "•⇥Blijf binnen" on each line. Markdown saw no
// list, and readers got one run-on paragraph ("• Blijf binnen • Sluit ramen en deuren"). Such bullets now become Markdown
// items, in the studio and with `clearline update` alike (feed/update.ts, pasted-lists.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marked } from 'marked';
import { importTs } from './ts-import.mjs';

const { markdownBullets, withMarkdownBullets } = await importTs('src/feed/pasted-lists.ts');
const { postUpdate, addIncident } = await importTs('src/feed/update.ts');

const WORD = 'Wat u kunt doen:\n•\tBlijf binnen\n•\tSluit ramen en deuren\no\tOok de ventilatie\n§\tZet de radio aan';

test('bullets pasted from Word, Outlook or a web page read as a list', () => {
  // Word's levels kept: "o⇥" one level in, "§⇥" two.
  assert.equal(markdownBullets(WORD), 'Wat u kunt doen:\n- Blijf binnen\n- Sluit ramen en deuren\n  - Ook de ventilatie\n    - Zet de radio aan');
  assert.equal(markdownBullets('  ● Stay indoors\n○ Close windows\n–\tListen to the radio'), '- Stay indoors\n  - Close windows\n- Listen to the radio');
  // Outlook: non-breaking spaces after the marks; Word's Symbol-font bullet.
  assert.equal(markdownBullets('·\u00a0\u00a0Binnen blijven\no\u00a0\u00a0\u00a0Ook de kinderen\n\uf0b7\tRadio aan'), '- Binnen blijven\n  - Ook de kinderen\n- Radio aan');
  // What readers get: a list of four, one of them inside another, not one paragraph.
  const html = marked.parse(markdownBullets(WORD));
  assert.equal((html.match(/<li>/g) ?? []).length, 4);
  assert.equal((html.match(/<ul>/g) ?? []).length, 3);
  // A paragraph right after the list is its own paragraph, not the end of the last item.
  const after = marked.parse(markdownBullets('•\tBlijf binnen\n•\tSluit ramen\nDaarna volgt meer.'));
  assert.match(after, /<\/ul>\s*<p>Daarna volgt meer\.<\/p>/);
  assert.equal((marked.parse(WORD).match(/<li>/g) ?? []).length, 0, 'as pasted it is no list');
});

test('what is no pasted bullet stays as typed', () => {
  // Dashes that start prose: "– 5 graden" is minus five degrees, "– zie hieronder" an aside.
  for (const text of ['o ja, ook dat', '§ 5 APV', 'Bel ons · 24 uur per dag', 'Prijs: 5 • 3 = 15', '•geen spatie', '- al een lijst\n- tweede', '1.\tEerst dit', 'Vannacht:\n– 5 graden in Zeist', '– zie hieronder de tappunten.']) {
    assert.equal(markdownBullets(text), text, text);
  }
  assert.equal(withMarkdownBullets(undefined), undefined);
  assert.deepEqual(withMarkdownBullets({ nl: '•\tBinnen blijven', en: '•\tStay indoors' }), { nl: '- Binnen blijven', en: '- Stay indoors' });
});

test('an update and a new incident keep the list; the earlier text goes into the history as published', () => {
  const incident = { id: 'brand', title: 'Brand', severity: 'major', phase: 'investigating', started_at: '2026-12-04T17:00:00Z', updated_at: '2026-12-04T17:00:00Z', known: '•\tRook boven Noord', unknown: 'x', next_update_at: '2026-12-04T18:00:00Z' };
  const feed = addIncident({ incidents: [] }, incident);
  assert.equal(feed.incidents[0].known, '- Rook boven Noord');
  const later = postUpdate(feed, 'brand', { known: WORD, note: '•\tNieuw advies' }, Date.parse('2026-12-04T17:30:00Z'));
  assert.equal(later.incidents[0].known, markdownBullets(WORD));
  assert.equal(later.incidents[0].updates[0].known, '- Rook boven Noord');
  assert.equal(later.incidents[0].updates[0].note, '- Nieuw advies');
  // The same text pasted again is no change: no second history entry.
  const again = postUpdate(later, 'brand', { known: WORD }, Date.parse('2026-12-04T17:40:00Z'));
  assert.equal(again.incidents[0].updates.length, 1);
  assert.equal(again.incidents[0].updated_at, later.incidents[0].updated_at);
});
