/**
 * People at the door posing as the publisher's engineers or staff: "gas engineers" during relights after a gas outage,
 * water "inspectors", meter readers who ask for money or to come in. A gas network's desk (trial W) found only
 * `phishing` (fake texts, PINs, codes: "Was my data stolen?", "Reporting a fake message") and rewrote every text. What
 * readers need: keep the door closed and pay nothing, the police when someone is there now, check an engineer by calling
 * the publisher's own number (never one the caller gives), and that real engineers never ask for money. Any sector: gas,
 * water, power, a housing association. The police: "the emergency number" and its Dutch 112, as the other templates say
 * it (british.ts: 999 in Britain, "112 or 999 … the Gardaí" in Ireland; american.ts: 911). Pure.
 */
import { action, known, reason, soonReason, title, todo, unknown, type Template } from './parts.js';

const AREA = ['U woont in het gebied waar nepmonteurs langsgaan', 'You live in the area where fake engineers are calling'] as const;

export const doorstep: Template = {
  summary: 'people at the door posing as your engineers or staff (doorstep fraud, bogus callers)',
  severity: 'major',
  // Known from the first report: "We're looking for the cause" above it would read as if nobody knows what goes on.
  phase: 'identified',
  title: title('Nepmonteurs aan de deur in Utrecht-Oost: laat niemand binnen', 'Fake engineers at the door in Utrecht-Oost: do not let anyone in'),
  known: known(
    'waar en sinds wanneer mensen zich als monteur of medewerker van u voordoen, wat ze zeggen (bijv. dat de gasmeter gecontroleerd moet worden), wat ze vragen (binnenkomen, geld, bankgegevens), hoe ze eruitzien (kleding, auto), dat ze niet van u komen, en of de politie het weet.',
    'where and since when people have been posing as your engineers or staff, what they say (e.g. that the gas meter must be checked), what they ask for (to come in, money, bank details), what they look like (clothes, van), that they are not from you, and whether the police know.',
  ),
  unknown: unknown(
    'wie erachter zit, bij hoeveel mensen ze hebben aangebeld, en of iemand geld of spullen kwijt is. Noem geen beschrijving van verdachten die de politie niet heeft bevestigd.',
    'who is behind it, how many homes they have called at, and whether anyone has lost money or belongings. Give no description of suspects the police have not confirmed.',
  ),
  actions: [
    // Its first sentence is what an SMS keeps after the title (export --to sms cuts the first action at a sentence).
    action(
      'Houd de deur dicht en betaal niets. Bel 112 en vraag om de politie',
      'Keep the door closed and do not pay. Call the emergency number and ask for the police',
      'Iemand aan uw deur vraagt om geld of om binnen te komen',
      'Someone at your door asks for money or to come in',
      true,
    ),
    // The publisher's own number, filled in: a number on the caller's card or phone is the fraudster's.
    action(
      `Vraag om een legitimatiebewijs en houd de deur dicht terwijl u ons belt op ${todo('ons nummer')}. Bel geen nummer dat de persoon aan de deur u geeft`,
      `Ask to see their ID, and keep the door closed while you check by calling us on ${todo('our number')}. Do not call a number the person at the door gives you`,
      'Iemand aan uw deur zegt dat hij of zij monteur of medewerker van ons is',
      'Someone at your door says they are one of our engineers or staff',
      true,
    ),
    action('Echte monteurs van ons vragen nooit om geld of bankgegevens aan de deur', 'Our real engineers never ask for money or bank details at the door', ...AREA),
    action('Vertel het ook aan oudere buren en familie', 'Tell elderly neighbours and relatives too', ...AREA),
    action('Meld het bij de politie en bij ons, ook als u niets kwijt bent', 'Report it to the police and to us, even if nothing was taken', 'Er is bij u iemand aan de deur geweest die zei van ons te komen', 'Someone came to your door saying they were from us'),
  ],
  reasons: [
    reason('at-door', 'Er staat iemand aan mijn deur die zegt van u te komen', 'Someone at my door says they are from you', true),
    soonReason('let-in-paid', 'Ik heb iemand binnengelaten of betaald', 'I let someone in or paid them'),
    reason('check-visit', 'Een bezoek van een monteur controleren', 'Checking a visit from an engineer'),
    reason('report-caller', 'Een nepmonteur melden', 'Reporting a fake engineer'),
  ],
};
