/**
 * The fix `lint --for sms` gives when the SMS kept the first action's emergency line and cut what comes before it
 * (sms-emergency.ts). Trial T: the SMS said "A line is down near you? Call 911, then our outage line." without "Stay at
 * least 30 feet away …", and the fix said to "start the action with what to do", which the action did already. Now it
 * names the line kept and the sentence cut, so the desk knows what readers miss. Pure.
 */
import type { Said } from '../lint/rule.js';
import type { StatusPayload } from '../feed/schema.js';
import { pickText } from '../i18n/lang.js';
import { splitSentences } from './plain.js';
import { emergencyTest } from './sms-emergency.js';
import { toSmsText } from './gsm.js';

/** A sentence's first words, for a fix that quotes it ("Stay at least 30 feet away …"). */
const start = (s: string, n = 6) => {
  const w = s.split(/\s+/);
  return w.length > n ? `${w.slice(0, n).join(' ').replace(/[,;:]$/, '')} …` : s;
};

/** The fix, or null when the SMS did not keep an action's emergency line while cutting sentences before it. */
export function keptLineFix(payload: StatusPayload, inc: StatusPayload['incidents'][number], lang: string, smsText: string): Said | null {
  const isEmergency = emergencyTest(payload.channels, lang);
  for (const a of inc.actions ?? []) {
    const sentences = splitSentences(pickText(a.label, lang).trim()).map(toSmsText);
    const line = sentences.find((s) => isEmergency(s) && smsText.includes(s));
    const cut = sentences.find((s) => !isEmergency(s) && !s.endsWith('?') && !smsText.includes(s));
    if (!line || !cut || sentences.indexOf(cut) > sentences.indexOf(line)) continue;
    // Left out whole, or cut where a clause ends (its first words still in the SMS).
    const gone = !smsText.includes(cut.split(/\s+/).slice(0, 3).join(' '));
    return {
      en: `The SMS keeps the emergency line ("${line}") and ${gone ? 'leaves out' : 'cuts short'} what comes before it ("${start(cut)}"). To say it all, write a shorter title or a shorter first sentence.`,
      nl: `De sms houdt de noodlijn ("${line}") en ${gone ? 'laat weg' : 'kort in'} wat ervoor staat ("${start(cut)}"). Wilt u alles zeggen, maak dan de titel of de eerste zin korter.`,
    };
  }
  return null;
}
