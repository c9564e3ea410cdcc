/**
 * A list pasted from Word or Outlook keeps its bullet characters: "•⇥Blijf binnen" on each line. Markdown sees no list
 * there, so readers got one run-on paragraph ("• Blijf binnen • Sluit ramen en deuren"). Such lines become Markdown items
 * ("- Blijf binnen"), for the studio and the CLI alike (update.ts). Word's second level ("o⇥", "§⇥") only with its tab,
 * so a line that starts with the word "o" stays as it is. Pure.
 */
import type { TextValue } from './schema.js';

const BULLET = /^[ \t\u00a0]*(?:[•◦▪▫‣⁃∙·●○■□►➢➤–][ \t\u00a0]+|[o§]\t[ \t]*)(?=\S)/gmu;

/** `text` with pasted bullets as Markdown list items; anything else unchanged. */
export const markdownBullets = (text: string): string => text.replace(BULLET, '- ');

/** A text in one or more languages with `markdownBullets` in each; other values (absent, not text) as they are. */
export function withMarkdownBullets<T extends TextValue | undefined>(value: T): T {
  if (typeof value === 'string') return markdownBullets(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([l, t]) => [l, typeof t === 'string' ? markdownBullets(t) : t])) as T;
}
