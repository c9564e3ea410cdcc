/**
 * A standing instruction in force for days (a boil water notice) that the desk updates once a day: the incident's optional
 * `cadence: "daily"`. Trial V, a water company: its 3-day Boil Water Notice could not promise "next update tomorrow 10:00"
 * (lint's 4-hour rule) and went "Outdated" overnight, as `heartbeat` rightly stops at a passed promise; severity info would
 * have understated a public-health instruction. Marked on purpose by the desk (`clearline update --daily`), so an ordinary
 * live incident keeps its 4 hours. Readers ignore the field (it is not in their schema). Pure; no DOM.
 */

/** The cadences a desk can give an incident; absent is a live incident (a next update within 4 hours). */
export const CADENCES = ['daily'] as const;
export type Cadence = (typeof CADENCES)[number];

/** How far ahead a daily incident may promise its next update: a day, and two hours' slack for "tomorrow 10:00" said at 08:00. */
export const DAILY_NEXT_UPDATE_MS = 26 * 3_600_000;

/** True for an open incident the desk updates once a day. Loose input: lint reads the document as written. */
export const isDaily = (incident: unknown): boolean =>
  typeof incident === 'object' && incident !== null && (incident as { cadence?: unknown }).cadence === 'daily' && (incident as { phase?: unknown }).phase !== 'resolved';

/** The furthest ahead this incident may promise its next update: `limitMs` (4 hours) unless it is daily. */
export const nextUpdateLimitMs = (incident: unknown, limitMs: number): number => (isDaily(incident) ? Math.max(limitMs, DAILY_NEXT_UPDATE_MS) : limitMs);
