/**
 * A JSON file that does not parse, said to the desk: where (line and column, that line shown, a
 * caret under the spot) and what is wrong in words, in the desk's language. JSON.parse's own words
 * ("Expected ',' or '}' after property value in JSON") are English and an engineer's; a trailing comma
 * in a list ("Unexpected token ']', …"a"},\n  ],\n…"… is not valid JSON") had no position at all and
 * pointed at the end of the file.
 */
import type { UiLanguage } from '../i18n/terms.js';

/** V8's reason, by its start, in words: [English, Dutch]. `c` is the character found. */
const REASONS: [RegExp, (c: string) => Record<UiLanguage, string>][] = [
  [/^Unexpected end of JSON input/, () => ({ en: 'the file ends too early: a closing } or ], or a closing quote ("), is missing', nl: 'het bestand houdt te vroeg op: er mist een sluitende } of ], of een sluitend aanhalingsteken (")' })],
  [/^Expected ',' or '\}' after property value/, () => ({ en: 'a comma is missing just before this, often at the end of the line above (or a } to close the block)', nl: 'hier vlak vóór mist een komma, vaak aan het eind van de regel erboven (of een } die het blok sluit)' })],
  [/^Expected ',' or '\]' after array element/, () => ({ en: 'a comma is missing just before this, often at the end of the line above (or a ] to close the list)', nl: 'hier vlak vóór mist een komma, vaak aan het eind van de regel erboven (of een ] die de lijst sluit)' })],
  [/^Expected double-quoted property name/, () => ({ en: 'a field name in double quotes is expected here: remove the comma just before it, or put the name in double quotes (")', nl: 'hier hoort een veldnaam tussen dubbele aanhalingstekens: haal de komma er vlak voor weg, of zet de naam tussen dubbele aanhalingstekens (")' })],
  [/^Expected property name or '\}'/, () => ({ en: 'a field name in double quotes (") is expected here', nl: 'hier hoort een veldnaam tussen dubbele aanhalingstekens (")' })],
  [/^Expected ':' after property name/, () => ({ en: 'a colon (:) is missing after the field name', nl: 'na de veldnaam mist een dubbele punt (:)' })],
  [/^Unterminated string/, () => ({ en: 'a text is not closed: its closing quote (") is missing', nl: 'een tekst is niet afgesloten: het sluitende aanhalingsteken (") mist' })],
  [/^Bad control character in string literal/, () => ({ en: 'a text runs on over a line break or holds a tab: close it with " on the same line (write \\n for a new line)', nl: 'een tekst loopt door over een regeleinde of bevat een tab: sluit hem met " op dezelfde regel (schrijf \\n voor een nieuwe regel)' })],
  [/^Unexpected non-whitespace character after JSON/, () => ({ en: 'there is more after the end of the document (a } too many, or two documents in one file)', nl: 'na het einde van het document staat nog iets (een } te veel, of twee documenten in één bestand)' })],
  [/^Unexpected token '[\]}]'/, (c) => ({ en: `a comma too many just before this ${c}, or a value is missing`, nl: `een komma te veel vlak vóór deze ${c}, of er mist een waarde` })],
  [/^Unexpected token '''/, () => ({ en: 'texts and field names need double quotes ("), not single ones', nl: 'teksten en veldnamen staan tussen dubbele aanhalingstekens ("), niet enkele' })],
  [/^Unexpected token/, (c) => ({ en: `${named(c).en} does not belong here (a text needs double quotes ("), a number none)`, nl: `${named(c).nl} hoort hier niet (een tekst staat tussen dubbele aanhalingstekens ("), een getal niet)` })],
  [/^Bad escaped character/, () => ({ en: 'a backslash (\\) in a text must be followed by n, t, " or another \\: write \\\\ for a backslash itself', nl: 'na een backslash (\\) in een tekst hoort n, t, " of nog een \\: schrijf \\\\ voor een backslash zelf' })],
];

/** The character JSON.parse stopped at, as the desk sees it. */
function named(c: string): Record<UiLanguage, string> {
  if (c === '\n' || c === '\r') return { en: 'a line break', nl: 'een regeleinde' };
  if (c === '\t') return { en: 'a tab', nl: 'een tab' };
  if (c === ' ') return { en: 'a space', nl: 'een spatie' };
  if (c === '\uFEFF') return { en: 'an invisible mark (a byte order mark)', nl: 'een onzichtbaar teken (een byte order mark)' };
  return { en: `the character ${c}`, nl: `het teken ${c}` };
}

/** The file and where, and the advice under the shown line. */
const SAID = {
  en: { notJson: (path: string) => `${path} is not valid JSON, at`, at: (line: number, column: number) => `line ${line}, column ${column}`, advice: '(a missing or extra comma, or a missing quote, is the usual cause; fix it there and run the command again)', page: '(a missing or extra comma, or a missing quote, is the usual cause; fix it there, save the file and reload this page)' },
  nl: { notJson: (path: string) => `${path} is geen geldige JSON, op`, at: (line: number, column: number) => `regel ${line}, kolom ${column}`, advice: '(meestal mist er een komma of aanhalingsteken, of staat er een komma te veel; verbeter het daar en geef de opdracht opnieuw)', page: '(meestal mist er een komma of aanhalingsteken, of staat er een komma te veel; verbeter het daar, bewaar het bestand en laad deze pagina opnieuw)' },
} as const;

/**
 * Where V8 stopped when its message gives no position: "Unexpected token ']', ..."<10 before>]<10 after>"..."
 * (or the whole text when short). Undefined when the shown part is not found.
 */
function contextPosition(text: string, message: string): number | undefined {
  const m = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!m) return undefined;
  const [, token, before, shown, after] = m as unknown as [string, string, string | undefined, string, string | undefined];
  const at = text.indexOf(shown);
  if (at < 0) return undefined;
  if (before) return at + 10;
  if (after) return at + shown.length - 11;
  return at + shown.lastIndexOf(token);
}

/**
 * Where JSON.parse stopped, as line and column with that line shown and a caret under the
 * spot, so a missing comma is found without counting characters; the reason in `lang`'s words.
 */
export function jsonErrorAt(text: string, error: Error, lang: UiLanguage = 'en'): string {
  const m = /position (\d+)/.exec(error.message);
  const lineCol = /line (\d+) column (\d+)/.exec(error.message);
  const position = m ? Number(m[1]) : contextPosition(text, error.message);
  let line: number;
  let column: number;
  if (lineCol) [line, column] = [Number(lineCol[1]), Number(lineCol[2])];
  else if (position !== undefined) {
    const before = text.slice(0, position);
    line = before.split('\n').length;
    column = position - before.lastIndexOf('\n');
  } else {
    const lines = text.split('\n');
    line = lines.length;
    column = (lines.at(-1) ?? '').length + 1;
  }
  const shown = (text.split('\n')[line - 1] ?? '').replace(/\t/g, ' ');
  const own = error.message.replace(/^JSON\.parse: /, '');
  // Stopped at the end of the file ("Expected double-quoted property name" after a last comma): it ends too early.
  const atEnd = position !== undefined && !text.slice(position).trim();
  const found = atEnd ? REASONS[0] : REASONS.find(([re]) => re.test(own));
  const token = /^Unexpected token '([\s\S])'/.exec(own)?.[1] ?? '';
  const plain = own.replace(/\s*(?:in JSON )?at position \d+.*$/s, '');
  const reason = found ? found[1](token)[lang] : lang === 'nl' ? `de opmaak klopt hier niet (${plain})` : plain;
  return `${SAID[lang].at(line, column)}: ${reason}\n  ${line} | ${shown}\n  ${' '.repeat(String(line).length)} | ${' '.repeat(Math.max(0, column - 1))}^`;
}

/** The whole message for a file that is not JSON: "feed.json is geen geldige JSON, op regel 4, kolom 3: …"; `page`: shown in the studio (reload it, not run a command). */
export function notJson(path: string, text: string, error: Error, lang: UiLanguage = 'en', page = false): string {
  return `${SAID[lang].notJson(path)} ${jsonErrorAt(text, error, lang)}\n${page ? SAID[lang].page : SAID[lang].advice}`;
}
