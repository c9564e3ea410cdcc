/**
 * What the desk is told when one SMS leaves out an urgent action of its incident that two parts carry (sms.ts
 * `urgentLeftOut`). Trial W: the 06:15 SMS said "Smell gas? … (number)" and left out "Keep your gas meter turned off. Do
 * not turn it back on yourself", the most important safety line for 8,500 homes, and the desk was told only "leaves out
 * the next update". Said by `clearline export` with `--parts 2`. Pure.
 */
import type { StatusPayload } from '../feed/schema.js';
import { pickText } from '../i18n/lang.js';
import { toSmsText } from './gsm.js';
import { splitSentences } from './plain.js';

/** Its first sentence when short ("Keep your gas meter turned off …"), else its first words. */
const start = (label: string, n = 8) => {
  const first = splitSentences(label.trim())[0] ?? '';
  const w = first.split(/\s+/);
  const said = w.length > n ? w.slice(0, n - 2).join(' ') : first;
  return said.length < label.trim().length ? `${said.replace(/[,;:.!]$/, '')} …` : said;
};

/** The first words of the first urgent action of `incident` that `text` does not say (none of its first three words), else ''. */
export function urgentLeftOut(payload: StatusPayload, incident: string | undefined, lang: string, text: string): string {
  const inc = payload.incidents.find((i) => i.id === incident);
  if (!inc || inc.resolved_at) return '';
  for (const a of (inc.actions ?? []).filter((b) => b.urgent)) {
    const label = pickText(a.label, lang);
    const head = toSmsText(label).trim().split(/\s+/).slice(0, 3).join(' ');
    if (head && !text.includes(head)) return start(label);
  }
  return '';
}

/** `made` with `urgentLeftOut` set when it is one part, leaves out an urgent action and `inTwo()` (the SMS in two parts) says it. */
export function withUrgentNote<R extends { text: string; incident?: string; lang: string; parts: number }>(payload: StatusPayload, made: R, parts: number, inTwo: () => { text: string }): R & { urgentLeftOut?: string } {
  const left = parts === 1 ? urgentLeftOut(payload, made.incident, made.lang, made.text) : '';
  return left && !urgentLeftOut(payload, made.incident, made.lang, inTwo().text) ? { ...made, urgentLeftOut: left } : made;
}
