/**
 * What to do about a schema problem, in words a desk can act on: shared by the `schema` lint rule
 * and the studio's refusal to sign (cli/studio-refusal.ts). "Change this field as the message
 * says" under "publisher/url: is required" left a water company's desk without a next step.
 */
import { CHANNEL_KINDS, PHASES, SEVERITIES } from '../../feed/schema.js';
import { feedOr, type SaidProblem } from '../rule.js';
import { isObj, valueAt } from '../walk.js';

type Fix = SaidProblem['fix'];

/** A web address field: what to type, for someone who does not know what "https: URL" means (the example fits the field: the site, or its status page). */
const httpsFix = (path: string): Fix => {
  const page = path.endsWith('status_url') ? '/status' : '';
  return {
    en: `Give the full web address as your browser shows it, starting with https://, for example https://www.example.co.uk${page}.`,
    nl: `Geef het volledige webadres zoals uw browser het toont, beginnend met https://, bijvoorbeeld https://www.voorbeeld.nl${page}.`,
  };
};

const choice = (list: readonly string[]) => list.map((s) => `"${s}"`).join(', ');
const TIME_FIX: Fix = { en: 'Add the date and time, for example "2026-12-04T09:30:00+01:00".', nl: 'Vul de datum en tijd in, bijvoorbeeld "2026-12-04T09:30:00+01:00".' };

/** A missing field, by its name (the last part of its path): what to fill in, with an example. */
const REQUIRED: Record<string, Fix> = {
  name: { en: `Add your organisation's name as your customers know it, for example ${feedOr('"name": "Example Water"', '"Example Water"')}.`, nl: `Vul de naam van uw organisatie in zoals klanten die kennen, bijvoorbeeld ${feedOr('"name": "Waterbedrijf Voorbeeld"', '"Waterbedrijf Voorbeeld"')}.` },
  title: { en: 'Add a short title that says what is wrong and where, for example "No water in Riverside".', nl: 'Vul een korte titel in die zegt wat er mis is en waar, bijvoorbeeld "Geen water in Utrecht-Oost".' },
  label: { en: 'Add the words readers see, for example "Call us".', nl: 'Vul de woorden in die lezers zien, bijvoorbeeld "Bel ons".' },
  question: { en: 'Add the question as your customers ask it.', nl: 'Vul de vraag in zoals klanten die stellen.' },
  answer: { en: 'Add the answer to this question.', nl: 'Vul het antwoord op deze vraag in.' },
  href: {
    en: 'Add where it leads: a phone number as "tel:+441234567890", an email address as "mailto:help@example.com", or a web address starting with https://.',
    nl: 'Vul in waar het heen gaat: een telefoonnummer als "tel:+31201234567", een e-mailadres als "mailto:help@voorbeeld.nl", of een webadres dat begint met https://.',
  },
  severity: { en: `Add how serious it is: one of ${choice(SEVERITIES)}.`, nl: `Vul in hoe ernstig het is: een van ${choice(SEVERITIES)}.` },
  phase: { en: `Add how far you are: one of ${choice(PHASES)}.`, nl: `Vul in hoe ver u bent: een van ${choice(PHASES)}.` },
  kind: { en: `Add what kind of channel it is: one of ${choice(CHANNEL_KINDS)}.`, nl: `Vul in wat voor kanaal het is: een van ${choice(CHANNEL_KINDS)}.` },
  id: { en: 'Add a short name, used once in this feed: letters, digits and "-", for example "no-water-riverside".', nl: 'Vul een korte naam in die één keer voorkomt in deze feed: letters, cijfers en "-", bijvoorbeeld "geen-water-utrecht".' },
  feed_id: { en: 'Add the feed\'s name as it is in your embed code (feed-id), for example "example-water".', nl: 'Vul de naam van de feed in zoals in uw insluitcode (feed-id), bijvoorbeeld "waterbedrijf-voorbeeld".' },
  started_at: TIME_FIX,
  updated_at: TIME_FIX,
  at: TIME_FIX,
  publisher: {
    en: `Add who publishes this: ${feedOr('"publisher": {"name": "Example Water", "url": "https://www.example.com"}', 'your organisation\'s name and web address')}.`,
    nl: `Vul in wie dit publiceert: ${feedOr('"publisher": {"name": "Waterbedrijf Voorbeeld", "url": "https://www.voorbeeld.nl"}', 'de naam en het webadres van uw organisatie')}.`,
  },
  incidents: { en: 'Add "incidents": [] (an empty list when nothing is going on).', nl: 'Zet "incidents": [] erin (een lege lijst als er niets aan de hand is).' },
  channels: { en: 'Add "channels": [] with the ways to reach you (an empty list if there are none).', nl: 'Zet "channels": [] erin met de manieren om u te bereiken (een lege lijst als die er niet zijn).' },
  entries: { en: 'Add "entries": [] with the questions and answers.', nl: 'Zet "entries": [] erin met de vragen en antwoorden.' },
};

const OTHER: Fix = { en: 'Change this field as the message says.', nl: 'Pas dit veld aan zoals de melding zegt.' };

/**
 * A list written as one value ("affects": {"en": "Logging in"}): "Expected Array but received Object"
 * and "Change this field as the message says" left a desk editing feed.json without a next step.
 */
function listFix(value: unknown): Fix {
  // The desk's own value as the one-item example ("Logging in" -> ["Logging in"]); else words any sector has.
  const texts = isObj(value) ? Object.values(value).filter((t) => typeof t === 'string' && t.trim()) : [];
  const own = typeof value === 'string' && value.trim() ? JSON.stringify([value]) : texts.length === 1 ? JSON.stringify(texts) : texts.length ? `[${JSON.stringify(value)}]` : undefined;
  return {
    en: `This must be a list: put the items between square brackets, with a comma between them, e.g. ["Phone line", "Website"]. One item is a list too: ${own ?? '["Website"]'}.`,
    nl: `Dit moet een lijst zijn: zet de onderdelen tussen rechte haken, met een komma ertussen, bijvoorbeeld ["Telefoon", "Website"]. Ook één onderdeel is een lijst: ${own ?? '["Website"]'}.`,
  };
}

/** The fix for the schema's English `message` at `path` in `doc`. */
export function schemaFix(message: string, path: string, doc: unknown): Fix {
  if (message === 'must be an https: URL' || (message === 'is required' && path.endsWith('url'))) return httpsFix(path);
  if (/^Invalid type: Expected Array\b/.test(message)) return listFix(valueAt(doc, path.split('/')));
  if (message === 'is required') return REQUIRED[path.split('/').pop()!] ?? OTHER;
  return OTHER;
}
