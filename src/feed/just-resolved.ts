/**
 * What stays in view on <clearline-status> and the page without script (export/html.ts) for a day after an all-clear,
 * also while other incidents are open: one rule for both. Trial W (a gas network, 10 minutes after "Gas back on in Naas
 * and Newbridge"): the good news was folded away under "1 resolved incident" below an open fraud warning, and the gas
 * emergency line left the top of the page with the critical incident, while relighting 8,500 homes is when gas smells
 * are reported. Older all-clears stay folded.
 */
import { rank } from './incidents.js';
import type { Incident } from './schema.js';

/** How long after its all-clear a resolved incident is shown unfolded: a day. */
export const JUST_RESOLVED_MS = 86_400_000;

/** The resolved incidents (`resolved`) whose all-clear came within the last day at `now`. */
export const justResolved = (resolved: readonly Incident[], now: number): Incident[] =>
  resolved.filter((i) => now - Date.parse(i.resolved_at ?? '') < JUST_RESOLVED_MS);

/**
 * The feed's emergency lines go under the title of the top open incident (`top`) when it is critical, or when a critical
 * one ended within the day (`just`, from justResolved): not for a major incident alone.
 */
export const emergencyOnTop = (top: Incident, just: readonly Incident[]): boolean => [top, ...just].some((i) => i.severity === 'critical');

/**
 * The all-clear named in one line above the open incidents (a link to its card in <clearline-status>, to its section on
 * the page without script): one ended within the day (`just`, the latest first) that was more severe than the top open
 * incident (`top`, the first of `open`). Trial W on a 360 px phone: the critical gas all-clear came a whole card (the major
 * fraud warning) down, so someone from Naas asking "is my gas back?" read past the warning first. The warning keeps the
 * first card.
 */
export const allClearAbove = ([top]: readonly Incident[], just: readonly Incident[]): Incident | undefined => top && just.find((i) => rank(i) > rank(top));
