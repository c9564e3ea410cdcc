/**
 * A resolved incident's closing text in the SMS, where an open one has its action (sms.ts): its first sentence whole, then
 * the later sentences that fit, each whole: a question with its answer first (advice for whoever still has the problem:
 * "Werkt uw mobiel nog niet? Zet hem één keer uit en weer aan."), then the others in order; said in the text's order.
 * For the first sentence whole the title gives way, after a word, to no fewer than three words: a mobile operator's
 * all-clear went out as "Opgelost: Storing mobiel netwerk: bellen, sms en mobiel internet werken niet. Ons mobiele netwerk
 * werkt weer in heel..." (trial L). Null when even that does not fit: the closing text is then shortened as an action is.
 * A first sentence that says what the title says (repeatsTitle) gives its room to the sentences after it when not all fit:
 * an airline's all-clear went out as "Inchecksysteem werkt weer op Schiphol en... Het inchecksysteem werkt sinds 11:20
 * weer en de vertragingen zijn voorbij." and lost "Was uw vlucht geannuleerd? Boek gratis om …" (trial S). The title is
 * then kept whole when that fits, else cut after a word (no fewer than three, never after a word that only links).
 * A later sentence that only thanks or apologises (onlyCourtesy) goes first, and never takes the first sentence's room: a
 * co-op's all-clear said "Thank you for your patience, and thanks to the crews …" and left out "All members … have power
 * again since 8:40 PM" (trial T).
 * A title with a clause that turns its meaning ("… lifted, except for 60633") is never cut (title-keep.ts, trial Y); an
 * all-clear's list of places may still be cut after a word, the closing text saying what to do first.
 * Pure.
 */
import { answeredSentences, shortenWords } from './plain.js';
import { endsOnLinkWord } from './sms-title.js';
import { turnsMeaning } from './title-keep.js';
import { tellsWhatToDo } from './useful-sentence.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * A sentence that only thanks or apologises: it starts so and holds no number (a time or a count is a fact: "Thanks for
 * waiting: 600 homes are back since 9 PM" is not only thanks). English and Dutch.
 */
const COURTESY = /^(?:thank(?:s| you)|many thanks|we (?:thank|appreciate)|(?:our |we )?apologi[sz]e|(?:our )?apologies|sorry|we are sorry|(?:hartelijk |heel erg )?(?:dank|bedankt)|(?:wij|we) (?:danken|bedanken|bieden|willen u)|(?:onze )?excuses|het spijt ons)(?!\p{L})/iu;
export const onlyCourtesy = (sentence: string): boolean => COURTESY.test(sentence.trim()) && !/\d/.test(sentence);

export function closingPlan(title: string, view: { known: readonly string[]; summary: string; title?: string }, fits: (title: string, closing: string) => boolean): { title: string; closing: string } | null {
  const least = Math.min(3, words(title));
  const later = answeredSentences((view.known[0] ?? '').slice(view.summary.length).trim());
  // A first sentence that is the title word for word is not said twice ("Online bill payment works again. Online bill
  // payment works again.", trial Y): the sentences after it take its place, or none.
  const twice = !!view.summary && [title, view.title ?? title].some((t) => same(t, view.summary) || same(t.replace(/^[^:]{1,40}:\s*/, ''), view.summary));
  const summary = twice ? later.shift() ?? '' : view.summary;
  if (!summary) return twice ? { title, closing: '' } : null;
  // A question with its answer ("…? …") before the rest, thanks last; each group in the text's order.
  const answered = (i: number) => (/\?\s/.test(later[i]!) ? 0 : onlyCourtesy(later[i]!) ? 2 : 1);
  // An instruction ("You do not need to call us, unless …") before a plain description (useful-sentence.ts, trial Z).
  const useful = (i: number) => (tellsWhatToDo(later[i]!) ? 0 : 1);
  const order = later.map((_, i) => i).sort((a, b) => answered(a) - answered(b) || useful(a) - useful(b) || a - b);
  const fill = (kept: string, first: string[]) => {
    const chosen = new Set<number>();
    const closing = () => [...first, ...later.filter((_, i) => chosen.has(i))].join(' ');
    for (const i of order) {
      chosen.add(i);
      if (!fits(kept, closing())) chosen.delete(i);
    }
    return { title: kept, closing: closing(), more: chosen.size };
  };
  // The first sentence says the title again, and not all fits: the sentences after it get its room (trial S).
  // So does a plain first sentence when a later one says what to do (trial Z's all-clear left out "You do not need to call us, …").
  // Only when the two do not fit side by side: a Flemish lift keeps "Het kookadvies is opgeheven." before its instruction.
  const instruction = later.find(tellsWhatToDo);
  const plainFirst = !tellsWhatToDo(summary) && instruction !== undefined && !fits(title, `${summary} ${instruction}`);
  if (later.some((x) => !onlyCourtesy(x)) && (repeatsTitle(view.title ?? title, summary) || plainFirst) && !fits(title, [summary, ...later].join(' '))) {
    const lead = later[order[0]!]!;
    const cut = fill(title, []).more ? title : shortenWords(title, (t) => words(t) >= least && !turnsMeaning(title) && !endsOnLinkWord(t) && fits(t, lead));
    const plan = cut ? fill(cut, []) : null;
    if (plan?.more) return { title: plan.title, closing: plan.closing };
  }
  const kept = fits(title, summary) ? title : shortenWords(title, (t) => words(t) >= least && !turnsMeaning(title) && fits(t, summary));
  if (!kept) return null;
  return { title: kept, closing: fill(kept, [summary]).closing };
}

const same = (a: string, b: string) => ((n) => n(a) === n(b))((s: string) => s.toLowerCase().replace(/[\s.!?…]+$/u, '').replace(/\s+/g, ' ').trim());

/** Words of four letters or more, each known by its first four: "working" and "worked" are one. */
const stems = (s: string) => (s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 4));

/**
 * Whether a sentence says what the title says: at least half the title's words of four letters or more (and two) come
 * back in it. "Check-in system working again at Amsterdam and Rotterdam" / "The check-in system has worked again since
 * 11:20 and the delays are over."
 */
export function repeatsTitle(title: string, sentence: string): boolean {
  const own = [...new Set(stems(title))];
  const said = new Set(stems(sentence));
  const shared = own.filter((w) => said.has(w)).length;
  return shared >= 2 && shared * 2 >= own.length;
}
