/**
 * Where the phone message (ivr.ts) says its emergency lines among what we know. Pure.
 *
 * Right after the first sentence, as before (a caller who smells gas hears the line early), unless the next sentence
 * leads on from it: a strike announced for Thursday said "… from 00:01 until 00:01 on Friday 11 December. 999, emergency
 * services. Hang up this call first. Until then, trams and buses run as normal.", and "Until then" followed 999 (trial O).
 * Then after the sentences that lead on, each from the one before it: a sentence is not cut from the one it refers to,
 * and the line still comes at the first point where the news pauses, not after a whole paragraph of background. A first
 * sentence that is a heading ("ZIP code 60633: keep boiling.") keeps the next one of its paragraph with it (trial Y).
 */

/**
 * A sentence that begins by referring back to the one before it: "Until then", "Then", "After that", "This", "That",
 * "Tot dan", "Daarna", "Dan", "Dit", "Dat" … (English and Dutch, the feeds' languages). Also "This morning …": leaving
 * it after the sentence before costs a few seconds, cutting a sentence from what it refers to costs its meaning.
 */
const LEADS_ON =
  /^\W*(?:until then|till then|by then|before then|then|after that|afterwards|before that|since then|this|that|these|those|such|otherwise|tot dan|tot die tijd|tot die|daarna|daarvoor|daarom|daardoor|daarbij|daarmee|dan|dit|dat|deze|die|toen|anders)(?!\p{L})/iu;

export const leadsOn = (sentence: string): boolean => LEADS_ON.test(sentence);

/**
 * How many of the sentences after the first (`rest`, in order) are said before the emergency lines: those at the start
 * that lead on from the sentence before them. 0 when the second sentence stands on its own. `start`: those said before
 * the lines whatever they say (emergencyAfterFirst).
 */
export function emergencyAfter(rest: readonly string[], start = 0): number {
  let n = Math.min(start, rest.length);
  while (n < rest.length && leadsOn(rest[n]!)) n++;
  return n;
}

/**
 * A first sentence that is a heading: who or where, a colon, and a short instruction of at most 3 words ("ZIP code 60633:
 * keep boiling.", "Zone B: stay inside."). A short statement ("Broadband is down in Leeds.") is none: it stands alone.
 */
export const isHeading = (sentence: string): boolean => /^[^:]*\p{L}[^:]*:\s+\S+(?:\s+\S+){0,2}[.!]?$/u.test(sentence.trim());

/**
 * emergencyAfter for an incident's what we know (`known`: its paragraphs; `summary`: its first sentence; `rest`:
 * knownAfterSummary): a first sentence that is a heading (isHeading) keeps the next sentence of its own paragraph, which
 * says what it means, before the emergency lines. Trial Y: "ZIP code 60633: keep boiling. Water emergency line, … hang up
 * and call (312) 555-0140. Do not drink tap water without boiling it for 1 minute first." put the line between the two.
 */
export function emergencyAfterFirst(view: { known: readonly string[]; summary: string }, rest: readonly string[]): number {
  const paragraph = (view.known[0] ?? '').slice(view.summary.length).trim() !== '';
  return emergencyAfter(rest, paragraph && isHeading(view.summary) ? 1 : 0);
}
