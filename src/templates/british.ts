/**
 * The templates' English for a feed outside the Netherlands. The catalog's English is written for Britain and Ireland
 * (american.ts turns it North American), but its example places were Dutch and its bank outage named iDEAL: a London
 * bank's desk read "which services fail (the app, online banking, iDEAL, cards, transfers)", a Dutch way to pay that
 * no British customer has, and a British water company's example title was "No tap water in Zeist". On a British or
 * Irish clock the example places are British or Irish ones (the studio's "Affects" hint names North Leeds and
 * Cork city, locale.ts), a British phishing warning names 7726, where every mobile network takes scam texts, and a
 * British bank's scam warning 159;
 * British English names 999 (a telecom's outage SMS was cut to "In an emergency call the emergency number from a...",
 * trial G); Ireland, where 112 and 999 both work, keeps "the emergency number". iDEAL is left out of the English on every clock but Amsterdam's. Phrases, not words; every
 * phrase here is found in the catalog (test/node/british-english-templates.test.mjs). Pure.
 */

import { emergencyServicesNumber, isNanpZone } from '../feed/dialling.js';

/** A phrase of the catalog's English and what a reader in Britain, and in Ireland, says. */
export type BritishIrish = readonly [phrase: string, britain: string, ireland: string];

export const BRITISH_IRISH: readonly BritishIrish[] = [
  // A boil-water advice is a "Boil Water Notice" to British and Irish water companies, their regulators and readers (the
  // words on every notice and letter), and a British reader ill at night calls NHS 111, not a GP's out-of-hours number
  // (Ireland has no 111). A UK water company's desk read "Boil-water advice" and no NHS 111 (trial V). Before "in Zeist".
  ['Boil-water advice in Zeist', 'Boil Water Notice in Harrogate', 'Boil Water Notice in Galway'],
  ['that a boil-water advice applies', 'that a Boil Water Notice applies', 'that a Boil Water Notice applies'],
  ['how long the advice lasts', 'how long the notice lasts', 'how long the notice lasts'],
  ['You are not sure whether the advice applies to your address', 'You are not sure whether the Boil Water Notice applies to your address', 'You are not sure whether the Boil Water Notice applies to your address'],
  ['whether the advice is over', 'whether the notice is over', 'whether the notice is over'],
  ['Does the advice apply to my address?', 'Does the Boil Water Notice apply to my address?', 'Does the Boil Water Notice apply to my address?'],
  ['or their out-of-hours number when they are closed', 'or NHS 111 when they are closed', 'or their out-of-hours number when they are closed'],
  ['in Utrecht-Oost', 'in North Leeds', 'in Cork city'],
  ['in Zeist', 'in Harrogate', 'in Galway'],
  ['in Amersfoort-Noord', 'in Headingley', 'in Salthill'],
  ['in Noord-Holland', 'in West Yorkshire', 'in County Cork'],
  ['between Utrecht and Arnhem', 'between Leeds and York', 'between Cork and Mallow'],
  // "(family doctor)" explains GP to readers outside Britain and Ireland; here everyone says GP.
  ['Call your GP (family doctor)', 'Call your GP', 'Call your GP'],
  // A British water company hands out bottled water at a "bottled water station" and brings it to the customers on its
  // Priority Services Register (every one keeps such a register); "the distribution point" is the Dutch "uitdeelpunt".
  // (The water template's first action, run the tap when the water comes back, is said so everywhere now: catalog.ts.)
  ['Collect free bottled water at the distribution point: [[TODO: address, open from when to when]]', 'Collect free bottled water at the bottled water station: [[TODO: address, open from when to when]]. If you are on our Priority Services Register, we will bring it to you', 'Collect free bottled water at the distribution point: [[TODO: address, open from when to when]]'],
  // Every British mobile network takes scam texts forwarded to 7726, free; Ireland has no such number.
  ['Report the fake message to us, then delete it', 'Report the fake message to us (forward a fake text to 7726, free), then delete it', 'Report the fake message to us, then delete it'],
  // A bank's scam warning as British and Irish banks say it ("we will never ask you to move money", the words of every
  // safe-account warning), not "or to transfer money", which reads as the Dutch "of om geld over te maken". In Britain
  // 159 (Stop Scams UK) puts a caller through to their own bank from any phone; Ireland has no such number. A London
  // bank's desk, with fraudsters phoning its customers during a cyber-attack, read neither.
  ['We never ask for your PIN or login codes, or to transfer money', 'We will never ask for your PIN or login codes, or ask you to move money', 'We will never ask for your PIN or login codes, or ask you to move money'],
  // Doorstep fraud (doorstep.ts): Britain already reads "Call 999" (above); an Irish reader calls the Gardaí, on 112 or 999.
  ['Call the emergency number and ask for the police', 'Call 999 and ask for the police', 'Call 112 or 999 and ask for the Gardaí'],
  ['Report it to the police and to us', 'Report it to the police and to us', 'Report it to the Gardaí and to us'],
  ['and whether the police know', 'and whether the police know', 'and whether the Gardaí know'],
  ['suspects the police have not confirmed', 'suspects the police have not confirmed', 'suspects the Gardaí have not confirmed'],
  // A data breach (data-breach.ts) is reported to the ICO in Britain, to the Data Protection Commission in Ireland.
  ['that you told the data protection authority and the police', "that you told the Information Commissioner's Office (ICO) and the police", 'that you told the Data Protection Commission and the Gardaí'],
  ['In doubt? Call the number on the back of your card yourself', 'Not sure? Call 159, or the number on the back of your card', 'Not sure? Call the number on the back of your card yourself'],
];

