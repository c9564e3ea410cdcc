/**
 * Feed Markdown as plain text, for channels that cannot show Markdown (phone, SMS, social, CAP,
 * plain e-mail). Uses marked's lexer only (no HTML, no DOM): emphasis is dropped, lists become
 * one sentence per item, links keep their text; its lines (plain-blocks.ts).
 */
import { labelSeparator } from '../content/links.js';
import { joinLines, plainBlocks, sentence } from './plain-blocks.js';

export { plainBlocks };

/** Paragraphs of plain text (one string per paragraph or list item; its lines joined, plain-blocks.ts joinLines). */
export const plainParagraphs = (markdown: string): string[] => plainBlocks(markdown).map(joinLines);

/** The whole text on one line. */
export function plainText(markdown: string): string {
  return plainParagraphs(markdown).map(sentence).join(' ');
}

export { firstSentence, splitSentences } from './sentences.js';
import { firstSentence, splitSentences } from './sentences.js';

/**
 * The longest start of `text` that `fits`, cut after a whole word and ending with "…"; the text
 * itself when it fits; null when not even one word does. Never cuts inside a word, nor leaves one word after a clause mark.
 */
export function shortenWords(text: string, fits: (candidate: string) => boolean): string | null {
  if (fits(text)) return text;
  const all = text.split(/\s+/);
  const words = [...all];
  while (words.length > 1) {
    words.pop();
    // Never a cut that drops its clause's "not": "Ons mobiele netwerk werkt nog steeds niet, …" went out on social media
    // as "Ons mobiele netwerk werkt…", the opposite (trial L). The cut goes back to before the clause, or the text goes.
    if (!/[,;:.!?–—-]$/.test(words[words.length - 1]!) && dropsNegation(all.slice(words.length))) continue;
    const candidate = `${words.join(' ').replace(/[\s,;:.–-]+$/, '')}…`;
    // One word after a colon, semicolon or dash says nothing of what follows: a cooperative's SMS ended "…or other
    // equipment: charge…". Then the cut goes back to the mark: "…or other equipment…". (After a comma, a list's next item stays.)
    if (fits(candidate)) return candidate.replace(/([^\s;:–—])\s*[;:–—]\s+[^\s,;:–—]+…$/u, '$1…');
  }
  return null;
}

