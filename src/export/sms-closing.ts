/**
 * A resolved incident's closing text in the SMS, where an open one has its action (sms.ts): its first sentence whole, then
 * the later sentences that fit, each whole: a question with its answer first (advice for whoever still has the problem:
 * "Werkt uw mobiel nog niet? Zet hem één keer uit en weer aan."), then the others in order; said in the text's order.
 * For the first sentence whole the title gives way, after a word, to no fewer than three words: a mobile operator's
 * all-clear went out as "Opgelost: Storing mobiel netwerk: bellen, sms en mobiel internet werken niet. Ons mobiele netwerk
 * werkt weer in heel..." (trial L). Null when even that does not fit: the closing text is then shortened as an action is.
 * Pure.
 */
import { answeredSentences, shortenWords } from './plain.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function closingPlan(title: string, view: { known: readonly string[]; summary: string }, fits: (title: string, closing: string) => boolean): { title: string; closing: string } | null {
  const { summary } = view;
  if (!summary) return null;
  const least = Math.min(3, words(title));
  const kept = fits(title, summary) ? title : shortenWords(title, (t) => words(t) >= least && fits(t, summary));
  if (!kept) return null;
  const later = answeredSentences((view.known[0] ?? '').slice(summary.length).trim());
  // A question with its answer ("…? …") before the rest; each group in the text's order.
  const answered = (i: number) => (/\?\s/.test(later[i]!) ? 0 : 1);
  const order = later.map((_, i) => i).sort((a, b) => answered(a) - answered(b) || a - b);
  const chosen = new Set<number>();
  const closing = () => [summary, ...later.filter((_, i) => chosen.has(i))].join(' ');
  for (const i of order) {
    chosen.add(i);
    if (!fits(kept, closing())) chosen.delete(i);
  }
  return { title: kept, closing: closing() };
}
