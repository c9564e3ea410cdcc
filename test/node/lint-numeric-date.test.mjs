// "De weg is dicht tot 15-12" / "closed until 15/12": a date in numbers only. Readers from the US read the month
// first (12/15; 3/12 is March 12 to them), and 15-12 also reads as a range or a score. `date-order` named only dates
// with a year, or on a US clock; now lint names these too (`numeric-date`), with the date in words and its weekday by
// the feed's clock and zone ("dinsdag 15 december"), and leaves times, ranges, phone numbers and fractions alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';
import { lintCleanFeed } from './lint-feed.mjs';

const { numericDate } = await importTs('src/lint/rules/numeric-date.ts');
const { lintDocument } = await importTs('src/lint/index.ts');

// Monday 7 December 2026, 19:00 in Amsterdam.
const NOW = Date.parse('2026-12-07T18:00:00Z');

const found = (known, { zone = 'Europe/Amsterdam', lang = 'en' } = {}) => {
  const f = lintCleanFeed(NOW);
  f.time_zone = zone;
  Object.assign(f.incidents[0].known, known);
  return lintDocument(f, { now: NOW, lang }).filter((x) => x.rule === 'numeric-date');
};

test('numeric day-month dates in Dutch and English are found', () => {
  for (const [text, written] of [
    ['De weg is dicht tot 15-12.', '15-12'],
    ['The road is closed until 15/12.', '15/12'],
    ['Op 3-12 om 10:00 begint het werk.', '3-12'],
    ['Werk gepland op 3-12.', '3-12'],
    ['Sinds 1-12 is de lijn dicht.', '1-12'],
    ['We start work on 3/12 at 9 a.m.', '3/12'],
    ['Expect delays until 4/1, then normal.', '4/1'],
    ['Open again from 12/3.', '12/3'],
    ['Storing (31-12) opgelost.', '31-12'],
  ]) assert.equal(numericDate(text)?.written, written, text);
});

test('times, ranges, phone numbers, postcodes, versions, full dates, fractions and dates with their weekday pass', () => {
  for (const text of [
    'Om 15:12 viel de stroom uit; om 15.12 uur kwam hij terug.',
    'Open 8-12 uur en 13-17 uur. Open from 8-12 a.m., 1-5 p.m.; 10-12 hours of work.',
    'Herstel duurt 2-3 dagen, in 1-2 weken, 10-12% van de huizen, 3-4 km.',
    'Bel 06-12345678 of 020-1234567 of 0800-1212. Postcode 1012-AB, ZIP 90210-1234.',
    'Versie 1.15-12 en v2-3 en build 15-12-2026 en 2026-12-15 en 15/12/26.',
    'Het gaat om 1/3 van de woningen; 2/3 of homes; half: 1/2. Open 24/7.',
    'Op dinsdag 15-12 en di 15/12; on Tuesday 15/12 and Tue, 15-12.',
    'The team won 2-1, then 3-2. Op 2-3 plaatsen ligt de weg open. Lijn 5-6 rijdt niet.',
    'Van 8-12 is het loket dicht. From 8-12 the office is closed.',
    'Zie [kaart](https://example.com/kaart/15-12) of https://example.com/15-12.',
    'Tussen 9-11 zijn we er; 11-12 ook.',
  ]) assert.equal(numericDate(text), undefined, text);
});

test("lint names it with the date in words and its weekday, by the feed's clock (nl and en)", () => {
  const [nl] = found({ nl: 'De weg is dicht tot 15-12.' }, { lang: 'nl' });
  assert.equal(nl.path, 'incidents/0/known/nl');
  assert.equal(nl.message, '"15-12" geeft een datum alleen in cijfers: lezers uit de VS lezen eerst de maand, dus voor hen is het geen datum, en anderen lezen het misschien als een reeks of een uitslag');
  assert.equal(nl.fix, 'Schrijf de datum in woorden, met de dag van de week: “dinsdag 15 december”.');
  const [en] = found({ en: 'The road is closed until 15/12.' });
  assert.equal(en.path, 'incidents/0/known/en');
  assert.equal(en.message, '"15/12" gives a date in numbers only: readers from the US read the month first, so to them it is no date');
  // Read month first, 3/12 is March 12 to them.
  assert.equal(found({ en: 'Work starts on 3/12.' })[0].message, '"3/12" gives a date in numbers only: readers from the US read the month first, so to them it is March 12');
  assert.equal(found({ nl: 'Het werk begint op 3-12.' }, { lang: 'nl' })[0].message, '"3-12" geeft een datum alleen in cijfers: lezers uit de VS lezen eerst de maand, dus voor hen is het 12 maart, en anderen lezen het misschien als een reeks of een uitslag');
  assert.equal(en.fix, 'Write the date in words with its day of the week: “Tuesday 15 December”.');
  // A Dutch text with English findings: the suggestion stays in the text's language.
  assert.equal(found({ nl: 'Dicht tot 15-12.' }, { lang: 'en' })[0].fix, 'Write the date in words with its day of the week: “dinsdag 15 december”.');
  // A plain string (one text for every language): both forms.
  const f = lintCleanFeed(NOW);
  f.time_zone = 'Europe/Amsterdam';
  f.incidents[0].known = 'Dicht tot 15-12.';
  const plain = lintDocument(f, { now: NOW }).filter((x) => x.rule === 'numeric-date');
  assert.deepEqual(plain.map((x) => [x.path, x.fix]), [['incidents/0/known', 'Write the date in words with its day of the week: “dinsdag 15 december” / “Tuesday 15 December”.']]);
  // The nearest such day: in December, 4/1 is next January (Monday 4 January 2027), 30/11 last week.
  assert.match(found({ en: 'Closed until 4/1.' })[0].fix, /“Monday 4 January”/);
  assert.match(found({ en: 'Closed since 30/11.' })[0].fix, /“Monday 30 November”/);
});

test('a US clock leaves English dates to date-order (read month first there); Dutch texts there are still named', () => {
  const LA = 'America/Los_Angeles';
  assert.deepEqual(found({ en: 'Closed until 12/15.' }, { zone: LA }), []);
  assert.equal(found({ nl: 'Dicht tot 15-12.' }, { zone: LA }).length, 1);
});

test('one finding per text, and a clean feed stays clean', () => {
  assert.equal(found({ en: 'Closed from 15/12 until 18/12.' }).length, 1);
  assert.deepEqual(found({}), []);
});
