// An FAQ answer hard-wrapped at ~80 columns in its .md file is one paragraph again; lines a desk types one fact
// each, lists and headings stay lines (readers show every typed line as a line: content/markdown.ts, trial X).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { unwrapLines, softWraps } = await importTs('src/content/soft-wrap.ts');

const WRAPPED_EN = [
  'Our service desk is open from 8:00 to 20:00 on weekdays, and during an outage you can',
  'reach it day and night on 0800-1234. Smell gas? Call the gas emergency line on',
  '0800-9009 at once, also at night.',
].join('\n');

const WRAPPED_NL = [
  'Uw afspraak gaat door, tenzij wij u vooraf bellen of een bericht sturen via de app van',
  'het ziekenhuis. Twijfelt u, bel dan de polikliniek op werkdagen tussen 8:00 en 17:00 op',
  '030-123 45 67.',
].join('\n');

test('an English answer wrapped at 80 columns becomes one paragraph', () => {
  const { text, joined } = unwrapLines(WRAPPED_EN);
  assert.equal(joined, 2);
  assert.equal(text, 'Our service desk is open from 8:00 to 20:00 on weekdays, and during an outage you can reach it day and night on 0800-1234. Smell gas? Call the gas emergency line on 0800-9009 at once, also at night.');
});

test('a Dutch answer wrapped at 80 columns becomes one paragraph (a line ending on "op" goes on with the number)', () => {
  const { text, joined } = unwrapLines(WRAPPED_NL);
  assert.equal(joined, 2);
  assert.equal(text, 'Uw afspraak gaat door, tenzij wij u vooraf bellen of een bericht sturen via de app van het ziekenhuis. Twijfelt u, bel dan de polikliniek op werkdagen tussen 8:00 en 17:00 op 030-123 45 67.');
});

test('facts typed one per line stay lines, short or long, with or without a full stop', () => {
  const facts = [
    'De stroom is uit in Utrecht-Oost.',
    'Monteurs zijn onderweg',
    'Ongeveer 3.000 huishoudens in Utrecht-Oost, Zeist en Bunnik hebben sinds 14:05 geen stroom',
    'De oorzaak is een kapotte kabel',
    'The exams at the Science Park building go ahead as planned this afternoon, from 13:30',
    'Buildings on the Uithof campus stay closed',
  ].join('\n');
  assert.deepEqual(unwrapLines(facts), { text: facts, joined: 0 });
});

test('lists, headings, quotes, hard breaks and code stay as typed; a long list item wrapped goes on in its item', () => {
  const list = [
    'Wat u nu kunt doen, voordat u ons belt over de storing in uw wijk of straat in Zeist:',
    '- Kijk in de meterkast of de hoofdschakelaar nog aan staat, want na een storing van het net',
    '  springt die soms uit.',
    '- Zet apparaten uit die vanzelf weer aangaan',
    '## A heading that is long enough to be taken for a wrapped line, and is not one',
    'but the next line starts in lower case all the same, which is fine for a heading',
    '> a quoted line from the letter we sent to all residents of the street last week and',
    '> a second quoted line',
    'This line ends in a Markdown hard break of two spaces, so its author wanted a break  ',
    'here and it stays.',
    '```',
    'a code block line that is long enough and does not end in a full stop or anything',
    'more code',
    '```',
  ].join('\n');
  const { text, joined } = unwrapLines(list);
  assert.equal(joined, 1);
  assert.equal(text, list.replace('van het net\n  springt', 'van het net springt'));
});

test('softWraps names the lines that run on, for lint', () => {
  assert.deepEqual(softWraps(WRAPPED_EN), [0, 1]);
  assert.deepEqual(softWraps('Short line\nnext line'), []);
  assert.deepEqual(softWraps('A line that is long enough to be wrapped by an editor, but it ends.\nnext'), []);
});
