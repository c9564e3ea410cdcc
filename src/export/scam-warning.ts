/**
 * Whether an incident warns about fake messages or scams in the publisher's name (a phishing wave): made from the
 * `phishing` template (its id, as the studio makes it), or its title, what we know or its actions say so in Dutch or
 * English ("valse sms'en uit naam van", "oplichters", "fake texts", "scam", "in our name"), or they tell people not to
 * click links (link-warning.ts). Small and conservative: a word about fraud alone ("onze fraudelijn", "fraud line") is
 * not enough. Trial U: the desk quoted the scam site in such a warning, and lint only warned (lint/rules/foreign-link.ts
 * makes it an error there). Pure: no Node or DOM imports.
 */
import type { Incident } from '../feed/schema.js';
import { linkWarning } from './link-warning.js';

const SCAM_WORDS = [
  /\b(?:phishing|smishing|oplicht\w*|fraudeurs?|fraudsters?|scam\w*)\b/,
  /\bnep-?(?:sms|bericht|e-?mail|mail|telefoon|bell|medewerker|link|site|website)/,
  /\bvalse\s+(?:sms|bericht|e-?mail|mail|telefoon|bell|medewerker|link|site|website)/,
  /\bfake\s+(?:text|sms|message|e-?mail|mail|call|website|site|link|letter)/,
  /\buit\s+(?:onze\s+naam|naam\s+van)\b|\bin\s+our\s+name\b/,
];

/** Every string of a text value (plain or per language), or of a malformed one nothing. */
const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).filter((x): x is string => typeof x === 'string') : []);

/** Whether this incident (as in a feed, possibly malformed when lint reads it) warns about fake messages or scams. */
export function warnsOfScam(incident: Record<string, unknown>): boolean {
  if (typeof incident.id === 'string' && /^phishing(?:-|$)/i.test(incident.id)) return true;
  const actions = Array.isArray(incident.actions) ? incident.actions.filter((a): a is Record<string, unknown> => !!a && typeof a === 'object') : [];
  const texts = [incident.title, incident.known, ...actions.flatMap((a) => [a.label, a.detail, a.who])].flatMap(strings);
  if (texts.some((t) => SCAM_WORDS.some((w) => w.test(t.toLowerCase().replace(/[‘’ʼ]/g, "'"))))) return true;
  return !!linkWarning([{ ...incident, actions } as unknown as Incident], '');
}
