/**
 * The SMS during a wave of fake messages in the publisher's name (feed/scam-warning.ts). Trial U: at 07:46 a bank's SMS
 * to everyone led with its DDoS and said nothing of the fake texts going round in its name, though a text to everyone is
 * the very channel the scam uses. Now, when another open incident is such a warning, its first urgent action goes in
 * before the link (whole, with whom it is for when that fits; else its first sentence, else its sentence that says what
 * "we never" do), the same kind in every language. Only in the room left over or made by the next update, the phase and
 * the news: the SMS's own title and action give nothing for it; else the desk is told it did not fit (`fraudLine`).
 * When the SMS is about such a warning itself and the line "look on the website yourself" costs words of its urgent
 * action, that line goes ("site" in `shortened`): the next morning's notice said "Klik niet op de link..." and lost
 * "geef niemand uw codes". Pure.
 */
import { isFraudWarning } from '../feed/scam-warning.js';
import type { Incident, StatusPayload } from '../feed/schema.js';
import { toSmsText } from './gsm.js';
import { FRAUD_KINDS as KINDS, fraudLineText, fraudWarning, type FraudKind, type FraudLine } from './fraud-line.js';
import { urgentLeftOut } from './sms-urgent-note.js';

export type { FraudLine };

interface Made {
  text: string;
  fits: boolean;
  shortened: string[];
  lang: string;
  incident?: string;
  others: string[];
  linkLeftOut?: unknown;
}

/** What smsIn adds: `tail` (by language) before the link, or the link left out (`noSite`: its room for the first action, not a later one's emergency line); `quick`: a try, without the two-part advice. */
export interface SmsTail {
  tail?: (lang: string) => string;
  noSite?: boolean;
  quick?: boolean;
}

const ROOM = new Set(['next', 'phase', 'news']);
const core = (steps: readonly string[]) => steps.filter((s) => !ROOM.has(s)).sort().join();

/** The warning's line of a kind in a language, as an SMS writes it (GSM-7), or ''. */
const line = (incident: Incident, lang: string, kind: FraudKind): string => {
  const said = fraudLineText(incident, lang, kind);
  return said && toSmsText(said);
};

/**
 * The SMS with the fake-message warning's line, or with its own "look yourself" line left out, when that is better by the
 * rules above; else as it was. `make` builds the SMS in a language with a tail; `langs`: every language of the feed.
 */
export function withFraudLine<R extends Made>(payload: StatusPayload, made: R, langs: readonly string[], make: (lang: string, t: SmsTail) => R): R & { fraudLine?: FraudLine } {
  const own = payload.incidents.find((i) => i.id === made.incident);
  if (own && own.phase !== 'resolved' && isFraudWarning(own) && made.linkLeftOut && made.shortened.some((s) => s === 'action' || s === 'action-shortened')) {
    // Only when its urgent action then keeps its first sentence whole (it was cut after a word: "…"), and nothing else
    // is lost, in every language.
    const cut = (r: R) => /(?:…|\.\.\.)(?=\s|$)/u.test(r.text);
    const lost = (r: R) => r.shortened.some((s) => s === 'action' || s.startsWith('title'));
    const tries = langs.map((l, i) => [i === 0 ? made : make(l, { quick: true }), make(l, { noSite: true, quick: true })] as const);
    if (tries.some(([was]) => cut(was)) && tries.every(([was, now]) => now.fits && !cut(now) && !lost(now) && now.shortened.length <= was.shortened.length)) {
      // Without the line, "the SMS tells people to look on your website themselves" (linkLeftOut) no longer holds: "site" says it.
      const { linkLeftOut: _, ...mine } = make(made.lang, { noSite: true });
      return { ...(mine as R), shortened: [...mine.shortened, 'site'] };
    }
  }
  const warning = fraudWarning(made.others.map((id) => payload.incidents.find((i) => i.id === id)));
  if (!warning || !made.fits) return made;
  const before = langs.map((l, i) => (i === 0 ? made : make(l, { quick: true })));
  if (before.some((r) => r.shortened.some((s) => s.endsWith('-shortened')))) return { ...made, fraudLine: { incident: warning.id, added: false } };
  for (const kind of KINDS) {
    const tail = (l: string) => line(warning, l, kind);
    if (langs.some((l) => !tail(l))) continue;
    // The asked language first (langs[0]): the others only when it takes the line.
    // An all-clear's closing sentences are counted by no step: its SMS takes the line only beside all of them, as it was.
    const whole = (r: R, was: R) => own?.phase !== 'resolved' || r.text.split(tail(r.lang)).map((x, j) => (j ? x.trimStart() : x)).join('') === was.text;
    const kept = (l: string, i: number) => {
      const r = make(l, { tail, quick: true });
      // Nor an urgent action of the SMS's own incident that it said before (trial W: "Keep your gas meter turned off" went for it).
      const same = urgentLeftOut(payload, r.incident, r.lang, r.text) === urgentLeftOut(payload, r.incident, r.lang, before[i]!.text);
      return r.fits && core(r.shortened) === core(before[i]!.shortened) && whole(r, before[i]!) && same ? r : undefined;
    };
    const mine = kept(made.lang, 0);
    if (mine && langs.slice(1).every((l, i) => kept(l, i + 1))) return { ...make(made.lang, { tail }), fraudLine: { incident: warning.id, added: true, said: tail(made.lang) } };
  }
  return { ...made, fraudLine: { incident: warning.id, added: false } };
}
