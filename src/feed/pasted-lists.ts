/**
 * A list pasted from Word, Outlook or Google Docs keeps its bullet characters: "•⇥Blijf binnen" on each line. Markdown
 * sees no list there, so readers got one run-on paragraph ("• Blijf binnen • Sluit ramen en deuren"). Such lines become
 * Markdown items ("- Blijf binnen"), for the studio and the CLI alike (update.ts), with Word's levels kept: "o⇥" and "◦"
 * one level in, "§⇥" and "▪" two. Marks that also start prose ("– 5 graden", "o ja", "§ 5 APV") count only with Word's
 * tab (or Outlook's non-breaking spaces) after them. A paragraph right after the list stays a paragraph of its own. Pure.
 */
import type { TextValue } from './schema.js';

const GAP = '[ \\t\\u00a0]';
/** A pasted bullet at the start of a line, by level; the third group's marks need a tab or non-breaking space after them. */
const ITEM = new RegExp(
  `^${GAP}*(?:([•●∙‣⁃►➢➤\\uf0b7])${GAP}+|([◦○])${GAP}+|([▪▫■□\\uf0a7])${GAP}+|([–→✓✔])\\t${GAP}*|(o)[\\t\\u00a0]${GAP}*|(§)[\\t\\u00a0]${GAP}*|(·)${GAP}+)(?=\\S)`,
  'u',
);
/** The level of each group of ITEM: 0 is the list itself. */
const LEVELS = [0, 1, 2, 0, 1, 2, 0] as const;

/** `text` with pasted bullets as Markdown list items; anything else unchanged. */
export function markdownBullets(text: string): string {
  const out: string[] = [];
  let inList = false;
  for (const line of text.split('\n')) {
    const m = ITEM.exec(line);
    if (m) {
      const level = LEVELS[m.slice(1).findIndex((g) => g !== undefined)] ?? 0;
      out.push(`${'  '.repeat(level)}- ${line.slice(m[0].length)}`);
      inList = true;
      continue;
    }
    // Markdown would run a line right after an item into it ("lazy continuation"): readers got "Blijf binnen Daarna …".
    if (inList && line.trim()) out.push('');
    inList = false;
    out.push(line);
  }
  return out.join('\n');
}

/**
 * A one-line text (a title, an action, whom it is for, an affected place) without a bullet pasted before it: an airline's
 * desk pasted "•⇥Is uw vlucht geannuleerd? …" from Word into an action, and the status page, the help dialog and the phone
 * message said "• Is uw vlucht geannuleerd?" (trial S). The same marks as a list item's, at the start only.
 */
export const withoutBullet = (line: string): string => {
  const m = ITEM.exec(line);
  return m ? line.slice(m[0].length) : line;
};

/** A text in one or more languages with `markdownBullets` in each; other values (absent, not text) as they are. */
export function withMarkdownBullets<T extends TextValue | undefined>(value: T): T {
  if (typeof value === 'string') return markdownBullets(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([l, t]) => [l, typeof t === 'string' ? markdownBullets(t) : t])) as T;
}
