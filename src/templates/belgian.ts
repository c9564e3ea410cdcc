/**
 * The templates' Dutch for a feed in Belgium (an `nl-BE` text, or Dutch on a Brussels clock). The catalog's Dutch is
 * written for the Netherlands: a Flemish bank's desk (trial U, nl-BE and en on Europe/Brussels) read "Pinnen en betalen
 * met de app werkt niet", services "(de app, internetbankieren, iDEAL, pinnen, overboekingen)", "salaris", "laat uw pas
 * blokkeren" and the reason "Dubbel afgeschreven", while its customers say bankkaart, betalen met de kaart, geld afhalen,
 * online bankieren, overschrijving, loon and aanrekenen, and have no iDEAL. Belgian Dutch says those words; Dutch on any
 * other clock but Amsterdam's leaves iDEAL out (as british.ts does for the English). "Uitkering" stays: Belgian too.
 * Phrases, not words, so nothing else in a sentence moves; every phrase here is found in the catalog
 * (test/node/belgian-dutch-templates.test.mjs), so a catalog edit cannot silently leave one behind. Pure.
 */
import { BELGIAN_EXAMPLES } from './belgian-places.js';
import { BELGIAN_WORDS } from './belgian-words.js';

/** A phrase of the catalog's Dutch and what a reader in Belgium says. Longer phrases first: they are replaced in order. */
export const BELGIAN_DUTCH: readonly (readonly [phrase: string, belgium: string])[] = [
  // payments.ts: a bank's customers.
  ['Pinnen en betalen met de app werkt niet', 'Betalen met de bankkaart en met de app werkt niet'],
  ['(de app, internetbankieren, iDEAL, pinnen, overboekingen)', '(de app, online bankieren, betalen met de kaart, geld afhalen, overschrijvingen)'],
  ['of salaris, pensioen en uitkeringen', 'of loon, pensioen en uitkeringen'],
  ['Komt mijn salaris of uitkering binnen?', 'Komt mijn loon of uitkering binnen?'],
  ['of betalingen dubbel zijn afgeschreven', 'of betalingen dubbel zijn aangerekend'],
  ['Dubbel afgeschreven', 'Dubbel aangerekend'],
  ['met een pas van een andere bank', 'met een bankkaart van een andere bank'],
  ['achterkant van uw pas,', 'achterkant van uw bankkaart,'],
  ['laat uw pas blokkeren', 'laat uw bankkaart blokkeren'],
  ['uw pas is kwijt', 'uw bankkaart is kwijt'],
  ['mijn pas is kwijt', 'mijn bankkaart is kwijt'],
  // payments, cyberattack, phishing: money is "overgeschreven" in Belgium, "overgemaakt" in the Netherlands.
  ['geld over te maken', 'geld over te schrijven'],
  ['geld overgemaakt', 'geld overgeschreven'],
  ['geld overmaken', 'geld overschrijven'],
  // merchant.ts and the studio's "Who is affected" example (affects.ts): a card terminal, not a "pin" machine.
  ['Pinbetalingen mislukken op betaalautomaten', 'Kaartbetalingen mislukken op betaalterminals'],
  ['betaalautomaten', 'betaalterminals'],
  ['betaalautomaat', 'betaalterminal'],
  ['pinnen, de app, internetbankieren', 'betalen met de kaart, de app, online bankieren'],
  // Words of the other templates (belgian-words.ts): personenalarm, gsm, noodnummer, zekeringkast, factuur, kasticket.
  ...BELGIAN_WORDS,
  // doorstep.ts: a Flemish reader says "technieker", not "monteur".
  ['Nepmonteurs aan de deur', 'Valse techniekers aan de deur'],
  ['als monteur of medewerker van u', 'als technieker of medewerker van u'],
  ['monteur of medewerker van ons', 'technieker of medewerker van ons'],
  ['Echte monteurs van ons', 'Echte techniekers van ons'],
  ['waar nepmonteurs langsgaan', 'waar valse techniekers langsgaan'],
  ['Een bezoek van een monteur controleren', 'Een bezoek van een technieker controleren'],
  ['Een nepmonteur melden', 'Een valse technieker melden'],
  // data-breach.ts: a Belgian data breach is reported to the Gegevensbeschermingsautoriteit, not the Dutch authority.
  ['de Autoriteit Persoonsgegevens', 'de Gegevensbeschermingsautoriteit (GBA)'],
  // Example places and a few other words (belgian-places.ts): "Stroomstoring in Antwerpen-Noord", not "in Utrecht-Oost".
  ...BELGIAN_EXAMPLES,
];

/** What only Dutch readers in the Netherlands have, and what the Dutch says elsewhere. */
const NETHERLANDS_ONLY: readonly (readonly [phrase: string, elsewhere: string])[] = [['internetbankieren, iDEAL, pinnen', 'internetbankieren, pinnen']];

/** A Dutch text for Belgium: its tag is `nl-BE`, or it is Dutch on a Brussels clock. */
export const isBelgianDutch = (tag: string, timeZone: string | undefined): boolean => /^nl-be$/i.test(tag) || (timeZone === 'Europe/Brussels' && /^nl(?:-|$)/i.test(tag));

const swap = (text: string, pairs: readonly (readonly [string, string])[]) => pairs.reduce((t, [from, to]) => t.split(from).join(to), text);

/** The catalog's Dutch `text` as a reader of `tag` in `timeZone` reads it: Belgian words in Belgium, no iDEAL outside Amsterdam's clock; without a zone or tag unchanged. */
export function localDutch(text: string, tag: string, timeZone: string | undefined): string {
  if (isBelgianDutch(tag, timeZone)) return swap(text, BELGIAN_DUTCH);
  return timeZone && timeZone !== 'Europe/Amsterdam' ? swap(text, NETHERLANDS_ONLY) : text;
}
