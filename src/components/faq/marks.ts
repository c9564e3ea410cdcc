import { html, type TemplateResult } from 'lit';
import type { Range, Snippet } from '../../search/index.js';

/** Text with the given ranges wrapped in <mark>, built as templates (no HTML strings). */
export function withMarks(text: string, ranges: readonly Range[]): Array<string | TemplateResult> {
  const out: Array<string | TemplateResult> = [];
  let at = 0;
  for (let [start, end] of ranges) {
    if (start < at) continue;
    // The space between two marked words goes into the second mark: alone between Lit's markers,
    // Chromium leaves it out of a button's name, and screen readers said "geen warmwater".
    if (!text.slice(at, start).trim()) start = at;
    if (start > at) out.push(text.slice(at, start));
    out.push(html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

type Highlight = { text: string; question: Range[]; snippet: Snippet };

/**
 * Highlights and snippet of each result, kept while the reader types: most results stay the same
 * from one keystroke to the next, so only new ones are computed.
 */
export class HighlightCache {
  private readonly marks = new Map<string, Highlight>();

  get(lang: string, id: string, question: string, answer: string, terms: readonly string[], compute: () => Omit<Highlight, 'text'>): Highlight {
    const key = `${lang}\u0000${id}\u0000${terms.join(' ')}`;
    let out = this.marks.get(key);
    if (!out || out.text !== question + answer) {
      out = { text: question + answer, ...compute() };
      if (this.marks.size > 500) this.marks.clear();
      this.marks.set(key, out);
    }
    return out;
  }
}
