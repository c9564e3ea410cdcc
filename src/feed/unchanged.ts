/**
 * An incident the desk re-confirmed without change (`confirmed_at` after `updated_at`: the same texts with a
 * new next update, feed/update.ts) reads "No change since 06:36, confirmed 10 minutes ago", not "Updated 10 minutes
 * ago": readers of the latter reread the whole text for what changed (trial V). Pure: no clock, no DOM.
 */

/** The time its texts last really changed (`updated_at`, ms) when the incident was re-confirmed after it; else 0. */
export const unchangedSince = (i: { updated_at: string; confirmed_at?: string }): number => {
  const at = Date.parse(i.updated_at);
  return Date.parse(i.confirmed_at ?? '') > at ? at : 0;
};
