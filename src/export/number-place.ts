/**
 * Where an action's number (or e-mail address) goes in its label, one rule for every export (labelWithAddress for the
 * e-mail, page, Atom, CAP, SMS and social post; callSentence for the phone message). A Belgian bank's action "Laat uw
 * kaart meteen blokkeren via Card Stop en bel daarna onze fraudelijn", linked to Card Stop, was written "… bel daarna onze
 * fraudelijn (078 170 170)": Card Stop's number read as the fraud line's. When the label names the line it links to (its
 * label in that language, or a distinctive part of it: "Card Stop") and goes on to another line or call, the number
 * follows the name: "via Card Stop (078 170 170) en bel daarna onze fraudelijn". Otherwise it stays at the end, as
 * "Call our fraud line now, 24 hours a day (0800 028 1234)". Pure.
 */
import type { StatusPayload } from '../feed/schema.js';
import { pickText } from '../i18n/lang.js';
import { dialledForms } from './dial.js';

type Place = { lang: string; payload: Pick<StatusPayload, 'channels'> };

/** Words that name no line of their own: articles and "our", and what many lines are called ("line", "number", "service"). */
const GENERIC = new Set(
  ('de het een onze ons uw je jouw van voor en of bij the a an our your us of for and or at to ' +
    'lijn line nummer number telefoon telephone phone service dienst klantenservice klantendienst ' +
    'helpdesk desk hulplijn helpline hotline team centrale centre center 24 7 24/7 uur hours gratis free').split(' '),
);

/** Words after the name that point to another line or another call: then the number must not come after them. */
const OTHER = /(?<!\p{L})(?:bel|belt|bellen|call|dial|ring|phone|contact\p{L}*|mail|e-mail|sms|text|chat)(?!\p{L})|\p{L}*(?:lijn|line|nummer|number|desk|dienst|service|centrale)(?!\p{L})/iu;

/** What a label may add after a line's name and still mean that line: "the taxi line", "Card Stop-nummer", "the fraud team". */
const SAME = /^[\s-]*(?:lijn|line|nummer|number|telefoon|phone|service|dienst|desk|team|hotline|helpline|hulplijn)(?!\p{L})/iu;

const words = (name: string) => name.match(/[\p{L}\p{N}]+(?:[/'’][\p{L}\p{N}]+)*/gu) ?? [];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as a label may write it: not inside a word, with or without a space or hyphen between its words ("Cardstop"). */
const nameRe = (ws: readonly string[], flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])${ws.map(escape).join('[\\s-]*')}(?![\\p{L}\\p{N}])`, flags);

/**
 * The ways a label may name a line called `label`: its whole name in any case (not a sentence such as "Ruikt u gas? Bel
 * direct 0800-9009"), then each run of its capitalised words that holds one after the first (a proper name), longest
 * first, one word alone only as the name writes it: "Card Stop (kaart blokkeren)" is named by "Card Stop" and "Cardstop"
 * too, but "Block your card" does not name Card Stop, nor "the taxi line" the "Replacement taxi".
 */
export function namesOf(label: string): RegExp[] {
  const ws = words(label);
  if (!ws.length || /[?!\d]/.test(label)) return [];
  const proper = (w: string, i: number) => i > 0 && /^\p{Lu}/u.test(w) && !GENERIC.has(w.toLowerCase());
  const runs: string[][] = [];
  for (let n = ws.length - 1; n > 0; n--)
    for (let i = 0; i + n <= ws.length; i++) {
      const run = ws.slice(i, i + n);
      if (run.every((w) => /^\p{Lu}/u.test(w)) && run.some((w, j) => proper(w, i + j))) runs.push(run);
    }
  return [nameRe(ws, 'iu'), ...runs.map((r) => nameRe(r, r.length > 1 ? 'iu' : 'u'))];
}

/** Whether two links reach the same line: the same number however written (+32 78 … or 078 …), or the same e-mail address. */
export function sameLine(a: string, b: string): boolean {
  if (/^mailto:/i.test(a) || /^mailto:/i.test(b)) return a.replace(/\?.*$/, '').toLowerCase() === b.replace(/\?.*$/, '').toLowerCase();
  if (!/^tel:/i.test(a) || !/^tel:/i.test(b)) return false;
  const [fa, fb] = [dialledForms(a), dialledForms(b)];
  const local = (h: string) => !/^tel:\s*(\+|00)/i.test(h);
  return fa[0] === fb[0] || (local(a) && fb.includes(fa[0]!)) || (local(b) && fa.includes(fb[0]!));
}

/**
 * Where in `text` the first of `names` it says is said last, as [start, end]: "Booked assisted travel for today? … Call
 * Assisted travel from 6am" calls it in its last mention, not in the question before.
 */
function said(text: string, names: readonly RegExp[]): [number, number] | undefined {
  for (const re of names) {
    const m = [...text.matchAll(new RegExp(re.source, `${re.flags}g`))].at(-1);
    if (m) {
      const end = m.index + m[0].length;
      return [m.index, end + (SAME.exec(text.slice(end))?.[0].length ?? 0)];
    }
  }
  return undefined;
}

/**
 * Where the number of `href` goes in `label`: right after the name of the line it links to, when the label names it and
 * then another line or call ("via Card Stop| en bel daarna onze fraudelijn"); undefined for at the end.
 */
export function numberPlace(label: string, href: string | undefined, ctx: Place): number | undefined {
  if (!href) return undefined;
  const channels = ctx.payload.channels ?? [];
  const own = channels.filter((c) => typeof c.href === 'string' && sameLine(c.href, href));
  const at = said(label, own.flatMap((c) => namesOf(pickText(c.label, ctx.lang))));
  if (!at) return undefined;
  const rest = label.slice(at[1]);
  const others = channels.filter((c) => !own.includes(c)).flatMap((c) => namesOf(pickText(c.label, ctx.lang)));
  return OTHER.test(rest) || said(rest, others) ? at[1] : undefined;
}

/**
 * `label` with `address` at its place (numberPlace): in brackets after the name, or, for a number with brackets of its own
 * ("(312) 555-0142"), between commas; undefined when it goes at the end.
 */
export function placeAddress(label: string, address: string, href: string | undefined, ctx: Place): string | undefined {
  const at = numberPlace(label, href, ctx);
  if (at === undefined) return undefined;
  const [head, rest] = [label.slice(0, at), label.slice(at)];
  return address.startsWith('(') ? `${head}, ${address}${/^[,;:]/.test(rest) ? '' : ','}${rest}` : `${head} (${address})${rest}`;
}
