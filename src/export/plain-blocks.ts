/**
 * Feed Markdown as plain lines, for channels that cannot show Markdown (phone, SMS, social, CAP, e-mail, the page
 * without script). Uses marked's lexer only (no HTML, no DOM): emphasis is dropped, lists become one block per item,
 * links keep their text. A line break typed in a paragraph is a line break, as the reader elements show it
 * (content/markdown.ts, marked's `breaks`): a desk types "what we know" one fact per line (trial X).
 */
import { Lexer, type Token, type Tokens } from 'marked';

function inline(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      if ('tokens' in t && Array.isArray(t.tokens) && t.type !== 'codespan') return inline(t.tokens);
      if (t.type === 'br') return '\n';
      if (t.type === 'image') return t.text;
      return 'text' in t ? String(t.text) : t.raw;
    })
    .join('');
}

/** Ends a list item or line as a sentence, so a spoken or one-line version still reads well. */
export function sentence(s: string): string {
  const trimmed = s.trim();
  return !trimmed || /[.!?:;…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A line that starts a sentence of its own (a capital or a digit), not one that goes on with the line before it. */
export const startsSentence = (line: string): boolean => /^[\p{Lu}\p{N}]/u.test(line);

// Each text is read once (at most a few thousand kept): the SMS beside another open incident reads the same texts a few
// dozen times per call (sms-also.ts), and reading Markdown took a sixth of it. Each caller gets its own copy.
const read = new Map<string, string[][]>();
/** Blocks of plain text (one per paragraph or list item), each as its lines, in the order they are written. */
export function plainBlocks(markdown: string): string[][] {
  let blocks = read.get(markdown);
  if (!blocks) {
    blocks = blocksOf(markdown);
    if (read.size >= 2000) read.clear();
    read.set(markdown, blocks);
  }
  return blocks.map((b) => [...b]);
}

function blocksOf(markdown: string): string[][] {
  if (!markdown.trim()) return [];
  let tokens: Token[];
  try {
    tokens = Lexer.lex(markdown, { gfm: true, breaks: true });
  } catch {
    return [[markdown.replace(/\s+/g, ' ').trim()]];
  }
  const out: string[] = [];
  const walk = (list: Token[]) => {
    for (const t of list) {
      if (t.type === 'space' || t.type === 'hr') continue;
      if (t.type === 'list') {
        for (const item of (t as Tokens.List).items) {
          out.push(sentence(inline(item.tokens.filter((x: Token) => x.type !== 'list'))));
          walk(item.tokens.filter((x: Token) => x.type === 'list'));
        }
      } else if (t.type === 'blockquote') walk((t as Tokens.Blockquote).tokens);
      else if (t.type === 'code') out.push(t.text);
      else if ('tokens' in t && Array.isArray(t.tokens)) out.push(inline(t.tokens));
      else if ('text' in t) out.push(String(t.text));
    }
  };
  walk(tokens);
  return out.map((b) => b.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean)).filter((b) => b.length);
}

/**
 * A block's lines on one line, for channels that say it as one: a line that a new sentence follows ends as one ("The
 * buildings are open" + "Exams are postponed" -> "The buildings are open. Exams are postponed."), and so does the last
 * line when it starts one; a line that goes on in lower case is joined with a space. One line is said as written.
 */
export const joinLines = (lines: readonly string[]): string =>
  lines.map((l, i) => (lines.length > 1 && startsSentence(lines[i + 1] ?? l) ? sentence(l) : l)).join(' ');
