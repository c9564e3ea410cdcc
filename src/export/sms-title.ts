/**
 * How an SMS's title may give way beside an urgent action, and at which sentences that action may be cut (sms-emergency.ts).
 * A hospital's title "Storing computersysteem: poli-afspraken dinsdag gaan niet door" went out as "Storing..." (trial Q):
 * the news (Tuesday's appointments are cancelled) was lost and the SMS read as the one before. Now a title is never cut to
 * a word or two; a "Category: news" title whose category is a word or two loses the category whole ("Poli-afspraken
 * dinsdag gaan niet door"), never words of its news. The English one cut its action to the bare question "Do you need
 * urgent care now?": an action is now cut only between sentences, a question never without its answer. Pure.
 */
import { sentenceStart } from '../i18n/lang.js';
import { shortenWords, splitSentences } from './plain.js';
import { placeCuts, placeSpan } from './sms-place.js';
import { keepsTitle, turnsMeaning } from './title-keep.js';
import { rangeOut } from './title-range.js';
import { opensWithInstruction } from './useful-sentence.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** "Storing computersysteem: poli-afspraken …" -> its category and news; null when the title is not written so. */
export function titleParts(title: string): { category: string; news: string } | null {
  // A clock time's colon ("Vanaf 07:00 …") is no category's end; a category is a few words, its news at least two.
  const m = /^([^:\d]{2,60}):\s+(\S.*)$/u.exec(title.trim());
  if (!m || words(m[1]!) > 6 || words(m[2]!) < 2) return null;
  return { category: m[1]!.trim(), news: m[2]!.trim() };
}

/** The news of a "Category: news" title as a title of its own ("Poli-afspraken dinsdag gaan niet door."), or ''. */
export function titleNews(title: string, lang: string): string {
  const parts = titleParts(title);
  return parts ? sentenceStart(parts.news, lang) : '';
}

/**
 * Words that only link what follows ("in", "of", "and", "door", "van"): a title cut after one says nothing of it. Trial R's
 * English SMS said "Power cut in..." for "Power cut in Roosendaal, Etten-Leur and Zundert after storm": three words, the
 * floor, but no place.
 */
const LINK_WORDS = new Set('a an and at after before by for from in into of on or over the to with without aan bij de den der des door een en het in met na naar of om op over te tot uit van voor zonder'.split(' '));
export const endsOnLinkWord = (cut: string) => LINK_WORDS.has((cut.replace(/[…\s.,;:]+$/u, '').split(/\s+/).pop() ?? '').toLowerCase());

/**
 * The title, or a shorter form of it that `fits`, never fewer than three words (nor `least`); null when none does. A title
 * without a category is cut after a word, never after a word that only links (LINK_WORDS). A "Category: news" title is not cut inside its news: it goes down to its news
 * whole ("Poli-afspraken dinsdag gaan niet door."), or to the category when that is three words or more and says more than
 * the news ("Gaslek in Zutphen: Berkenlaan ontruimd" -> "Gaslek in Zutphen…", trial H). "Storing computersysteem…" says nothing new.
 */
export function titleCut(title: string, lang: string, least: number, test: (title: string) => boolean, anyWord = false): string | null {
  if (test(title)) return title;
  // A date range goes whole before any word: "Doctors' strike: A&E stays open." (title-range.ts, trial Z).
  const out = rangeOut(title);
  if (out && keepsTitle(title, out) && test(out)) return out;
  // Never a cut that loses a code, the list of places or a clause that turns the title's meaning (title-keep.ts, trial Y).
  return cutTitle(title, lang, least, (t) => keepsTitle(title, t) && test(t), anyWord);
}

function cutTitle(title: string, lang: string, least: number, fits: (title: string) => boolean, anyWord: boolean): string | null {
  const parts = titleParts(title);
  const floor = Math.min(Math.max(least, 3), words(title));
  if (!parts && placeSpan(title)) {
    // A title that names its place keeps it whole, or is not cut (sms-place.ts): "Boil Water Notice in Upton upon..." (a water
    // company's trial). Only for an urgent action that cannot be cut where a clause ends, or an emergency line (`anyWord`),
    // may it still be cut after a word, as any title.
    const kept = placeCuts(title).find((t) => words(t.replace(/…/g, '')) >= floor && !endsOnLinkWord(t.split('…')[0]!) && fits(t));
    if (kept || !anyWord) return kept ?? null;
  }
  if (!parts) {
    const cut = shortenWords(title, (t) => words(t.replace(/…$/, '')) >= floor && !endsOnLinkWord(t) && fits(t));
    // shortenWords may step back over a clause mark after the test ("X: word…" -> "X…"): the floor counts what goes out.
    return cut && words(cut.replace(/…$/, '')) >= floor ? cut : null;
  }
  const news = titleNews(title, lang);
  // The category alone only when it says more than the news: "Computer system failure…" lost the news (trial Q).
  // News that only instructs ("use our web form") says nothing alone: the SMS began "Use our web form." (trial Z).
  const cat = words(parts.category) >= floor ? [`${parts.category}…`] : [];
  const order = opensWithInstruction(parts.news) ? cat : cat.length && words(parts.category) > words(parts.news) ? [...cat, news] : [news];
  return order.find((t) => fits(t)) ?? null;
}

/**
 * The ways to cut an action between sentences, most kept first: whole runs of its first sentences (a question with its
 * answer, never alone); then the answer to a leading question without the question ("Call the out-of-hours GP service
 * first: 0900 700 8000."), with the later emergency sentences while they fit; then those emergency sentences alone.
 * `urgent` marks the emergency sentences (urgentSentences). `asked` in a result: the leading question was left out.
 */
