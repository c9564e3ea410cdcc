/**
 * Scrubs what a reader typed before it leaves the page: e-mail addresses, phone numbers,
 * postcodes with house numbers, street addresses, bank accounts (IBAN) and any run of 5 or more digits (booking,
 * customer and account numbers) are replaced by a placeholder. Pure: no DOM.
 */

/** The longest query text kept in a report line; the rest is cut. */
export const MAX_QUERY_LENGTH = 200;

export const PLACEHOLDERS = {
  email: '[email]',
  phone: '[phone]',
  address: '[address]',
  number: '[number]',
  account: '[account]',
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Dutch (1234 AB), British (SW1A 1AA), Canadian (K1A 0B1) and Polish/Portuguese (12-345) postcodes,
// each with an optional house number (12, 12a, 12-3) following it.
// Lower-case letters after a space count only before a house number, so "flights 1030 to Rome" stays.
const POSTCODE_NL = /\b\d{4}(?:[A-Za-z]{2}|\s?[A-Z]{2}|\s[a-z]{2}(?=[ ,]+\d))\b(?:[ ,]*\d{1,5}(?:[ -]?[A-Za-z]\b|-\d{1,4})?)?/g;
const POSTCODE_UK = /\b[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}\b(?:[ ,]*\d{1,5}[A-Za-z]?\b)?/g;
const POSTCODE_CA = /\b[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d\b/g;
const POSTCODE_DASH = /\b\d{2}-\d{3}\b|\b\d{4}-\d{3}\b/g;
// A street name followed by a house number: "Dorpsstraat 12a", "12 Baker Street", "Hauptstraße 5".
// Dutch and German street names are compounds ("Dorpsstraat"); English ones are separate words.
const STREET = '(?:[\\p{L}-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|markt|stra(?:ss|ß)e|gasse)|street|road|avenue|lane|drive|st|rd|ave|ln)\\.?';
const STREET_NUMBER = new RegExp(`\\b${STREET}\\s+\\d{1,5}(?:\\s?[A-Za-z]\\b|-\\d{1,4})?`, 'giu');
const NUMBER_STREET = new RegExp(`\\b\\d{1,5}[A-Za-z]?,?\\s+(?:[\\p{L}-]+\\s+){0,2}${STREET}\\b`, 'giu');
// A bank account (IBAN, 8 digits or more): NL91ABNA0417164300, NL91 ABNA 0417 1643 00. Said as one, not as "NL91ABNA[phone]" (trial P).
const IBAN = /\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?\b/g;
// Seven or more digits with phone separators, optionally international: +31 6 1234 5678, (020) 123-4567. A bare run of
// digits that does not start as a number is dialled (0, 00, +) is some other number (a citizen service number): [number].
const PHONE = /(?:\+|\b00)?\(?\d(?:[\s().\/-]{0,2}\d){6,}/g;
const phone = (m: string) => (/^[1-9]\d+$/.test(m) ? m : PLACEHOLDERS.phone);
// A word holding 5 or more digits in a row (booking, customer, account numbers), whole.
const DIGITS = /[\p{L}\p{N}]*\d{5,}[\p{L}\p{N}]*/gu;

/** The query with personal details replaced, whitespace collapsed, cut to MAX_QUERY_LENGTH. */
export function scrubQuery(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(EMAIL, PLACEHOLDERS.email)
    .replace(POSTCODE_NL, PLACEHOLDERS.address)
    .replace(POSTCODE_UK, PLACEHOLDERS.address)
    .replace(POSTCODE_CA, PLACEHOLDERS.address)
    .replace(STREET_NUMBER, PLACEHOLDERS.address)
    .replace(NUMBER_STREET, PLACEHOLDERS.address)
    .replace(IBAN, (m) => ((m.match(/\d/g)?.length ?? 0) >= 8 ? PLACEHOLDERS.account : m))
    .replace(PHONE, phone)
    .replace(POSTCODE_DASH, PLACEHOLDERS.address)
    .replace(DIGITS, PLACEHOLDERS.number)
    .slice(0, MAX_QUERY_LENGTH);
}
