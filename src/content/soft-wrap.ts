/**
 * Lines an editor wrapped in the middle of a sentence. Readers show every line break a desk types as a line break
 * (content/markdown.ts, `breaks`: one fact per line, trial X), so an FAQ answer written in a .md file hard-wrapped at
 * ~80 columns showed "you can / reach it on 0800-1234" on a phone. A line is a soft wrap, and is joined with the next,
 * when it is long (WRAP_MIN characters or more), ends no sentence, and the next line carries the sentence on: it starts
 * in lower case, or this one ends with a comma or a word such as "and", "the", "de", "op". Short typed lines, lists,
 * headings, quotes, tables, code blocks and a Markdown hard break (two spaces or a backslash at the end) stay as typed.
 * Pure: no DOM, so faq build and lint share it.
 */
export const WRAP_MIN = 60;

const SENTENCE_END = /[.!?:;…]["'”’»)\]*_]*$/;
const BLOCK_START = /^(?:[-*+]|\d{1,9}[.)]|#{1,6})(?:\s|$)|^(?:>|\||<|```|~~~)/;
const FENCE = /^\s{0,3}(?:```|~~~)/;
// Words a sentence does not end on (English and Dutch): "… call us on" / "0800-1234", "… bel ons op" / "0800-1234".
const GOES_ON = new Set(
  ('a an the and or but nor to of in on at for with by from via as if is are was be your our you we that than per into about until ' +
    'de het een en of maar te van op aan voor met door bij naar om tot als dan dat die uw ons onze u wij is zijn was per tussen').split(' '),
);

const length = (s: string) => [...s].length;

/** Whether line `a` (not blank) runs on into line `b` (lines as typed, without the newline). */
export function runsOn(a: string, b: string): boolean {
  const head = a.trimEnd();
  const next = b.trim();
  if (!next || length(head) < WRAP_MIN) return false;
  if (/ {2}$|\\$/.test(a) || SENTENCE_END.test(head)) return false;
  if (/^\s*(?:#{1,6}\s|>|\||<)/.test(a) || BLOCK_START.test(next)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  const last = /[\p{L}\p{N}]+$/u.exec(head)?.[0]?.toLowerCase();
  return head.endsWith(',') || (last !== undefined && GOES_ON.has(last));
}

/** The indexes of the lines that run on into the next (0-based), outside fenced code. */
export function softWraps(text: string): number[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: number[] = [];
  let code = false;
  lines.forEach((line, i) => {
    if (FENCE.test(line)) code = !code;
    else if (!code && i + 1 < lines.length && !FENCE.test(lines[i + 1]!) && runsOn(line, lines[i + 1]!)) out.push(i);
  });
  return out;
}

/** The text with each soft wrap joined by a space, and how many were joined; other lines stay as typed. */
export function unwrapLines(text: string): { text: string; joined: number } {
  const wraps = new Set(softWraps(text));
  if (!wraps.size) return { text, joined: 0 };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (wraps.has(i - 1)) out[out.length - 1] += ' ' + line.trim();
    else out.push(wraps.has(i) ? line.trimEnd() : line);
  });
  return { text: out.join('\n'), joined: wraps.size };
}
