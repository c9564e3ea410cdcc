/**
 * How long the phone line's waiting message (ivr.ts) takes as spoken, and the rule that shortens it to 45 seconds: which
 * sentences go first, which are said shorter, and what is never left out. Pure.
 */
import type { StatusPayload } from '../feed/schema.js';
import { withNumbers, type Piece, type Sentence } from './ssml.js';
import { saidWords } from './said-words.js';
import { isCourtesy, isUrgent } from './ivr-courtesy.js';
import { knownBeforeActions, restOverNews } from './ivr-action-rank.js';
import { needed } from './ivr-need.js';

export const IVR_LIMITS = { seconds: 45, wordsPerMinute: 150, pauseMs: 400 } as const;

/**
 * Where two things that only make room give way among the sentences that may go (`optional`: the greeting 5, … the thanks
 * 1, the lead's later urgent actions 0.5, what is new 0.4): after the thanks, before the urgent actions and the news. First
 * the title of another incident announced ahead (not begun, no urgent action said), then the examples an emergency line's
 * reason ends with; the emergency line and its reason are always said (trial Q).
 */
export const ANNOUNCED_RANK = 0.95;
export const EXAMPLES_RANK = 0.9;
/** The lead's first sentence when callers heard it in the previous update and there is news: after the later urgent actions, before the news. */
export const SUMMARY_RANK = 0.45;

/**
 * A sentence with its key; `optional` > 0 may be dropped (highest first); `short` is its last-resort form, or, with
 * `shortAt`, the form said once the sentences ranked above `shortAt.rank` are left out (`shortAt.key` names it in `dropped`).
 */
export interface Part {
  key: string;
  sentence: Sentence;
  optional: number;
  short?: Sentence;
  shortAt?: { rank: number; key: string };
  /** Left out only to make room for an urgent action, as the greeting (a short wait, ivr-wait.ts); put back at `optional`. */
  yields?: boolean;
  /** Another incident's title with its action (ivr-never-bare.ts): left out whole, for a sentence that there is another notice. */
  incident?: string;
  /** One of the lead's urgent actions: left out or said shorter only after what we know (ivr-action-rank.ts). */
  act?: boolean;
}

export const pieceText = (p: Piece) => (typeof p === 'string' ? p : 'time' in p ? p.time : 'tel' in p ? p.tel : p.slow);

/**
 * Spoken words: "10:20" is about three, a phone number one per digit, an address one per part and separator.
 * A phone number in a sentence is counted so too, once withNumbers has made it a piece of its own (measure): the voice
 * says "bel 0800 0232" digit by digit, "bel nul acht nul nul…", nine words, not three.
 */
export function spokenWords(pieces: Piece[]): number {
  let n = 0;
  for (const p of pieces) {
    if (typeof p === 'object' && 'tel' in p) n += p.tel.replace(/\D/g, '').length;
    else if (typeof p === 'object' && 'time' in p) n += p.time.split(/\s+/).length + 2;
    else if (typeof p === 'object' && 'slow' in p) n += p.slow.split(/[./-]/).length * 2 - 1;
    // As said: "12,500" four words, "PSR" three, "kWh" three (said-words.ts).
    else n += pieceText(p).split(/\s+/).reduce((k, w) => k + saidWords(w), 0);
  }
  return n;
}

/** The message's length as spoken: its phone numbers found as the SSML marks them (withNumbers), then counted. */
export function measure(sentences: Sentence[], feed: StatusPayload) {
  const words = sentences.reduce((n, s) => n + spokenWords(withNumbers(s, feed)), 0);
  const seconds = (words / IVR_LIMITS.wordsPerMinute) * 60 + (Math.max(0, sentences.length - 1) * IVR_LIMITS.pauseMs) / 1000;
  return { words, seconds: Math.round(seconds * 10) / 10 };
}

/**
 * Shortens by rule: drops optional sentences, least needed first (highest number), or says one in its short form at its
 * rank (`shortAt`: an emergency line without the examples of its reason), until the message fits, and puts back what fits
 * again; then, as a last resort, says the lead incident's title without its summary (and puts back what fits again).
 * The lead's urgent actions go only after every sentence of what we know that may go (ivr-action-rank.ts).
 * Titles of incidents going on, the lead's first urgent action without a page (unless heard before, ivr-news.ts), emergency
 * lines, a wait over 5 minutes and the next update are never dropped; a short wait, the wait's reason and another
 * incident's urgent action give way before the lead's urgent actions (ivr-wait.ts, trials U and V).
 * The greeting and the thanks go before any urgent action and do not come back while one is left out (ivr-courtesy.ts).
 */
