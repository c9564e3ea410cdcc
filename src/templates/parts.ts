/**
 * The building blocks of the incident templates (catalog.ts, recall.ts, merchant.ts): their types and the helpers
 * that mark every text a publisher must check with `[[TODO: …]]`, which lint (and so `sign`) refuses.
 */
import type { Phase, Severity } from '../feed/schema.js';

export const TEMPLATE_LANGUAGES = ['nl', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
export type Pair = Record<TemplateLanguage, string>;

export interface TemplateAction {
  label: Pair;
  who: Pair;
  urgent?: boolean;
}

/**
 * A typical contact reason of the sector. Only topics, no claims, so unmarked; no channel or FAQ
 * ids (the template cannot know the publisher's), so a reason offers the feed's channels by the
 * reason rules (feed/reasons.ts): an urgent one the emergency line and nothing that makes the reader wait.
 */
export interface TemplateReason {
  id: string;
  label: Pair;
  urgent?: boolean;
  /** Needed soon, no danger ("My journey today", a deadline): `time_critical` in the feed (feed/reasons.ts, trial S). */
  timeCritical?: boolean;
  /**
   * A life in danger: the public emergency services (999, 112, 911) are the first call, not the publisher's own line.
   * Not in the feed; lint (emergency-services-missing) and `clearline new incident` ask for them when readers of the reason are not offered them (lint/emergency-services.ts).
   */
  emergencyServices?: boolean;
}

export interface Template {
  /** One line for `--help` and listings. */
  summary: string;
  severity: Severity;
  /**
   * The phase a new incident starts in, when not `investigating`: a strike, a storm or a flood is its own
   * cause, a recall's reason is known from the start, and "We're looking for the cause" above a strike reads as if nobody knows what happens.
   */
  phase?: Extract<Phase, 'identified'>;
  /** A next update promised even at severity `info` (a data breach: data-breach.ts), which otherwise promises none. */
  promisesUpdate?: true;
  title: Pair;
  known: Pair;
  unknown: Pair;
  actions: TemplateAction[];
  /** Typical contact reasons, the urgent one first. */
  reasons: TemplateReason[];
}

export const todo = (text: string) => `[[TODO: ${text}]]`;
export const pair = (nl: string, en: string): Pair => ({ nl: todo(nl), en: todo(en) });
export const CHECK = { nl: todo('controleer en haal deze markering weg'), en: todo('check and remove this mark') };
/** A ready-made action: useful words, but marked, so nobody publishes it unread. */
export const action = (nl: string, en: string, whoNl: string, whoEn: string, urgent = false): TemplateAction => ({
  label: { nl: `${CHECK.nl} ${nl}`, en: `${CHECK.en} ${en}` },
  who: pair(`voor wie geldt dit? bijv. "${whoNl}"`, `who is this for? e.g. "${whoEn}"`),
  ...(urgent ? { urgent: true } : {}),
});
/** Ends with how a line shows (content/markdown.ts keeps each typed line, trial X): the desk typed facts one per line not knowing. */
export const known = (nl: string, en: string) =>
  pair(
    `wat staat vast? Meestal: ${nl} Korte zinnen, één feit per zin. Elke regel die u typt, wordt een eigen regel; begin een regel met "- " voor een opsomming.`,
    `what is certain? Usually: ${en} Short sentences, one fact each. Each line you type shows as a line of its own; start a line with "- " for a list.`,
  );
export const unknown = (nl: string, en: string) => pair(`wat weet u nog niet? Meestal: ${nl}`, `what don't you know yet? Usually: ${en}`);
export const reason = (id: string, nl: string, en: string, urgent = false): TemplateReason => ({ id, label: { nl, en }, ...(urgent ? { urgent: true } : {}) });
/** A reason needed soon without danger: listed after the urgent ones, with the desk's own lines and their waits (trial S). */
export const soonReason = (id: string, nl: string, en: string): TemplateReason => ({ ...reason(id, nl, en), timeCritical: true });
/** Money after a telecom outage: money off the bill, not "damage" (catalog.ts, POWER_COMPENSATION). */
export const BILL_COMPENSATION = reason('compensation', 'Een vergoeding of korting op mijn rekening', 'Compensation or money off my bill');
/** An urgent reason for a life in danger, whose first call is the public emergency number (TemplateReason.emergencyServices). */
export const lifeInDanger = (id: string, nl: string, en: string): TemplateReason => ({ ...reason(id, nl, en, true), emergencyServices: true });
export const title = (nl: string, en: string) => pair(`korte titel, bijv. "${nl}"`, `short title, e.g. "${en}"`);

