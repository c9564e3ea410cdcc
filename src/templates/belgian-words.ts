/**
 * Words of the templates' Dutch that only the Netherlands says, outside banking (belgian.ts) and the example places
 * (belgian-places.ts), and what a reader in Belgium says. A Flemish desk's feed read "personenalarmering", "uw mobiel",
 * "storingsnummer", "meterkast", "gemaal", "bonnen", "appt", "kassabon", "vertragingsvergoeding" and a "rekening" that in
 * Belgium is a bank account.
 * Part of belgian.ts's BELGIAN_DUTCH (nl-BE, or Dutch on a Brussels clock), so the CLI and the studio say the same.
 * Not swapped, as Belgium says them too: 112 (fire, ambulance, a life in danger; 101 is only the police, which no
 * template calls), huisarts, pincode, aangifte bij de politie, code oranje, modem. The templates name no gemeente,
 * zorgverzekeraar or postcode. Phrases, not words ("Houd rekening met" stays); each is found in the catalog
 * (test/node/belgian-words-templates.test.mjs). Pure.
 */

/** A phrase of the catalog's Dutch and what a reader in Belgium says. Longer phrases first: they are replaced in order. */
export const BELGIAN_WORDS: readonly (readonly [phrase: string, belgium: string])[] = [
  // telecom.ts, mobile.ts: a "personenalarm" (het) and a "gsm" in Belgium.
  ['Uw personenalarmering werkt misschien niet als die via', 'Uw personenalarm werkt misschien niet als het via'],
  ['Werkt uw personenalarmering met een simkaart? Dan werkt die nu', 'Werkt uw personenalarm met een simkaart? Dan werkt het nu'],
  ['heeft personenalarmering', 'heeft een personenalarm'],
  ['Mijn personenalarmering werkt niet', 'Mijn personenalarm werkt niet'],
  ['houd een opgeladen mobiele telefoon bij de hand', 'houd een opgeladen gsm bij de hand'],
  ['in nood met een mobiele telefoon', 'in nood met een gsm'],
  ['Mobiel bellen of internet werkt niet', 'Bellen met de gsm of mobiel internet werkt niet'],
  ['Lukt 112 niet met uw mobiel?', 'Lukt 112 niet met uw gsm?'],
  ['Uw mobiel probeert', 'Uw gsm probeert'],
  ['Ons bellen met uw mobiel', 'Ons bellen met uw gsm'],
  ['Werkt uw mobiel nog niet', 'Werkt uw gsm nog niet'],
  ['Uw mobiel werkt niet', 'Uw gsm werkt niet'],
  // Gas: the grid operator's "noodnummer" for a gas smell.
  ['bel direct het storingsnummer', 'bel direct het noodnummer'],
  // Sewer flooding: the fuse box is a "zekeringkast", a pumping station a "pompstation", and "bonnen" are vouchers, not
  // receipts; heating: an extension lead a "verlengkabel".
  ['in de meterkast', 'in de zekeringkast'],
  ['een kapot gemaal', 'een kapot pompstation'],
  ['bewaar de bonnen van wat u vervangt', 'bewaar de kastickets en facturen van wat u vervangt'],
  ['niet in een verlengsnoer', 'niet in een verlengkabel'],
  // A bill is a "factuur": a "rekening" is a bank account.
  ['Mijn rekening of meterstand', 'Mijn factuur of meterstand'],
  ['korting op mijn rekening', 'korting op mijn factuur'],
  // Cyberattack: "appen" is the Netherlands' verb for a WhatsApp message.
  ['die belt, mailt of appt namens ons', 'die belt, mailt of berichten stuurt namens ons'],
  // Recall: a receipt is a "kasticket". Public transport: the rail company's "compensatie" for a delay.
  ['ook zonder kassabon', 'ook zonder kasticket'],
  ['Geld terug of vertragingsvergoeding', 'Geld terug of compensatie voor vertraging'],
];
