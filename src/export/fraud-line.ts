/**
 * The line a warning against fake messages in the publisher's name (feed/scam-warning.ts) gives another channel's text:
 * its first urgent action, in one of five kinds, richest first, as written (the SMS makes it GSM-7 itself, sms-fraud.ts;
 * the social post keeps it as it is, social-fraud.ts). Trial U: a bank's SMS and social post about its DDoS said nothing of
 * the fake texts going round in its name. Pure.
 */
import { isFraudWarning } from '../feed/scam-warning.js';
import type { Incident } from '../feed/schema.js';
import { pickText } from '../i18n/lang.js';
import { sentenceEnd, sentenceStart, splitSentences, whoSaid } from './plain.js';
import { withoutBullet } from './gsm.js';
import { whoMayGo } from './sms-who.js';

/** What a text did for another open incident's warning against fake messages: its words, or that they did not fit. */
export interface FraudLine {
  incident: string;
  added: boolean;
  said?: string;
}

/** Whole with whom it is for, whole, its first sentence with whom, its first sentence, its sentence that says what "we never" do. */
export const FRAUD_KINDS = ['who-all', 'all', 'who-first', 'first', 'never'] as const;
export type FraudKind = (typeof FRAUD_KINDS)[number];

/** The first of `incidents` that warns against fake messages by its title and has an urgent action to say. */
export const fraudWarning = (incidents: readonly (Incident | undefined)[]): Incident | undefined =>
  incidents.find((i): i is Incident => !!i && isFraudWarning(i) && !!i.actions?.some((a) => a.urgent));

/** The warning's line of a kind in a language, or '' when it has none (no who, one sentence, no "never"). */
export function fraudLineText(incident: Incident, lang: string, kind: FraudKind): string {
  const action = incident.actions?.find((a) => a.urgent);
  if (!action) return '';
  const label = withoutBullet(pickText(action.label, lang));
  const who = whoSaid(pickText(action.who, lang), label);
  const sentences = splitSentences(label);
  const first = sentences[0] ?? '';
  const bare = !who || whoMayGo(pickText(action.who, lang), label, pickText(incident.title, lang));
  const said = {
    'who-all': who && `${who} ${sentenceStart(label, lang)}`,
    all: bare && label,
    'who-first': who && sentences.length > 1 && `${who} ${sentenceStart(first, lang)}`,
    first: bare && sentences.length > 1 && first,
    never: bare && sentences.slice(1).find((s) => /(?<!\p{L})(?:never|nooit)(?!\p{L})/iu.test(s)),
  }[kind];
  return said ? sentenceEnd(said.trim()) : '';
}
