/**
 * The templates' names in the desk's language: one for every template of the catalogue (catalog.ts),
 * so none shows as its id: the studio's template select, and `clearline new incident` when the name
 * typed is none of them ("heating (Verwarming of warm water)"). Pure.
 */
import type { UiLanguage } from '../i18n/terms.js';
import type { TemplateName } from './names.js';
import { localEnglish } from './american.js';
import { britishLabel } from './british.js';

export const TEMPLATE_LABELS: Record<UiLanguage, Record<TemplateName, string>> = {
  en: {
    power: 'Power cut',
    gas: 'Gas outage',
    water: 'Water outage',
    'water-quality': 'Boil-water or do-not-drink advice',
    sewage: 'Sewer flooding',
    heating: 'Heating or hot water',
    lift: 'Lift out of order',
    // A provider's outage, for its customers: a hospital trust whose own phone lines were down chose "Telephone, internet or
    // TV" and was given "Restart your router", "My personal alarm does not work" and "money off my bill". Its own phones are `outage`.
    telecom: 'Internet, TV or phone provider',
    mobile: 'Mobile network',
    'public-transport': 'Public transport',
    payments: 'Payments or banking',
    'merchant-payments': 'Card terminals, checkout',
    cyberattack: 'Cyberattack',
    'data-breach': 'Data breach: personal data stolen',
    phishing: 'Fake messages, phishing',
    doorstep: 'Fake engineers at the door',
    strike: 'Strike',
    storm: 'Storm or severe weather',
    flood: 'Flooding',
    recall: 'Product recall',
    outage: 'Website, app, IT or phone system down',
    generic: 'Other disruption',
  },
  nl: {
    power: 'Stroomstoring',
    gas: 'Gasstoring',
    water: 'Waterstoring',
    'water-quality': 'Kookadvies of niet drinken',
    sewage: 'Rioolwateroverlast',
    heating: 'Verwarming of warm water',
    lift: 'Lift buiten werking',
    telecom: 'Internet-, tv- of telefoonprovider',
    mobile: 'Mobiel netwerk',
    'public-transport': 'Openbaar vervoer',
    payments: 'Betalen of bankieren',
    'merchant-payments': 'Betaalautomaten, webshops',
    cyberattack: 'Cyberaanval',
    'data-breach': 'Datalek: persoonsgegevens gestolen',
    phishing: 'Nepberichten uit onze naam',
    doorstep: 'Nepmonteurs aan de deur',
    strike: 'Staking',
    storm: 'Storm of noodweer',
    flood: 'Wateroverlast',
    recall: 'Terugroepactie',
    outage: 'Storing website, app, IT of telefooncentrale',
    generic: 'Andere verstoring',
  },
};

/**
 * Shorter names for the studio's template select, where a name longer than its closed select is cut off at 360 px
 * ("Storing website, app, IT of telefooncentrale" read "Storing website, app, IT of te"). The studio shows the full
 * name (TEMPLATE_LABELS, which the CLI says) under the select for the chosen template. Only templates whose full name
 * does not fit are here; `clearline new incident --template` takes these names too (index.ts templateNamed).
 */
export const TEMPLATE_SHORT_LABELS: Record<UiLanguage, Partial<Record<TemplateName, string>>> = {
  en: {
    'water-quality': 'Drinking water advice',
    telecom: 'Telecom provider',
    'data-breach': 'Data breach',
    outage: 'Website, app or IT down',
  },
  nl: {
    telecom: 'Telecomprovider',
    'data-breach': 'Datalek',
    'merchant-payments': 'Pinapparaten, webshops',
    phishing: 'Nepberichten, phishing',
    outage: 'Storing website, app of IT',
  },
};

/**
 * The template's name in the studio's select: the short one when there is one; in English as said where the feed's
 * `timeZone` is (american.ts, british.ts): a US cooperative's desk chose from "Power cut", "Lift out of order", "Mobile network".
 */
export const selectLabel = (ui: UiLanguage, n: TemplateName, timeZone?: string): string => (ui === 'en' ? labelEnglish(TEMPLATE_SHORT_LABELS[ui][n] ?? TEMPLATE_LABELS[ui][n], timeZone) : (TEMPLATE_SHORT_LABELS[ui][n] ?? TEMPLATE_LABELS[ui][n]));

/** The template's full name (TEMPLATE_LABELS) in the desk's language, in the English of the feed's `timeZone`. */
export const templateLabel = (ui: UiLanguage, n: TemplateName, timeZone?: string): string => (ui === 'en' ? labelEnglish(TEMPLATE_LABELS.en[n], timeZone) : TEMPLATE_LABELS[ui][n]);

/** A template's English name as said where `timeZone` is: North American (american.ts), British or Irish (british.ts). */
export const labelEnglish = (name: string, timeZone?: string): string => localEnglish(britishLabel(name, timeZone), timeZone);
