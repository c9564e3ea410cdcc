/**
 * Whether a text warns of fake messages or calls in the publisher's name (phishing, a scam wave): "Valse sms'en en
 * telefoontjes uit naam van Scheldebank", "Nep-sms uit naam van ons", "Fake texts in our name", "Scam calls". Such an
 * incident is about texts that DO arrive, not about a network or e-mail that is down: a Belgian bank's phishing
 * warning was taken for a mobile-network outage by lint (mobile-outage-phone-only) and `export --to sms` on every
 * update of the day (trial U), so the desk learned to ignore warnings. One test for any sector and both languages,
 * read in every language of the text. Pure: no Node or DOM imports.
 */
import type { Incident, TextValue } from './schema.js';

/** What fake messages come as: "valse sms'en", "nepberichten", "fake texts", "scam calls". */
const MEDIUM = '(?:sms\\p{L}*|texts?|text messages?|messages?|berichte?n?|e-?mails?|mails?|calls?|callers?|bellers?|telefoontjes?|oproepen|links?|websites?|sites?|whatsapp\\p{L}*|medewerkers?|staff|helpdesk)';
const SCAM = new RegExp(
  [
    // The words for it: "phishing", "smishing", "oplichters", "fraudeurs", "scammers", "fraudsters".
    '(?<!\\p{L})(?:phishing|smishing|vishing|spoof(?:ed|ing)?|scam(?:s|mers?|med)?|fraudsters?|fraudeurs?|oplicht(?:er|ers|ing|erij)|impersonat\\p{L}*)(?!\\p{L})',
    // Fake messages: "valse sms'en", "nep-sms", "nepberichten", "fake text messages", "bogus calls".
    `(?<!\\p{L})(?:valse?|nep-?\\s?|fake|bogus|fraudulent|frauduleuze?)\\s?(?:\\p{L}+\\s)?${MEDIUM}(?!\\p{L})`,
    // Sent in the publisher's name: "uit naam van Scheldebank", "uit onze naam", "in our name", "in Scheldebank's name".
    "(?<!\\p{L})(?:uit naam van|uit onze naam|in onze naam|in our name|on our behalf|pretending to be|posing as|zich voordoen als|doen zich voor als|geven zich uit)(?!\\p{L})",
    "(?<!\\p{L})in (?:[\\p{L}\\p{N}&.-]+ ){0,3}[\\p{L}\\p{N}&.-]+['’]s? name(?!\\p{L})",
  ].join('|'),
  'iu',
);

/** True when the text, in any of its languages, warns of fake messages or calls in the publisher's name. */
export function isScamWarning(text: TextValue | undefined): boolean {
  const all = typeof text === 'string' ? [text] : text && typeof text === 'object' ? Object.values(text) : [];
  return all.some((t) => typeof t === 'string' && SCAM.test(t));
}

/**
 * Whether an incident is such a warning, by its title: the SMS to everyone carries its "give nobody your codes" (export/
 * sms-fraud.ts), as a text is the very channel the scam uses; an outage of the fraud line ("Fraudelijn onbereikbaar") is none.
 */
export const isFraudWarning = (incident: Pick<Incident, 'title'>): boolean => isScamWarning(incident.title);