export function fitBudget(parts: Part[], feed: StatusPayload) {
  const dropped: string[] = [];
  let kept = parts;
  // The parts said in their short form.
  const short = new Set<Part>();
  const measureOf = (ks: Part[], sh: ReadonlySet<Part> = short) => measure(ks.map((k) => (sh.has(k) ? k.short! : k.sentence)), feed);
  const measureKept = () => measureOf(kept);
  let m = measureKept();
  // Each step leaves a sentence out, or says one shorter, by rank.
  const order = knownBeforeActions(
    [
      ...parts.filter((p) => p.optional > 0).map((p) => ({ p, rank: p.optional, shorten: false })),
      ...parts.filter((p) => p.shortAt && p.short).map((p) => ({ p, rank: p.shortAt!.rank, shorten: true })),
    ].sort((a, b) => b.rank - a.rank),
  );
  // Without the "instead" items the lead-in sentence says nothing: it goes with the last of them, so its seconds are
  // not counted against a sentence of what we know.
  const orphanLeadIn = () => kept.some((k) => k.key === 'instead') && !kept.some((k) => k.key.startsWith('action') || k.key.startsWith('instead-'));
  for (const { p, shorten } of order) {
    if (m.seconds <= IVR_LIMITS.seconds) break;
    if (!kept.includes(p) || (p.yields && !shorten)) continue;
    // The greeting and the thanks go before any urgent action does, whatever their rank (ivr-courtesy.ts, trial T); so
    // does a short wait (trial U).
    const gives = (k: Part) => isCourtesy(k.key) || !!k.yields;
    if (!shorten && isUrgent(p.key) && kept.some(gives)) {
      dropped.push(...kept.filter(gives).map((k) => k.key));
      kept = kept.filter((k) => !gives(k));
      m = measureKept();
      if (m.seconds <= IVR_LIMITS.seconds) break;
    }
    if (shorten) {
      short.add(p);
      dropped.push(p.shortAt!.key);
    } else {
      kept = kept.filter((k) => k !== p);
      dropped.push(p.key);
    }
    if (/^(action|instead-)/.test(p.key) && orphanLeadIn()) {
      kept = kept.filter((k) => k.key !== 'instead');
      dropped.push('instead');
    }
    m = measureKept();
  }
  if (orphanLeadIn()) {
    kept = kept.filter((k) => k.key !== 'instead');
    dropped.push('instead');
    m = measureKept();
  }
  // Dropping goes by need, not by size, so the last sentence dropped may have made more room than was needed: put back
  // what fits again, most needed first (a sentence of what we know was left out of a message of 34 seconds).
  // A sentence of what we know (or of the
  // closing text) comes back only after the one before it: a hospital's message kept "A&E is open but very busy" without
  // the sentence before it, "If we did not phone you, please come to your appointment as planned", and the desk is told
  // the last sentences are left out first.
  // (Within one rank: a new sentence after an earlier one left out is no gap, known-news.ts.)
  // A later sentence of what we don't know yet never without the one before it, the first with its heading (ivr-unknown.ts).
  const afterGap = (key: string) => {
    const n = /^(known|closing|unknown)-(\d+)$/.exec(key);
    const unknown = n?.[1] === 'unknown';
    // Needed or plain (ivr-need.ts): a needed one comes back though plain description before it stays out; a plain one
    // not after the plain one nearest before it.
    const rank = (k: Part) => `${k.optional < 1}${needed(k.optional)}`;
    const self = parts.find((k) => k.key === key)!;
    const at = (m: number) => parts.find((k) => k.key === (unknown && m === 1 ? 'unknown' : `${n![1]}-${m}`));
    let m = n ? Number(n[2]) - 1 : 0;
    while (!unknown && m > 1 && at(m) && rank(at(m)!) !== rank(self) && needed(at(m)!.optional)) m--;
    const before = n ? at(m) : undefined;
    return !!before && (unknown || rank(before) === rank(self)) && !kept.includes(before);
  };
  // An incident's title left out (one announced ahead) takes the count of incidents with it: "Er zijn 2 actuele storingen"
  // before one title.
  const titleOut = (key: string) => key === 'count' && parts.some((k) => k.key.startsWith('also-') && !kept.includes(k));
  const refill = () => {
    for (const { p, shorten } of [...order].reverse()) {
      if (shorten) {
        if (!short.has(p) || !kept.includes(p)) continue;
        const whole = new Set(short);
        whole.delete(p);
        if (measureOf(kept, whole).seconds > IVR_LIMITS.seconds) continue;
        short.delete(p);
        dropped.splice(dropped.indexOf(p.shortAt!.key), 1);
        m = measureKept();
        continue;
      }
      const leadIn = /^(action|instead-)/.test(p.key) && !kept.some((k) => k.key === 'instead') ? parts.find((k) => k.key === 'instead') : undefined;
      // An urgent action outranks the channels offered instead: none comes back while one is left out, as a social-media
      // handle was kept in the 16 s an assisted-travel action did not fit in (trial O).
      // Nor does the greeting or the thanks: "Thank you for waiting." came back in the 2 s the medical-equipment action
      // did not fit in, and the message ended with it (trial T).
      const urgentOut = (/^instead-/.test(p.key) || isCourtesy(p.key)) && parts.some((k) => isUrgent(k.key) && !kept.includes(k));
      // "You may not need to wait" does not come back without the wait it is about (ivr-wait.ts).
      const waitOut = /^(action|instead-)/.test(p.key) && parts.some((k) => k.key === 'wait' && !kept.includes(k));
      if (kept.includes(p) || p.key === 'instead' || afterGap(p.key) || urgentOut || waitOut || titleOut(p.key) || restOverNews(p, parts, kept)) continue;
      const trial = parts.filter((k) => kept.includes(k) || k === p || k === leadIn);
      if (measureOf(trial).seconds > IVR_LIMITS.seconds) {
        // One with a shorter form comes back in it when only that fits: a short wait without its reason (trial U).
        if (!p.short || !p.shortAt || short.has(p) || measureOf(trial, new Set(short).add(p)).seconds > IVR_LIMITS.seconds) continue;
        short.add(p);
        dropped.push(p.shortAt.key);
      }
      kept = trial;
      for (const key of [p.key, leadIn?.key]) if (key) dropped.splice(dropped.indexOf(key), 1);
      m = measureKept();
    }
  };
  refill();
  // The last resort: the lead's title without its summary.
  const what = kept.find((k) => k.short && !k.shortAt);
  if (what && m.seconds > IVR_LIMITS.seconds) {
    short.add(what);
    dropped.push('summary');
    m = measureKept();
    // Without the summary there may be room again.
    refill();
  }
  return { kept: kept.map((k) => (short.has(k) ? { ...k, sentence: k.short! } : k)), dropped, m };
}
