/**
 * The entries' words as written (folded), so a typo is also measured against what the reader
 * meant to type, not only against stems. Trial T: "genrator" found nothing while "generater" did:
 * the stemmer cuts a misspelt word differently ("genrator" -> "genrat", "generator" -> "gener",
 * two edits apart), yet as written the two are one letter apart.
 */
import { damerau } from './fuzzy.js';
import { fold } from './normalize.js';

/** Shortest word, typed and written, corrected this way: short words have too many neighbours. */
const MIN_LENGTH = 5;

export class WrittenWords {
  /** Words as they occur in the entries (filled while indexing). */
  readonly raw = new Set<string>();
  private folded?: string[];

  /** Folded distinct words of `MIN_LENGTH` letters or more; built on first use (most searches never need it). */
  list(): readonly string[] {
    if (!this.folded) {
      const out = new Set<string>();
      for (const w of this.raw) if (w.length >= MIN_LENGTH) out.add(fold(w));
      this.folded = [...out];
    }
    return this.folded;
  }
}

/** The written words one edit (a letter left out, added, changed or two swapped) from the typed word. */
export function writtenNeighbours(typed: string, words: WrittenWords): string[] {
  if (typed.length < MIN_LENGTH) return [];
  return words.list().filter((w) => Math.abs(w.length - typed.length) <= 1 && w !== typed && damerau(typed, w, 1) <= 1);
}
