/**
 * Whether an incident warns about fake messages or scams in the publisher's name (a phishing wave): made from the
 * `phishing` template (its id, as the studio makes it), or its title, what we know or its actions say so in Dutch or
 * English ("valse sms'en uit naam van", "oplichters", "fake texts", "scam", "in our name"), or they tell people not to
 * click links (link-warning.ts). The words are feed/scam-warning.ts's (the SMS and the outage check use them too);
 * a word about fraud alone ("onze fraudelijn", "fraud line") is not enough. Trial U: the desk quoted the scam site in such a warning, and lint only warned (lint/rules/foreign-link.ts
 * makes it an error there). Pure: no Node or DOM imports.
 */
import type { Incident } from '../feed/schema.js';
import { isScamWarning } from '../feed/scam-warning.js';
import { linkWarning } from './link-warning.js';

/** Every string of a text value (plain or per language), or of a malformed one nothing. */
const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).filter((x): x is string => typeof x === 'string') : []);

/** Whether this incident (as in a feed, possibly malformed when lint reads it) warns about fake messages or scams. */
export function warnsOfScam(incident: Record<string, unknown>): boolean {
  if (typeof incident.id === 'string' && /^phishing(?:-|$)/i.test(incident.id)) return true;
  const actions = Array.isArray(incident.actions) ? incident.actions.filter((a): a is Record<string, unknown> => !!a && typeof a === 'object') : [];
  const texts = [incident.title, incident.known, ...actions.flatMap((a) => [a.label, a.detail, a.who])].flatMap(strings);
  if (texts.some((t) => isScamWarning(t.replace(/[‘’ʼ]/g, "'")))) return true;
  return !!linkWarning([{ ...incident, actions } as unknown as Incident], '');
}
