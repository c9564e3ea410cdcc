/**
 * What an SMS title never loses when it is cut (sms-title.ts, sms-place.ts, sms-closing.ts, sms-urgent-whole.ts). Trial Y:
 * a water utility's SMS said "Boil water advisory for ZIP codes 60617... Boil tap water …" (60619 and 60633 gone: a resident
 * of 60633 read they were not affected), and on Wednesday "Boil water advisory lifted for 60617 and 60619, still..." ("in
 * effect for 60633" gone: 60633 read "lifted"). Now a cut keeps every postcode or ZIP code of the title and its list of
 * places whole, or leaves all of them out (a title cut before its place names none, and says it is cut), and a title with a clause that turns its meaning ("still in effect for", "except", "not yet", "behalve",
 * "nog niet") is not cut at all: then an action or other parts give way. When even the title alone does not fit, the list
 * alone stands for it, the words before it left out (a date or time range is kept whole or left out whole the same way: title-range.ts) ("ZIP codes 60617, 60619, 60633."), never with such a clause. Pure.
 */
import { codeIn, placeSpan } from './sms-place.js';
import { keepsRange } from './title-range.js';

/** A clause that turns the title's meaning for some readers: cut off, they read the opposite. English and Dutch. */
const REVERSAL = /(?<!\p{L})(?:still|except|excluding|apart from|not yet|but not|behalve|uitgezonderd|met uitzondering van|nog niet|nog steeds|nog altijd|maar niet)(?!\p{L})/iu;

const bare = (s: string) => s.replace(/(?:…|\.\.\.)/g, ' ').replace(/[\s.!?:;,]+$/u, '').replace(/\s+/g, ' ').trim();
const tokens = (s: string) => s.split(/\s+/).map((w) => w.replace(/^[("']+|[)"',;:.!?…]+$/g, '')).filter(Boolean);

/** Whether the title has a clause that turns its meaning (REVERSAL): then it is said whole, or the SMS says it cut. */
export const turnsMeaning = (title: string): boolean => REVERSAL.test(title);

/** The title's place as it is written (without the "in" / "for" before it), when it is a list (two places or more) or holds a code. */
export function placeList(title: string): string {
  const span = placeSpan(title);
  if (!span) return '';
  const words = title.trim().split(/\s+/).slice(...span);
  if (/^(?:in|for|voor|near|at|bij|te|nabij|rond|rondom|around|across)$/i.test(words[0]!)) words.shift();
  const text = words.join(' ').replace(/[,;:.]$/, '');
  const code = codeIn(title);
  return words.some(code) || /,|\s(?:and|en|&)\s/i.test(text) ? text : '';
}

/**
 * Whether `cut` (a shorter form of `title`, with "…") keeps what the title must keep: its codes and its list of places
 * whole (or each of its codes for it: "Boil Water Notice… (WR8)"), or none of them: never the first ones only, which
 * tells the others they are not affected. A title that turns its meaning is not cut at all. Others may be cut as before.
 */
export function keepsTitle(title: string, cut: string): boolean {
  if (bare(cut) === bare(title)) return true;
  if (turnsMeaning(title) || !keepsRange(title, cut)) return false;
  const code = codeIn(title);
  const codes = tokens(title).filter(code);
  const kept = new Set(tokens(cut));
  // Some codes, not all: those left out read as not affected. None at all says nothing of where (the "…" says it is cut).
  const said = codes.filter((c) => kept.has(c)).length;
  if (said > 0 && said < codes.length) return false;
  const place = placeList(title);
  if (!place || said > 0 || bare(cut).includes(bare(place))) return true;
  return !tokens(place).some((w) => /^\p{Lu}/u.test(w) && kept.has(w));
}

/**
 * The list alone, the words before it left out ("ZIP codes 60617, 60619, 60633."), or '' (none, or a title that turns its
 * meaning): the last form of a title that cannot stay beside the link otherwise (sms.ts), before one cut after a word.
 */
export function listForm(title: string): string {
  const place = placeList(title);
  return place && !turnsMeaning(title) && bare(place) !== bare(title) ? `${place}.` : '';
}

export { keepsRange, rangeOut } from './title-range.js';
