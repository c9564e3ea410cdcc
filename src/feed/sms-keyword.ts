/**
 * The word people text to a text line (`sms:+13165550142?body=OUT`, trial T): one check and one set of words for
 * `clearline new/edit channel --keyword`, the studio's "Word to text" field and lint's `sms-keyword` rule, so a word
 * readers would refuse (a quote mark, an invisible direction mark, a paragraph) is refused where it is typed, in the
 * same words. Before, the CLI wrote it and lint said only "needs an sms: link with the number people text".
 * Pure: no DOM.
 */
import { smsParts } from '../content/links.js';

export const KEYWORD_PROBLEMS = ['long', 'marks'] as const;
export type KeywordProblem = (typeof KEYWORD_PROBLEMS)[number];

/** The word as a link's `?body=`: percent-encoded, `!'()*` too, so only letters, digits, `._~-` and `%XX` remain (feed/sms-link.ts). */
export const encodeKeyword = (word: string): string => encodeURIComponent(word).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** What readers would refuse in the word to text (content/links.ts smsParts takes at most 160 and plain characters); undefined when it is fine or empty. */
export function keywordProblem(word: string): KeywordProblem | undefined {
  const w = word.trim();
  if (!w) return undefined;
  let body: string;
  try {
    body = encodeKeyword(w);
  } catch {
    return 'marks';
  }
  if (smsParts(`sms:+10000?body=${body}`)?.body === w) return undefined;
  return body.replace(/%[0-9A-F]{2}/gi, '_').length > 160 ? 'long' : 'marks';
}

/** The word a text line's link carries, decoded but not checked or trimmed (the studio's field shows it as typed); '' for none. */
export function keywordOf(href: string | undefined): string {
  const body = /^sms:[^?]*\?body=([^#]*)$/i.exec(href ?? '')?.[1] ?? '';
  try {
    return decodeURIComponent(body);
  } catch {
    return body;
  }
}

/** The number of a text line's link, or a number typed for one (`sms:+13165550142`, `sms:316-555-0143`, `316-555-0143`), else undefined. */
export function smsNumber(href: string | undefined): string | undefined {
  const n = (href ?? '').trim().replace(/^(?:sms|tel):/i, '').replace(/\?.*$/, '');
  return /^\+?[0-9][0-9 ().-]{2,30}$/.test(n) ? n : undefined;
}

/** The link with `word` to send (kept as typed; '' or spaces remove it), or undefined while there is no number to send it to. */
export function withKeyword(href: string | undefined, word: string): string | undefined {
  const n = smsNumber(href);
  if (n === undefined) return undefined;
  try {
    return `sms:${n}${word.trim() ? `?body=${encodeKeyword(word)}` : ''}`;
  } catch {
    return undefined;
  }
}

/** The problem with a text line's link when it is its word (the number is right), with that word; else undefined (lint's link-scheme says the rest). */
export function linkKeywordProblem(href: string): { problem: KeywordProblem; word: string } | undefined {
  const m = /^sms:(\+?[0-9][0-9 ().-]{2,30})\?body=([^?#]*)$/i.exec(href);
  if (!m || smsParts(href)) return undefined;
  let word: string;
  try {
    word = decodeURIComponent(m[2]!).trim();
  } catch {
    return { problem: 'marks', word: '' };
  }
  const problem = keywordProblem(word) ?? (m[2]!.replace(/%[0-9A-F]{2}/gi, '_').length > 160 ? 'long' : undefined);
  return problem && { problem, word };
}

/**
 * What is wrong, and what to do, in the desk's words (en, nl): the CLI's refusal, the studio's field and lint say these.
 * A word with an invisible mark is not quoted: the mark would turn the sentence round on the screen.
 */
export const KEYWORD_SAID = {
  en: {
    long: (word: string) => `the word to text is too long (${[...word].length} characters): people type it into a text message`,
    marks: () => 'the word to text has a character a text link cannot carry: a quote mark, < or >, a backslash, a line break or an invisible mark',
    fix: 'Give one short word people can type, with letters and digits, e.g. OUT.',
  },
  nl: {
    long: (word: string) => `het woord om te sms'en is te lang (${[...word].length} tekens): mensen typen het in een sms`,
    marks: () => "het woord om te sms'en heeft een teken dat een sms-link niet kan meenemen: een aanhalingsteken, < of >, een backslash, een nieuwe regel of een onzichtbaar teken",
    fix: 'Geef één kort woord dat mensen kunnen typen, met letters en cijfers, bijv. STORING.',
  },
} as const;

/** The CLI's refusal of `--keyword WORD` in the desk's language (`lang` en or nl), or undefined when the word is fine. */
export function keywordRefusal(word: string | undefined, lang: 'en' | 'nl'): string | undefined {
  const problem = word === undefined ? undefined : keywordProblem(word);
  if (!problem) return undefined;
  const said = KEYWORD_SAID[lang];
  return `--keyword: ${said[problem](word!.trim())}. ${said.fix}`;
}