/** A negation in Dutch or English: a clause cut before it says the opposite. */
const NEGATION = /^(?:niet|geen|nooit|niets|niks|niemand|nergens|noch|not|no|never|nothing|none|nobody|nowhere|nor|cannot|\p{L}+n['’]t)$/iu;

/** Whether the words a cut inside a clause leaves out hold a negation before the clause ends (at , ; : . ! ? or a dash). */
function dropsNegation(dropped: readonly string[]): boolean {
  for (const w of dropped) {
    if (/^[–—-]$/.test(w)) return false;
    if (NEGATION.test(w.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, ''))) return true;
    if (/[,;:.!?]$/.test(w)) return false;
  }
  return false;
}

/**
 * A text's sentences, a question together with the sentence after it (its answer), for channels that add whole
 * sentences while they fit: a resolved mobile outage's post ended "Mobile still not working?" without "Switch it off
 * and on again once." (trial L).
 */
export function answeredSentences(text: string): string[] {
  const out: string[] = [];
  for (const s of splitSentences(text)) {
    const last = out.length - 1;
    if (last >= 0 && out[last]!.endsWith('?')) out[last] = `${out[last]} ${s}`;
    else out.push(s);
  }
  return out;
}

/**
 * What we know after its first sentence (an incident view's `summary`), sentence by sentence, every paragraph: what a
 * channel with room says after the summary. The phone message said only the summary: "Broadband is down in Leeds."
 * without "Mobile calls and data work normally.", which callers with a mobile needed.
 */
export function knownAfterSummary(view: { known: readonly string[]; summary: string }): string[] {
  const [first = '', ...others] = view.known;
  return [first.slice(view.summary.length), ...others].flatMap((p) => answeredSentences(p.trim()));
}

/**
 * Like `shortenWords`, but whole sentences first: the longest run of the text's first sentences
 * that `fits`, ending as a sentence, without "…". Only when not even the first sentence fits is it
 * cut after a word. A sentence cut short can say the opposite of the whole: "Wij vragen daar nooit
 * om." cut to "Wij vragen…" ("We ask…"). A sentence ends at ".", "!" or "?" before a capital.
 * A run that ends on a question has lost its answer: a housing association's "Is het thuis te koud? Kom naar
 * een warme ruimte: buurthuis De Schakel, …" went out as "Is het thuis te koud?", the warm room gone. Then the
 * answer's first words follow, cut after a word ("Is het thuis te koud? Kom naar een warme ruimte: buurthuis…"),
 * when its first clause fits whole (up to , ; : or a dash); else the text ends before the question ("We never ask for your
 * PIN. In doubt? Call the…" went out answering nothing); only a question that is the first sentence stays as before.
 */
export function shortenSentences(text: string, fits: (candidate: string) => boolean): string | null {
  if (fits(text)) return text;
  const sentences = splitSentences(text);
  for (let n = sentences.length - 1; n >= 1; n--) {
    const run = sentences.slice(0, n).join(' ');
    if (!fits(run)) continue;
    if (!run.endsWith('?')) return run;
    const cut = shortenWords(sentences.slice(0, n + 1).join(' '), fits);
    // The answer's first clause whole, at least: a bank's "In doubt? Call the…" (and "In doubt?" alone) answered nothing.
    const clause = /^(?:[^,;:–—]|:(?=\d))*[,;:–—]/.exec(sentences[n]!)?.[0];
    // (A cut drops the clause's own mark for its "…": "Kom naar een warme ruimte…".)
    if (cut && clause && cut.replace(/(?:…|\.\.\.)$/, '').length >= run.length + clause.length) return cut;
    // Else the text ends before the question, when there is a sentence before it.
    if (n > 1) continue;
    return cut && cut.length > run.length + 1 ? cut : run;
  }
  return shortenWords(text, fits);
}

/**
 * An action's `who` said aloud as the condition it is ("U ruikt gas" -> "U ruikt gas?", "You smell gas." ->
 * "You smell gas?"); a question stays as written. On the status page the who stands under "Kom nu in actie
 * als…"; read aloud as "U ruikt gas: bel …" (the phone message, CAP) it tells the listener they smell gas.
 */
export const asQuestion = (who: string): string => `${who.trim().replace(/[\s.,;:!…]+$/, '').replace(/\?$/, '')}?`;

/**
 * A who that names a group rather than a condition ("Everyone travelling on Thursday 10 December", "Iedereen die vandaag
 * reist", "All passengers", "Alle klanten", "Wie vandaag reist"): said as whom it addresses, "Everyone travelling on Thursday
 * 10 December: Plan …". As a question it asked the reader whether they were everyone (a bus company's SMS, trial O).
 * A who written as a question ("Wie heeft een afspraak?") stays one.
 */
const GROUP = /^(?:every(?:one|body)?|all|whoever|iedereen|allen?|elke|iedere?|wie)\b/i;
const addressed = (who: string): string => `${who.trim().replace(/[\s.,;:!?…]+$/, '')}:`;

/**
 * The who's question said before an action's label, unless the label starts with a question of its own, which
 * says when it applies ("Ruikt u gas? Ga naar buiten …"): read aloud, "U ruikt gas? Ruikt u gas? Ga naar buiten"
 * and "Het is bij u thuis te koud? Is het thuis te koud? Kom naar …" ask twice. '' when none is said.
 */
export const whoAsked = (who: string, label: string): string => (!who.trim() || firstSentence(label.trim()).endsWith('?') ? '' : GROUP.test(who.trim()) && !who.trim().endsWith('?') ? addressed(who) : asQuestion(who));

/** The who's question (a group's address, GROUP) said aloud before a label (the phone message, SMS, CAP): none when the label says it (labelSaysWho) or asks its own (whoAsked). */
export const whoSaid = (who: string, label: string): string => (labelSaysWho(who, label) ? '' : whoAsked(who, label));

/**
 * An action's who as written lists show it ("U hebt geen water: Haal drinkwater …"), '' when the label says it or asks
 * its own question: the e-mail, page and Atom wrote "You need medical help today: Call NHS 111 if you need medical help today".
 */
export const whoShown = (who: string, label: string): string => (whoSaid(who, label) ? who : '');

/**
 * The mark after a who shown before its label in a list: ':' ("U hebt geen water: Haal …"), none after a question or an
 * exclamation. Trial T's e-mail and page without script wrote "A line is down near you?: Stay …" (also "U woont in De
 * Hoven?: Kook …"). The e-mail, the page without script and Atom; as labelSeparator, which the FAQ's incident card uses.
 */
export const whoMark = (who: string): string => labelSeparator(who).trim();

/** A text that ends as a sentence: "Bel ons" -> "Bel ons."; one ending in . ! ? or … as it is ('' -> '.': the end after a number said last). */
export const sentenceEnd = (s: string): string => (/[.!?…]$/.test(s) ? s : `${s}.`);

/** A label after such a question starts a sentence: "bel ons" -> "Bel ons". */
export { sentenceStart } from '../i18n/lang.js';

/** Words that say to whom, not what: pronouns, articles, "to be" and "to have", "if" ("U hebt …" / "als u … heeft"). */
const FILLER = new Set('u je jij we wij uw your you i ik de het een the a an is are am be ben bent zijn have has heb hebt heeft als if when wanneer'.split(' '));

/**
 * Whether an action's label says its `who` already: every word of the who that says something is in the label, in any
 * order ("You need medical help today" in "Call NHS 111 if you need medical help today"; "U hebt vandaag medische hulp
 * nodig" in "Bel de huisartsenpost als u vandaag medische hulp nodig heeft"). Then said aloud, the who is left out: the
 * phone message said "You need medical help today? Call NHS 111 if you need medical help today."
 */
export function labelSaysWho(who: string, label: string): boolean {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const said = new Set(words(label));
  const need = words(who).filter((w) => !FILLER.has(w));
  // One word is said by chance as often as on purpose: "You have a generator" is not said by "Never run a generator
  // indoors" (a US cooperative's e-mail and phone message dropped the who), only by a label with a condition of its own.
  if (need.length === 1 && !CONDITION.test(label)) return false;
  return need.length > 0 && need.every((w) => said.has(w));
}

/** A label that says when it applies: "… if you have a generator", "als u …", "Do you have …?". */
const CONDITION = /\b(?:if|when|als|wanneer|zodra)\b|\?/i;

export { resolvedTitle } from './resolved-title.js';

/**
 * A cut after a word keeps at least five words, half the words of the sentence it cuts, or its first clause (up to its
 * first comma, semicolon, colon or dash); else that sentence is left out: a strike's "Reis vandaag vóór 12:00 op een
 * andere manier, of reis later." went out as "Reis vandaag...", which reads as its opposite. "Haal gratis flessen water
 * bij het uitdeelpunt..." and "Geef nooit uw DigiD-code, uw pincode, …" keep their cut. The SMS's action and the social
 * post's first sentence of what we know ("Rond 02:00 is een…", trial N) are cut by it.
 */
export function meaningfulCut(text: string, cut: string | null): string | null {
  if (!cut || !/(?:…|\.\.\.)$/.test(cut)) return cut;
  const kept = cut.replace(/(?:…|\.\.\.)$/, '');
  const sentences = splitSentences(text);
  // The whole sentences kept before the one cut.
  let whole = 0;
  while (whole < sentences.length && kept.startsWith(sentences.slice(0, whole + 1).join(' '))) whole++;
  const cutSentence = sentences[whole];
  if (!cutSentence) return cut;
  // A clock time's colon ("Rond 02:00 is een…") is no clause's end.
  const clause = /^(?:[^,;:–—]|:(?=\d))*/.exec(cutSentence)![0].trim();
  const keptOfIt = kept.slice(whole ? sentences.slice(0, whole).join(' ').length : 0).trim();
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  if (keptOfIt.length >= clause.length || words(keptOfIt) >= 5 || words(keptOfIt) * 2 >= words(cutSentence)) return cut;
  return whole ? sentences.slice(0, whole).join(' ') : null;
}
