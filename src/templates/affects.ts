/**
 * The studio's "Who is affected" example by template, where readers are affected by what they use rather than where they
 * live: a bank's desk read "e.g. Amsterdam, Utrecht" above a field for card payments and the app. Templates not named
 * here keep places from the feed's region (components/editor/locale.ts affectsHint).
 */
import type { TemplateName } from './names.js';

export const AFFECTS_EXAMPLES: Readonly<Partial<Record<TemplateName, Readonly<Record<'nl' | 'en', string>>>>> = {
  payments: { nl: 'pinnen, de app, internetbankieren', en: 'card payments, the app, online banking' },
  'merchant-payments': { nl: 'betaalautomaten, online afrekenen', en: 'card terminals, online checkout' },
  cyberattack: { nl: 'de app, Mijn omgeving, e-mail', en: 'the app, your online account, e-mail' },
  mobile: { nl: 'bellen, sms, mobiel internet', en: 'calls, texts, mobile data' },
  outage: { nl: 'de website, de app, inloggen', en: 'the website, the app, logging in' },
  // A lift: the building and the part of it, not a town (a housing association's lift in one 12-storey block).
  lift: { nl: 'flat De Horst, blok A', en: 'De Horst flats, block A' },
};
