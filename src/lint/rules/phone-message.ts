/**
 * The phone message `clearline export --to ivr` (and `--to ssml`) would write, for every language the feed has and every
 * line a waiting message speaks for (export/ivr.ts waitingLines), over its 45 seconds even shortened: the export then
 * writes nothing. Only `lint --for ivr` and the export itself said so, and a Belgian bank's desk learned it at export,
 * after signing: its Dutch message took 46.8 s and could not hold the phishing action. A warning: the feed itself is valid
 * and readers get all of it. Made by the export's own function, with the lead it picks by default; no phone line, no
 * message and nothing to say. Pure.
 */
import { validatePayload } from '../../feed/schema.js';
import { pickText } from '../../i18n/lang.js';
import { exportIvr, waitingLines } from '../../export/ivr.js';
import { overBudgetSaid, sentencePath } from '../../export/ivr-over.js';
import { feedLanguages } from '../../export/text.js';
import { defineRule, feedOr, type SaidProblem } from '../rule.js';

export const phoneMessageTooLong = defineRule('phone-message-too-long', 'warning', function* ({ doc, kind, now }): Generator<SaidProblem> {
  if (kind !== 'status') return;
  // An unsigned draft may leave out what sign stamps (as the schema rule); anything else invalid: the schema says it.
  const valid = validatePayload('status', { seq: 0, issued_at: new Date(now).toISOString(), expires_at: new Date(now + 3_600_000).toISOString(), ...doc });
  if (!valid.ok) return;
  const payload = valid.value;
  for (const line of waitingLines(payload.channels)) {
    // The line as the desk named it, in the findings' language, with its id for the CLI: "Klantenservice" (phone).
    const named = (l: string) => {
      const label = pickText(line.label, l).trim();
      return label && label !== line.id ? `"${label}"${feedOr(` (${line.id})`, '')}` : `"${line.id}"`;
    };
    for (const lang of feedLanguages(payload)) {
      let ivr;
      try {
        ivr = exportIvr(payload, { lang, now, channel: line.id });
      } catch {
        continue;
      }
      if (ivr.fits) continue;
      yield { path: sentencePath(ivr.longest?.key ?? '', payload, ivr.incidents[0] ?? line.id, lang), ...overBudgetSaid(ivr, payload, { en: named('en'), nl: named('nl') }) };
    }
  }
});
