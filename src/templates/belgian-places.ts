/**
 * The templates' examples as a desk in Belgium writes them. The catalog's example places are Dutch (Utrecht-Oost, Zeist,
 * Amersfoort-Noord, Noord-Holland, "tussen Utrecht en Arnhem"), and a few words are only said in the Netherlands: a
 * recall's "batchcode" is a "lotnummer" on a Belgian pack, the GP's out-of-hours service a "huisartsenwachtpost", a block of
 * flats a "residentie". A Flemish desk (nl-BE on Europe/Brussels) read "Stroomstoring in Utrecht-Oost" as its example title.
 * The Dutch list is part of belgian.ts's BELGIAN_DUTCH (nl-BE, or Dutch on a Brussels clock); the English one is for English
 * on a Brussels clock, with the names as Belgium's English says them (the studio's Affects hint: "Antwerp, Ghent").
 * Phrases, not words; each is found in the catalog (test/node/template-safe-examples.test.mjs). Belgian postcodes are 4 digits
 * like the Dutch ones without the letters: the templates give no postcode example, so none is swapped. Pure.
 */

/** A phrase of the catalog's Dutch and what a desk in Belgium writes. */
export const BELGIAN_EXAMPLES: readonly (readonly [phrase: string, belgium: string])[] = [
  ['in Utrecht-Oost', 'in Antwerpen-Noord'],
  ['in Zeist', 'in Leuven'],
  ['in Amersfoort-Noord', 'in Gentbrugge'],
  ['in Noord-Holland', 'in Oost-Vlaanderen'],
  ['tussen Utrecht en Arnhem', 'tussen Gent en Brugge'],
  ['flat De Horst', 'residentie De Horst'],
  ['of de huisartsenpost als die dicht is', 'of de huisartsenwachtpost als die dicht is'],
  ['welke batchcode en welke houdbaarheidsdatum', 'welk lotnummer en welke houdbaarheidsdatum'],
  ['alleen batchcode [[TODO: batchcode]]', 'alleen lotnummer [[TODO: lotnummer]]'],
  ['batchcode L2345', 'lotnummer L2345'],
];

/** A phrase of the catalog's English and what it says on a Brussels clock. */
export const BELGIAN_ENGLISH: readonly (readonly [phrase: string, belgium: string])[] = [
  ['in Utrecht-Oost', 'in north Antwerp'],
  ['in Zeist', 'in Leuven'],
  ['in Amersfoort-Noord', 'in Gentbrugge'],
  ['in Noord-Holland', 'in East Flanders'],
  ['between Utrecht and Arnhem', 'between Ghent and Bruges'],
];

/** The catalog's English `text` as read on the feed's clock: Belgian example places on a Brussels clock, else unchanged. */
export function belgianEnglish(text: string, timeZone: string | undefined): string {
  return timeZone === 'Europe/Brussels' ? BELGIAN_ENGLISH.reduce((t, [from, to]) => t.split(from).join(to), text) : text;
}
