import { NEXT_UPDATE_MAX_MS } from '../../feed/times.js';

/** The clarity limits lint applies (the feed format's own size limits are LIMITS in feed/schema.ts). */
export const CLARITY_LIMITS = {
  /** The furthest ahead a next update may be promised. */
  nextUpdateMs: NEXT_UPDATE_MAX_MS,
  /** The longest validity a publisher should sign for (readers accept up to 7 days). */
  validityMs: 24 * 3_600_000,
  /** The same for an FAQ document, reference content signed for weeks (readers accept up to 90 days). */
  faqValidityMs: 90 * 24 * 3_600_000,
  /** A channel wait above this needs a reason. */
  waitMinutes: 30,
  /** A channel's wait and reason set longer ago than this are asked about (channel-wait-stale): a queue is not the same half a day later. */
  waitStaleMs: 12 * 3_600_000,
  /** Words per sentence in `known` above which it reads as a wall. */
  sentenceWords: 25,
  /**
   * Words (with a letter in them) from which a text the same in two languages is a copy, not a name: a line, place,
   * service or organisation is one or two ("NS", "Storingslijn 0800-9009", "Gemeente Utrecht", "Mijn ING"); three is
   * where running text starts ("Geen water in Utrecht-Oost", "Bel de storingslijn").
   */
  sameTextWords: 3,
} as const;
