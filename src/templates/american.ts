/**
 * The templates' English for a feed on a US or Canadian clock (feed/dialling.ts isNanpZone). The catalog's
 * English is written for Britain and Ireland and names no emergency number ("the emergency number":
 * 999, 112 or 911). A US fiber provider's desk (America/Chicago) met "call the emergency number from a
 * mobile", "personal alarm (telecare)" (to an American a keychain siren, not a medical alert), "postcodes",
 * "a hob" and "Colour, smell or taste of the water", and the contact reasons go to readers as they are.
 * There the number is 911 and the words are North American; the spelling is American in the US, while Canada
 * keeps "colour" and "neighbours". Phrases, not words, so nothing else in a sentence moves; every phrase
 * here is found in the catalog (test/node/us-isp.test.mjs), so a catalog edit cannot silently leave one behind.
 * Pure.
 */
import { isNanpZone } from '../feed/dialling.js';

/** A phrase of the catalog's English and what a North American reader says; `us` only in the US, Canada keeps the phrase. */
export type NorthAmerican = readonly [phrase: string, both: string] | readonly [phrase: string, us: string, canada: string];

export const NORTH_AMERICAN: readonly NorthAmerican[] = [
  // Telecom: a home phone over fiber or cable does not reach 911 while the line is down; a cell phone does.
  ['In an emergency call the emergency number from a mobile (it works on any network); your home phone may not work now', 'In an emergency, call 911 from a cell phone; your home phone may not work during the outage'],
  ['whether the emergency number can be reached', 'whether home phones can reach 911'],
  ['which services (internet, TV, calls, mobile)', 'which services (internet, TV, home phone, cell service)'],
  ['Your personal alarm may not work if it uses your internet or landline: keep a charged mobile phone within reach', 'Your medical alert device may not work if it uses your internet or home phone: keep a charged cell phone within reach'],
  ['You or someone at home has a personal alarm (telecare)', 'You or someone at home has a medical alert device'],
  ['My personal alarm does not work', 'My medical alert device does not work'],
  ['Mobile calls or data do not work', 'Cell phone calls or data do not work'],
  ['Compensation or money off my bill', 'Compensation or a credit on my bill'],
  // Mobile network: "mobile" is the British word; North Americans say cell phone and cellular data.
  ['Mobile network outage: calls and mobile data do not work', 'Cell network outage: calls and cellular data do not work'],
  ['(calls, texts, mobile data)', '(calls, texts, cellular data)'],
  ['Emergency number not working on your mobile?', '911 not working on your cell phone?'],
  ['Your mobile already tries every network there is', 'Your cell phone already tries every network there is'],
  ['If your personal alarm uses a SIM card', 'If your medical alert device uses a SIM card'],
  ['Calling us from your mobile', 'Calling us from your cell phone'],
  ['If your mobile still does not work', 'If your cell phone still does not work'],
  ['Your mobile does not work', 'Your cell phone does not work'],
  ['I cannot make calls or use mobile data', 'I cannot make calls or use cellular data'],
  ['the emergency number', '911'],
  ['Power cut in', 'Power outage in'],
  // The templates' names in the studio's select (labels.ts), and the power template's danger reason: "downed power line" is the US and Canadian word.
  ['Power cut', 'Power outage'],
  ['Lift out of order', 'Elevator out of order'],
  ['Mobile network', 'Cell network'],
  ['a loose cable, sparks or fire', 'a downed power line, sparks or fire'],
  // The example titles' Dutch places, which a US or Canadian desk would copy as they are.
  ['in Utrecht-Oost', 'on the east side'],
  ['in Zeist', 'downtown'],
  ['in Amersfoort-Noord', 'on the north side'],
  ['in Noord-Holland', 'in three counties'],
  ['between Utrecht and Arnhem', 'between downtown and the airport'],
  // Utilities.
  ['such as a hob', 'such as a stove'],
  ['which areas or postcodes', 'which areas or ZIP codes', 'which areas or postal codes'],
  ['whether engineers are on their way', 'whether crews are on their way'],
  ["(your own engineers or the heat supplier's)", "(your own crews or the heat supplier's)"],
  ['Colour, smell or taste of the water', 'Color, smell or taste of the water', 'Colour, smell or taste of the water'],
  ['check on elderly neighbours', 'check on elderly neighbors', 'check on elderly neighbours'],
  ['a gas hob or oven', 'a gas stove or oven'],
  ['Plug it straight into a wall socket, not an extension lead', 'Plug it straight into a wall outlet, not an extension cord'],
  // Doorstep fraud (doorstep.ts): a utility's "engineer" is a technician or a utility worker in North America.
  ['Fake engineers at the door', 'Fake utility workers at the door'],
  ['posing as your engineers or staff', 'posing as your technicians or staff'],
  ['one of our engineers or staff', 'one of our technicians or staff'],
  ['Our real engineers never ask', 'Our real technicians never ask'],
  ['Tell elderly neighbours and relatives too', 'Tell elderly neighbors and relatives too', 'Tell elderly neighbours and relatives too'],
  ['where fake engineers are calling', 'where fake utility workers are going door to door'],
  ['Checking a visit from an engineer', 'Checking a visit from a technician'],
  ['Reporting a fake engineer', 'Reporting a fake technician'],
  // A data breach (data-breach.ts): no one data protection authority; the state attorney general or the privacy commissioner.
  ['that you told the data protection authority and the police', 'that you told the authorities you must notify (such as the state attorney general) and the police', 'that you told the Office of the Privacy Commissioner of Canada and the police'],
  ['payments you do not recognise', 'payments you do not recognize'],
  // Sewer flooding (sewage.ts).
  ['near sockets or appliances? Switch off the electricity at the fuse box', 'near outlets or appliances? Switch off the power at the breaker panel'],
  // Lift: an elevator in the US and Canada.
  ['Lift out of order at De Horst flats', 'Elevator out of order at the Maple Court apartments'],
  ['which building and which lift', 'which building and which elevator'],
  ['(the lift company) and whether their engineer', '(the elevator company) and whether their technician'],
  ['which other lift, entrance', 'which other elevator, entrance'],
  ['when the lift works again', 'when the elevator works again'],
  ['a walking frame', 'a walker'],
  ['in the lift and stay inside', 'in the elevator and stay inside'],
  ['stuck in a lift', 'stuck in an elevator'],
  ['Ask neighbours who', 'Ask neighbors who', 'Ask neighbours who'],
  ['If the lift in the building named here', 'If the elevator in the building named here'],
  ['If another lift is not working', 'If another elevator is not working'],
  ['alarm button in the lift;', 'alarm button in the elevator;'],
  ['a lift that is not working', 'an elevator that is not working'],
  ['stuck in the lift', 'stuck in the elevator'],
  ['When will the lift work again?', 'When will the elevator work again?'],
  // Boil-water advice: a "boil water advisory" in the US and Canada; their doctors have an after-hours line.
  // The studio's template names (labels.ts): US utilities and the EPA say "boil water advisory" and "do not drink notice" (trial Y).
  ['Boil-water or do-not-drink advice', 'Boil water advisory or do-not-drink notice'],
  ['Drinking water advice', 'Drinking water advisory'],
  ['Boil-water advice', 'Boil water advisory'],
  ['boil-water advice', 'boil water advisory'],
  ['boil-water area', 'boil water advisory area'],
  ['diarrhoea', 'diarrhea'],
  ['their out-of-hours number', 'their after-hours number'],
  // "Baby feeds" and "do the washing" are British; a US desk rewrote both by hand (trial Y).
  ['Make up baby feeds with tap water you have boiled first, or with bottled water that is suitable for baby feeds', 'Make baby formula with tap water you have boiled first, or with bottled water that is suitable for babies'],
  ['do the washing', 'do laundry'],
  // Storm, flood.
  ['(its colour or name where you are)', '(its color or name where you are)', '(its colour or name where you are)'],
  ['cancelled', 'canceled', 'cancelled'],
  ['before you set off whether', 'before you leave whether'],
  ['a rest centre', 'an emergency shelter'],
  ['the rest centre', 'the emergency shelter'],
  ['such as bin collections', 'such as garbage pickup'],
  ['Road closures and services, such as bins', 'Road closures and services, such as garbage pickup'],
  // Recall.
  ['Call your GP (family doctor)', 'Call your doctor'],
  ['Take it back to the shop', 'Take it back to the store'],
  ['yoghurt', 'yogurt', 'yogurt'],
  ['1 litre', '32 oz', '1 litre'],
  ['You have a pot with', 'You have a container with'],
  // 14-12-2026 reads as no date at all to an American, who writes the month first.
  ['and best before 14-12-2026', 'and best by 12/14/2026', 'and best before 14-12-2026'],
];

/** Canadian zones among the North American ones: Canadian spelling stays British ("colour"). */
const CANADA = /^America\/(?:Toronto|Vancouver|Edmonton|Winnipeg|Regina|Halifax|St_Johns)$/;

/** A Canadian zone among the North American ones (lint's date-order: Canada writes dates both ways). */
export const isCanadianZone = (timeZone: string | undefined): boolean => !!timeZone && CANADA.test(timeZone);

/** `text` as a reader in `timeZone` says it: North American words in the US and Canada, unchanged elsewhere. */
export function localEnglish(text: string, timeZone: string | undefined): string {
  if (!isNanpZone(timeZone)) return text;
  const canada = CANADA.test(timeZone!);
  return NORTH_AMERICAN.reduce((t, [phrase, us, ca]) => t.split(phrase).join(canada ? (ca ?? us) : us), text);
}
