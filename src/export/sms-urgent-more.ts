/**
 * The urgent actions an SMS says after its first, while they fit (sms.ts). Trial W: a gas network's first SMS said "Smell
 * gas? … call the emergency line at once (…)" and left out "Keep your gas meter turned off. Do not turn it back on yourself",
 * the most important safety line for 8,500 homes, with room to spare: one SMS kept to one action, and two parts took each
 * other action whole or not at all. Now each follows in the room left, in one part too (the next update goes for it: the
 * status link has that), most of it kept first: whole, then
 * without its later sentences, then cut where a clause ends ("Do not turn it back on yourself."); each with whom it is
 * for, else by the name of that group (sms-who-short.ts), else without it where the who may go (sms-who.ts). Pure.
 */
import { answered } from './sms-title.js';
import { sentenceEnd, sentenceStart, splitSentences, whoSaid } from './plain.js';
import { whoMayGo } from './sms-who.js';
import { whoName } from './sms-who-short.js';
import { toSmsText } from './gsm.js';

/** The label, most of it first: whole, then fewer sentences, each last one also cut where a clause of it ends. */
export function labelCuts(label: string): string[] {
  const text = label.trim();
  const sentences = splitSentences(text);
  const out: string[] = [];
  for (let n = sentences.length; n >= 1; n--) {
    const before = sentences.slice(0, n - 1).join(' ');
    out.push(sentences.slice(0, n).join(' '));
    // A cut at a colon or semicolon ends a sentence ("Do not turn it back on yourself."); at a comma or dash it goes on ("…").
    const last = sentences[n - 1]!;
    for (const m of [...last.matchAll(/\s*[,;–—]|:(?!\d)/g)].reverse()) {
      if (!m.index) continue;
      const head = last.slice(0, m.index).trim();
      out.push(`${before} ${/^\s*[:;]/.test(m[0]) ? sentenceEnd(head) : `${head}…`}`.trim());
    }
  }
  return [...new Set(out)].filter((c) => answered(text, c) !== null);
}

/** Each form of an urgent action after the first, most kept first (see above). */
export function urgentForms(who: string, label: string, title: string, lang: string): string[] {
  const asked = whoSaid(who, label.trim());
  const name = asked ? whoName(who) : '';
  const bare = !asked || whoMayGo(who, label, title);
  const lower = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
  return labelCuts(label).flatMap((c) => [asked && `${asked} ${sentenceStart(c, lang)}`, name && `${name}: ${lower(c)}`, bare && c].filter((f): f is string => !!f));
}

/** `actionPart` with each of `actions` after it in the first form that `fits` (given the whole action part), in order; `said`: how many. */
export function moreUrgent(actions: readonly { label: string; who: string }[], actionPart: string, title: string, lang: string, fits: (actionPart: string) => boolean): { part: string; said: number } {
  let [part, said] = [actionPart, 0];
  for (const a of actions) {
    const found = urgentForms(a.who, a.label, title, lang)
      .map((f) => [part, toSmsText(sentenceEnd(f))].filter(Boolean).join(' '))
      .find(fits);
    if (found) [part, said] = [found, said + 1];
  }
  return { part, said };
}
