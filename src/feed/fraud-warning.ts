/**
 * Whether an incident warns against fake messages or calls in the publisher's name (a phishing wave: the `phishing`
 * template's incident, "Valse sms'en en telefoontjes uit naam van Scheldebank", "Fake texts in our name", "Scam calls").
 * Trial U: during a bank's DDoS the SMS to everyone said only the attack's title, while scammers sent texts in the bank's
 * name; a text to everyone is the very channel the scam uses, so it should carry "give nobody your codes" (export/sms-fraud.ts).
 * Conservative: only the title, in any of its languages, and only words about fake or fraudulent messages, calls or
 * callers, or "in our name": an outage of the fraud line ("Fraudelijn onbereikbaar") is none. Sector-neutral. Pure.
 */
import type { Incident, TextValue } from './schema.js';

const EN = /(?<!\p{L})(?:phishing|smishing|vishing|scam(?:s|mers)?|(?:fake|false|fraudulent|bogus)\s+(?:text|sms|message|e-?mail|mail|call|caller|phone call|whatsapp|website|staff|employee)s?|in\s+(?:our|[\p{L}-]+['’]s)\s+name)(?!\p{L})/iu;
const NL = /(?<!\p{L})(?:oplichting|oplichters?|nep-?(?:sms|berichten?|e-?mails?|mails?|bellers?|telefoontjes?|medewerkers?|websites?)(?:'?en|'?jes|je)?|valse\s+(?:sms|berichten|e-?mails?|mails|telefoontjes|bellers|medewerkers|websites?)(?:'?en)?|uit\s+(?:onze\s+naam|naam\s+van)|namens\s+ons)(?!\p{L})/iu;

const texts = (t: TextValue | undefined): string[] => (!t ? [] : typeof t === 'string' ? [t] : Object.values(t));

/** Whether the incident's title, in any language, is about fake messages or calls in the publisher's name. */
export const isFraudWarning = (incident: Pick<Incident, 'title'>): boolean => texts(incident.title).some((t) => EN.test(t) || NL.test(t));
