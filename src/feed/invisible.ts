/**
 * Text pasted from Word or a web page brings characters nobody sees: soft hyphens ("Hoge­Berg"), zero-width spaces,
 * word joiners, byte-order marks, and tabs between sentences. Readers' searches miss "Hoge Berg" in "Hoge­Berg", and one
 * such character in an SMS makes it UCS-2, 70 characters a part (a grid operator's desk pasted them, trial R). They go
 * when an incident is written (update.ts), for the studio and the CLI alike; a tab mid-line becomes a space, a tab that
 * indents a line (a Markdown list level) stays. Zero-width joiners stay: emoji and some scripts need them. Pure.
 */
import { withoutBullet } from './pasted-lists.js';

const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/**
 * `text` without invisible characters, with a tab after other text as one space, and Windows line ends as \n (a paste on
 * Windows kept "…still out.\r\n- Crews…" in feed.json, trial T).
 */
export const withoutInvisible = (text: string): string => text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(/(?<=\S)[ \t]*\t[ \t]*/g, ' ');

/** The one-line texts of an incident, which lose a bullet pasted before them (pasted-lists.ts withoutBullet). */
const ONE_LINE = new Set(['title', 'label', 'who', 'affects']);

/**
 * Every text in a value (an incident's change: its title, texts, affects, actions) cleaned; links and ids as they are.
 * `oneLine`: in a title, action, who or affected place (and their languages), also without a pasted bullet in front.
 */
export function cleanTexts<T>(value: T, key = '', oneLine = false): T {
  if (typeof value === 'string') return (key === 'href' || key === 'id' ? value : withoutInvisible(oneLine ? withoutBullet(value) : value)) as T;
  if (Array.isArray(value)) return value.map((v) => cleanTexts(v, '', oneLine)) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanTexts(v, k, oneLine || ONE_LINE.has(k))])) as T;
}
