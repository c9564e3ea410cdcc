import { markdownToText, tokens } from './normalize.js';

/** A half-open range [start, end) of characters to highlight. */
export type Range = readonly [start: number, end: number];

export interface Snippet {
  text: string;
  ranges: Range[];
}

/** Ranges of the words in `text` whose processed form is one of `terms` (the stems an entry matched). */
export function highlightRanges(text: string, terms: Iterable<string>, process: (word: string) => string | null): Range[] {
  const wanted = new Set(terms);
  if (wanted.size === 0) return [];
  const out: Range[] = [];
  for (const t of tokens(text)) {
    const p = process(t.text);
    if (p && wanted.has(p)) out.push([t.start, t.end]);
  }
  return out;
}

/**
 * A short excerpt of a Markdown answer around its first highlighted word, cut at word boundaries,
 * with ranges relative to the excerpt.
 */
export function snippet(markdown: string, terms: Iterable<string>, process: (word: string) => string | null, length = 160): Snippet {
  const text = markdownToText(markdown);
  const ranges = highlightRanges(text, terms, process);
  if (text.length <= length) return { text, ranges };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 4));
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space >= 0 && first - space < length / 2 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  const lead = start > 0 ? '… ' : '';
  const shift = lead.length - start;
  return {
    text: lead + text.slice(start, end) + (end < text.length ? ' …' : ''),
    ranges: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift] as const),
  };
}

/**
 * The paragraph of `text` holding most of `terms` (the first of equals), or undefined when none holds any: an open
 * incident's result shows the part that matched (components/faq/incident-docs.ts). Trial W (a gas network): "smell gas"
 * showed "Pressure in the gas main is back…" under "No gas in Naas and Newbridge", whose action "You smell gas: Smell
 * gas? Go outside and call the emergency line at once" says what to do.
 */
export function bestPart(text: string, terms: readonly string[], process: (word: string) => string | null): string | undefined {
  let best: string | undefined, most = 0;
  for (const part of text.split(/\n\s*\n/)) {
    const held = new Set(highlightRanges(part, terms, process).map(([s, e]) => process(part.slice(s, e)))).size;
    if (held > most) (best = part), (most = held);
  }
  return best;
}
