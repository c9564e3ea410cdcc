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

/** Whole with whom it is for, whole after the warning's title, its first sentence with whom, its first sentence after the title, its sentence that says what "we never" do after the title. */
export const FRAUD_KINDS = ['who-all', 'all', 'who-first', 'first', 'never'] as const;
export type FraudKind = (typeof FRAUD_KINDS)[number];

/** The first of `incidents` that warns against fake messages by its title and has an urgent action to say. */
export const fraudWarning = (incidents: readonly (Incident | undefined)[]): Incident | undefined =>
  incidents.find((i): i is Incident => !!i && isFraudWarning(i) && !!i.actions?.some((a) => a.urgent));

/**
 * The warning's title as the subject said before a line without its who: "People posing as Éirgas engineers: Do not let
 * them in …" ('' without a title). Trial W: a gas outage's SMS and post said "Do not let them in and do not pay." bare,
 * after "Gas back on in Naas and Newbridge. Do not turn your meter back on yourself.": read as "do not let the engineers
 * in", the opposite of what homes waiting for a relight must do. A line carried over from another incident says whose it
 * is: by its who, or by the title when it points elsewhere ("them"); a line that names its own subject ("Klik niet op de link,
 * bel niet terug en geef niemand uw codes") stays as it was.
 */
/** A word that points to someone or something the line does not name: "Do not let them in", "Laat ze niet binnen". */
const POINTS = /(?<!\p{L})(?:they|them|their|he|him|his|she|her|it|its|those|these|ze|zij|hen|hun|hij|hem)(?!\p{L})/iu;

const subject = (title: string): string => {
  const t = title.trim().replace(/[\s.,;:…]+$/u, '');
  return !t ? '' : /[?!]$/.test(t) ? t : `${t}:`;
};

/** The warning's line of a kind in a language, or '' when it has none (no who, one sentence, no "never"). */
export function fraudLineText(incident: Incident, lang: string, kind: FraudKind): string {
  const action = incident.actions?.find((a) => a.urgent);
  if (!action) return '';
  const label = withoutBullet(pickText(action.label, lang));
  const who = whoSaid(pickText(action.who, lang), label);
  const sentences = splitSentences(label);
  const first = sentences[0] ?? '';
  const bare = !who || whoMayGo(pickText(action.who, lang), label, pickText(incident.title, lang));
  const about = subject(pickText(incident.title, lang));
  const never = sentences.slice(1).find((s) => /(?<!\p{L})(?:never|nooit)(?!\p{L})/iu.test(s));
  // Without its who, a line that points elsewhere ("them") is said after the title; one that names what it is about as it was.
  const alone = (line: string | undefined) => !!line && (!POINTS.test(line) ? line : about && `${about} ${sentenceStart(line, lang)}`);
  const said = {
    'who-all': who && `${who} ${sentenceStart(label, lang)}`,
    all: bare && alone(label),
    'who-first': who && sentences.length > 1 && `${who} ${sentenceStart(first, lang)}`,
    first: bare && sentences.length > 1 && alone(first),
    never: bare && alone(never),
  }[kind];
  return said ? sentenceEnd(said.trim()) : '';
}
