/**
 * An emergency line said with whom it is for, when an urgent action is left out because that line makes its call (ivr.ts).
 * Trial X's phone message told every caller "IT service desk: hang up and call 0118 555 010." and left out "Call the IT
 * service desk at once if you entered your password after clicking a link in an e-mail" as covered by it: every anxious
 * student heard to hang up and ring the line only the real victims need. Now the action's who is asked first:
 * "You entered your password after clicking a link in an e-mail? IT service desk: hang up and call 0118 555 010."
 * Not for a line said with its own reason (that says when already), a line whose name asks, tells to call or says when
 * ("Smell gas? Call now", "Huisartsenpost (avond, nacht, weekend)"), nor a public emergency number (112, 999), which is
 * for everyone in danger. Pure.
 */
import { callingCodeForZone, isShortNumber } from '../feed/dialling.js';
import { pickText } from '../i18n/lang.js';
import type { StatusPayload } from '../feed/schema.js';
import { whoAsked } from './plain.js';
import type { Sentence } from './ssml.js';
import type { ChannelView } from './text.js';

type Incident = StatusPayload['incidents'][number];

/** The question of the first covered action (`covered-<incident>-<N>`) that calls `line`, '' when there is none. */
export function coveredQuestion(line: ChannelView, unsaid: readonly string[], incidents: readonly Incident[], lang: string): string {
  for (const key of unsaid) {
    const m = /^covered-(.+)-(\d+)$/.exec(key);
    const inc = m ? incidents.find((i) => i.id === m[1]) : undefined;
    const a = inc?.actions?.[Number(m![2]) - 1];
    if (!a?.who || a.href !== line.href) continue;
    const asked = whoAsked(pickText(a.who, lang).trim(), '').trim();
    if (asked.endsWith('?')) return asked;
  }
  return '';
}

/** Whether a line said as `sentence` without a reason may lead with whom it is for (see above). */
export function mayAsk(line: ChannelView, payload: StatusPayload): boolean {
  // A name that says when or for whom itself ("Huisartsenpost (avond, nacht, weekend)", "Bij levensgevaar: bel 112")
  // needs no question: only a bare name ("IT-servicedesk", "Card Stop") sounds as if it is for every caller.
  if (/[?!():,;–—]/.test(line.label) || isShortNumber(line.href, callingCodeForZone(payload.time_zone))) return false;
  return true;
}

/** The line's sentence led by the question: "U heeft uw wachtwoord ingevuld na een link in een e-mail? IT-servicedesk: hang op en bel …". */
export const askedFirst = (question: string, sentence: Sentence): Sentence => [`${question} `, ...sentence];
