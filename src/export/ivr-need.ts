/**
 * What a caller needs most of what we know (ivr.ts): a sentence that tells them what to do or what still holds ("come as
 * planned", "A&E stays open", "you do not need to call", "kom zoals gepland", "u hoeft niet"), or one that qualifies an
 * alarming sentence before it ("… will be cancelled." then "If you have not heard from us, come …"), is kept before plain
 * description when the message must be shortened. Trial Z: a hospital's message kept "Some planned operations and outpatient
 * appointments will be cancelled." and left out "If you have not heard from us, come as planned.": callers stayed away. Pure.
 */

/** What still holds or what to do, in words (en, nl). */
const HOLDS = [
  /\b(come|go|arrive|attend) as (planned|normal|usual)\b/i,
  /\bgoes? ahead\b|\bgoing ahead\b|\bstill (go|goes|run|runs|open|work|works|on)\b/i,
  /\b(stays?|remains?|is still|are still) (open|available|safe|on)\b/i,
  /\byou (do not|don't|don’t|will not|won't|won’t) need to\b|\bno need to\b|\byou can still\b/i,
  /\b(works?|running|runs?) (as )?normal(ly)?\b/i,
  /\bgaa?t(en)? (gewoon )?door\b|\bkom(t|en)? (gewoon )?zoals (gepland|afgesproken|normaal)\b/i,
  /\bu hoeft\b[^.]*\b(niet|geen)\b|\bblij(ft|ven) (gewoon )?open\b|\bwerk(t|en) (gewoon|normaal)\b|\bu kunt (nog|gewoon)\b/i,
];

/** A sentence that says do this: it begins with an imperative, or says "you should / u moet" (en, nl). */
const IMPERATIVE = [
  /^(please |als u [^,]*, )?(come|go|call|ring|use|check|keep|boil|leave|stay|bring|contact|do not|don't|don’t|avoid|turn|switch|wait|visit|text|email|e-mail|read|take|run|flush|open|close)\b/i,
  /^(if|when|unless) [^,:]+[,:] (please )?(come|go|call|ring|use|check|keep|boil|leave|stay|bring|contact|do not|don't|don’t|avoid|turn|switch|wait|visit|text|take|run)\b/i,
  /^(to|om) [^,]+, (please )?(use|call|ring|contact|visit|text|gebruik|bel|mail|kijk)\b/i,
  /\byou (should|must|can) (come|go|call|use|check|keep|boil|leave|stay|bring|contact)\b/i,
  /^(kom|ga|bel|gebruik|kijk|houd|kook|verlaat|blijf|neem|sms|mail|lees|laat|draai|zet|wacht|spoel)\b/i,
  /^(als|wanneer|tenzij) [^,:]+[,:] (kom|ga|bel|gebruik|kijk|houd|kook|verlaat|blijf|neem|laat|draai|zet|wacht)\b/i,
  /\bu (moet|kunt) [^.]*\b(komen|gaan|bellen|gebruiken|koken|blijven)\b/i,
];

/** Words that make a sentence alarming for a caller: something they expected will not happen, or is not safe. */
const ALARM =
  /\b(cancel(l)?ed|cancel(l)?ing|postponed|closed|not (run|open|safe|available)|no (water|power|gas|service)|unsafe|suspended|will not (go ahead|take place)|geannuleerd|afgezegd|gaan niet door|gaat niet door|gesloten|uitgesteld|vervalt|vervallen|niet veilig)\b/i;

/** A sentence that qualifies the one before: a condition on whom it concerns, or what happens to them. */
const QUALIFIES = /^(if|unless|only|we will (contact|call|phone|text|tell|write to)|als|tenzij|alleen|wij (bellen|nemen|sturen|laten)|we (bellen|nemen|sturen|laten))\b/i;

/** Whether `sentence` tells a caller what to do or what still holds. */
export function tellsWhatHolds(sentence: string): boolean {
  const s = sentence.trim();
  return HOLDS.some((r) => r.test(s)) || IMPERATIVE.some((r) => r.test(s));
}

/** Whether `sentence` says something a caller expected will not happen or is not safe. */
export const isAlarming = (sentence: string) => ALARM.test(sentence) && !tellsWhatHolds(sentence);

/**
 * For each sentence of `sentences` (what we know, in order), whether a caller needs it more than plain description: it
 * tells them what to do or what still holds, or it qualifies an alarming sentence before it (directly, or through the one
 * right after that alarm, as "We will contact every patient …" then "If you have not heard from us, …").
 */
export function callerNeeds(sentences: readonly string[]): boolean[] {
  const out: boolean[] = [];
  sentences.forEach((s, i) => {
    const after = (k: number) => k >= 0 && (isAlarming(sentences[k]!) || (k > 0 && isAlarming(sentences[k - 1]!) && QUALIFIES.test(sentences[k]!.trim())));
    out.push(tellsWhatHolds(s) || (QUALIFIES.test(s.trim()) && after(i - 1)));
  });
  return out;
}

/**
 * Where a sentence a caller needs gives way: after all plain description (3.2 + i/100) and what we don't know yet (1.6),
 * before the thanks (1) and all that ranks below it; one that is new after the news that is not needed (0.4 + i/1000). The
 * last first.
 */
export const NEED_RANK = 1.5;
export const NEWS_NEED_RANK = 0.395;

/** The rank of what we know's sentence `i` (0: the first after the summary), news or not, needed or not. */
export const knownRank = (i: number, news: boolean, need: boolean) => (need ? (news ? NEWS_NEED_RANK : NEED_RANK) + Math.min(i, 4) / 1000 : news ? 0.4 + i / 1000 : 3.2 + i / 100);

/** A sentence a caller needs (by its rank): one left out does not keep a plain one after it from coming back, nor the other way. */
export const needed = (optional: number) => (optional >= NEWS_NEED_RANK && optional < 0.4) || (optional >= NEED_RANK && optional < 1.51);