export function sentenceCuts(action: string, urgent: readonly boolean[]): { action: string; asked: boolean }[] {
  const sentences = splitSentences(action);
  // Groups: a question with the sentence after it (its answer).
  const groups: { text: string; urgent: boolean; answer: string }[] = [];
  for (let i = 0; i < sentences.length; i++) {
    let j = i;
    while (j < sentences.length - 1 && sentences[j]!.endsWith('?')) j++;
    if (sentences[j]!.endsWith('?')) break; // a question left without an answer says nothing
    groups.push({ text: sentences.slice(i, j + 1).join(' '), urgent: urgent.slice(i, j + 1).includes(true), answer: sentences[j]! });
    i = j;
  }
  const out: { action: string; asked: boolean }[] = [];
  for (let k = groups.length - 1; k >= 1; k--) out.push({ action: groups.slice(0, k).map((g) => g.text).join(' '), asked: false });
  const [lead, ...later] = groups;
  const lines = later.filter((g) => g.urgent).map((g) => g.text);
  if (lead && lead.answer !== lead.text) {
    for (let k = lines.length; k >= 0; k--) out.push({ action: [lead.answer, ...lines.slice(0, k)].join(' '), asked: true });
  }
  for (let k = lines.length; k >= 1; k--) out.push({ action: lines.slice(0, k).join(' '), asked: false });
  // Each keeps an emergency sentence (without one, the action is shortened as any other, sms.ts), and what to do first
  // when that is no emergency line: a lift's "Bel ons als u hulp nodig heeft …" is not dropped for a later action's 112 line.
  const has = (c: string, g: { text: string; answer: string }) => c.includes(g.text) || c.includes(g.answer);
  const kept = (c: string) => groups.some((g) => g.urgent && has(c, g)) && (!lead || lead.urgent || has(c, lead));
  return out.filter((c, i) => c.action && c.action !== action && kept(c.action) && out.findIndex((d) => d.action === c.action) === i);
}

/**
 * A cut of an action (`cut`, from meaningfulCut) that ends where a sentence or a clause ends (before its comma, colon,
 * semicolon or dash), else the longest such cut that `fits`, or null: "Your flight is cancelled? Rebook free of charge
 * in My..." told nobody where to rebook (trial S). The action is then left out, and the next urgent one that fits is said.
 */
export function atClause(action: string, cut: string | null, fits: (cut: string) => boolean): string | null {
  if (!cut || !/(?:…|\.\.\.)$/.test(cut)) return cut;
  const text = action.trim();
  const kept = cut.replace(/(?:…|\.\.\.)$/, '').trim();
  const rest = text.startsWith(kept) ? text.slice(kept.length) : '';
  if (/^\s*[,;:–—]/.test(rest) || /^[.!?]\s/.test(rest)) return cut;
  return clauseCuts(text.slice(0, kept.length), text).find(fits) ?? null;
}

/** `text` cut where a clause ends inside `within` (a clock time's colon is none), longest first; never a bare question. */
export function clauseCuts(within: string, text = within): string[] {
  const ends = [...within.matchAll(/\s*[,;–—]|:(?!\d)/g)].map((m) => m.index!).filter((i) => i > 0).reverse();
  return ends.map((i) => answered(text, `${text.slice(0, i).trim()}…`)).filter((c): c is string => !!c);
}

/**
 * A cut action that only asks ("Heeft u nu dringend zorg nodig?", or a question cut inside: "Heeft u … of krijgt u...") is
 * none: a question alone says nothing to do (trial Q).
 */
export function answered(action: string, cut: string | null): string | null {
  if (!cut) return cut;
  const kept = cut.replace(/(?:…|\.\.\.)$/, '').trim();
  const sentences = splitSentences(action);
  let whole = 0;
  while (whole < sentences.length && kept.startsWith(sentences.slice(0, whole + 1).join(' '))) whole++;
  const partial = kept.length > sentences.slice(0, whole).join(' ').length ? sentences[whole] : undefined;
  return sentences.slice(0, whole).every((x) => x.endsWith('?')) && (partial === undefined ? whole > 0 : partial.trim().endsWith('?')) ? null : cut;
}

/**
 * Beside a title that turns its meaning (never cut), an urgent action that cannot be cut where a clause ends may be cut
 * after a word, when that keeps at least half the words of its first sentence and does not end on a word that only links:
 * "Boil tap water for at least 1 minute..." for 60633, not a later action nor none. Else null.
 */
export function halfBeside(title: string, action: string, cut: string | null): string | null {
  if (!cut || !turnsMeaning(title) || !/(?:…|\.\.\.)$/.test(cut)) return null;
  const kept = cut.replace(/(?:…|\.\.\.)$/, '').trim();
  const first = splitSentences(action.trim())[0] ?? '';
  const n = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (!action.trim().startsWith(kept) || n(kept) * 2 < n(first)) return null;
  // Before an "and" that starts what it cut ("… 1 minute and let..." -> "… 1 minute..."), when that still keeps half.
  const m = /^(.*\S)\s+(?:and|or|en|of)\s/iu.exec(kept);
  if (m && n(m[1]!) * 2 >= n(first) && !endsOnLinkWord(m[1]!)) return `${m[1]!.replace(/[\s,;:]+$/, '')}…`;
  return endsOnLinkWord(kept) ? null : cut;
}