/** Phrases that name something only Dutch readers have, and what the English says without it elsewhere. */
export const DUTCH_ONLY: readonly (readonly [phrase: string, elsewhere: string])[] = [['online banking, iDEAL, cards', 'online banking, cards']];

const BRITAIN = /^Europe\/(?:London|Belfast|Guernsey|Jersey|Isle_of_Man)$/;

/**
 * Template names (labels.ts, not catalog phrases) as British and Irish water companies and their regulators name the
 * notices: a "Boil Water Notice" or a "Do Not Drink Notice" in Britain, a "Do Not Consume Notice" in Ireland. A UK desk's
 * select read "Boil-water or do-not-drink advice" above a template whose title says "Boil Water Notice".
 */
export const BRITISH_IRISH_LABELS: readonly BritishIrish[] = [
  ['Boil-water or do-not-drink advice', 'Boil Water Notice or Do Not Drink Notice', 'Boil Water Notice or Do Not Consume Notice'],
  ['Drinking water advice', 'Drinking water notice', 'Drinking water notice'],
];

/** A template's English name as a desk on a British or Irish clock says it; elsewhere, and without a zone, unchanged. */
export function britishLabel(name: string, timeZone: string | undefined): string {
  const britain = !!timeZone && BRITAIN.test(timeZone);
  if (!britain && timeZone !== 'Europe/Dublin') return name;
  const found = BRITISH_IRISH_LABELS.find(([phrase]) => phrase === name);
  return found ? found[britain ? 1 : 2] : name;
}

/**
 * `text` as a reader in `timeZone` outside the Netherlands reads it; without a zone unchanged. Where the emergency number is
 * neither 999 nor 911 (the Netherlands, the rest of Europe, Australia), the English names it: a Dutch housing association's
 * English-speaking tenants read "Call the emergency number if someone becomes unwell" under the Dutch "Bel 112 als …",
 * and may know 999 or 911, which a Dutch landline does not reach. Britain gets 999; Ireland keeps "the emergency number"
 * (112 and 999 both work there); the US and Canada get 911 (american.ts).
 */
export function britishEnglish(text: string, timeZone: string | undefined): string {
  if (!timeZone) return text;
  const britain = BRITAIN.test(timeZone);
  const isles = britain || timeZone === 'Europe/Dublin';
  // Only where the number is known for the whole zone: elsewhere (Tokyo: 110 and 119) "the emergency number" stays.
  const named = timeZone !== 'Europe/Dublin' && !isNanpZone(timeZone) && /^(?:Europe|Australia)\/|^Pacific\/Auckland$/.test(timeZone);
  let t = named ? text.split('the emergency number').join(emergencyServicesNumber(timeZone)) : text;
  if (timeZone === 'Europe/Amsterdam') return t;
  t = DUTCH_ONLY.reduce((s, [phrase, elsewhere]) => s.split(phrase).join(elsewhere), t);
  if (isles) t = BRITISH_IRISH.reduce((s, [phrase, gb, ie]) => s.split(phrase).join(britain ? gb : ie), t);
  return t;
}
