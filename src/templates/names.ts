/** The names of the incident templates (catalog.ts) and the other names people type for them (`clearline new incident --template`), in English and Dutch. */

export const TEMPLATE_NAMES = ['power', 'gas', 'water', 'water-quality', 'sewage', 'heating', 'lift', 'telecom', 'mobile', 'public-transport', 'payments', 'merchant-payments', 'cyberattack', 'data-breach', 'phishing', 'doorstep', 'strike', 'storm', 'flood', 'recall', 'outage', 'generic'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** Other names people type for the same template. */
export const TEMPLATE_ALIASES: Readonly<Record<string, TemplateName>> = {
  electricity: 'power',
  stroom: 'power',
  internet: 'telecom',
  // A broadband provider's night desk (a fibre cut in Leeds and Bradford) typed "broadband", the word on its own bills and
  // status page, and was told there is no such template; British English also says "telecoms" and "fibre".
  ...Object.fromEntries(['broadband', 'fibre', 'fiber', 'telecoms', 'landline', 'glasvezel', 'telefonie', 'netwerkstoring', 'network-outage'].map((a) => [a, 'telecom' as const])),
  // A mobile operator's night desk (calls and mobile data down nationwide) typed "mobile-outage" and "storing-mobiel"; its
  // "mobile-network" led to `telecom`, whose act-now said to call 112 from a mobile and keep one within reach.
  ...Object.fromEntries(['mobile-network', 'mobile-outage', 'mobile-data', 'cellular', 'cell-network', 'mobiel', 'mobiel-netwerk', 'mobiele-netwerk', 'storing-mobiel', 'mobiele-storing', 'mobiel-internet', 'mobiel-bellen'].map((a) => [a, 'mobile' as const])),
  transport: 'public-transport',
  'travel-disruption': 'public-transport',
  bank: 'payments',
  // A payment service provider, acquirer or its terminals: its readers are the businesses that take payments.
  merchant: 'merchant-payments',
  merchants: 'merchant-payments',
  psp: 'merchant-payments',
  acquirer: 'merchant-payments',
  acquiring: 'merchant-payments',
  terminals: 'merchant-payments',
  'card-terminals': 'merchant-payments',
  checkout: 'merchant-payments',
  pos: 'merchant-payments',
  betaalautomaat: 'merchant-payments',
  weather: 'storm',
  'severe-weather': 'storm',
  noodweer: 'storm',
  flooding: 'flood',
  wateroverlast: 'flood',
  overstroming: 'flood',
  utility: 'generic',
  // A housing association's desk typed "warmtenet", the word on its own letters to tenants, and was told there is no such template.
  // A block's central heating ("storing cv", "cv-ketel") is the same template: the cold is the danger, whoever's boiler it is.
  ...Object.fromEntries(['district-heating', 'heat-network', 'hot-water', 'stadsverwarming', 'warmtenet', 'blokverwarming', 'verwarming', 'warmte', 'warm-water', 'cv', 'cv-ketel', 'ketel', 'centrale-verwarming', 'central-heating', 'boiler'].map((a) => [a, 'heating' as const])),
  // A lift out of order in a building (lift.ts); "liftstoring", "elevator outage": templateNamed drops the outage word.
  elevator: 'lift',
  liften: 'lift',
  // No water or low pressure. A British water company's night desk typed "burst-main" and "supply-interruption", the words
  // on its own incident pages, and was refused with the list to guess from.
  ...Object.fromEntries(['burst-main', 'burst', 'no-water', 'low-pressure', 'supply-interruption', 'water-outage', 'water-supply', 'leidingbreuk', 'waterstoring', 'geen-water'].map((a) => [a, 'water' as const])),
  // A boil-water or do-not-drink advice: the water runs but is not safe to drink unboiled (not `water`, an outage).
  // Not "drinkwater": "geen drinkwater" is an outage too, so that word names neither.
  ...Object.fromEntries(['kookadvies', 'boil-water', 'boil-water-advice', 'boil-water-notice', 'boil-water-advisory', 'do-not-drink', 'niet-drinken', 'waterkwaliteit', 'drinking-water-quality'].map((a) => [a, 'water-quality' as const])),
  // Sewer flooding: a UK water company's desk typed "sewage" (trial V); the Dutch "riool", "rioolwater", "rioolstoring".
  ...Object.fromEntries(['sewer', 'sewers', 'sewerage', 'sewer-flooding', 'sewage-flooding', 'sewer-flood', 'foul-water', 'riool', 'rioolwater', 'riooloverlast', 'rioolwateroverlast', 'riool-loopt-over'].map((a) => [a, 'sewage' as const])),
  terugroepactie: 'recall',
  terugroepen: 'recall',
  terughaalactie: 'recall',
  'product-recall': 'recall',
  // British English writes "cyber-attack" (the BBC, NHS England); a GP practice whose IT supplier was hit
  // typed that or "ransomware" and was told there is no such template.
  ...Object.fromEntries(['cyber-attack', 'cyber', 'ransomware', 'hack', 'cyberaanval', 'hack-aanval'].map((a) => [a, 'cyberattack' as const])),
  // Personal data stolen or leaked while systems work (data-breach.ts; trial X's university found only cyberattack and generic).
  ...Object.fromEntries(['databreach', 'data-leak', 'dataleak', 'data-theft', 'stolen-data', 'personal-data-breach', 'privacy-breach', 'datalek', 'datalekken', 'gegevenslek', 'gegevensdiefstal', 'gestolen-gegevens', 'persoonsgegevens-gestolen', 'privacylek'].map((a) => [a, 'data-breach' as const])),
  'it-outage': 'outage',
  // Its own phone lines or switchboard down: a hospital trust typed "phone-outage" and, refused, chose the telecom
  // provider's template ("Restart your router", "My personal alarm does not work"). A provider's own network is telecom.
  ...Object.fromEntries(['phone-outage', 'phones-down', 'phone-system', 'phone-lines', 'phones', 'switchboard', 'telephony', 'telefooncentrale', 'telefoonstoring'].map((a) => [a, 'outage' as const])),
  'it-storing': 'outage',
  website: 'outage',
  app: 'outage',
  // A wave of fake texts, e-mails or calls in the publisher's name.
  // People at the door posing as the publisher's engineers or staff (trial W: fake gas engineers during relights, where
  // `scam` gave the phishing template's fake texts and PINs). "Fraud" and "scam" alone stay phishing.
  ...Object.fromEntries(['doorstep-fraud', 'doorstep-scam', 'doorstep-crime', 'bogus-callers', 'bogus-caller', 'bogus-engineers', 'fake-engineers', 'fake-engineer', 'fake-technicians', 'fake-staff', 'fake-inspectors', 'distraction-burglary', 'nepmonteurs', 'nep-monteurs', 'nepmonteur', 'valse-monteurs', 'valse-techniekers', 'babbeltruc', 'babbeltrucs', 'oplichters-aan-de-deur', 'aan-de-deur'].map((a) => [a, 'doorstep' as const])),
  ...Object.fromEntries(['scam', 'smishing', 'fraud', 'fraude', 'fake-messages', 'nepberichten', 'nep-sms', 'oplichting'].map((a) => [a, 'phishing' as const])),
};
