/**
 * A "daily" cadence (feed/cadence.ts) given to an incident announced ahead (feed/announced.ts) ends when it starts. Trial Z,
 * a hospital trust announcing a doctors' strike: the studio's "Daily updates" box, ticked for Monday's announcement, stayed
 * on, and at 07:02 on strike day an update promising "tomorrow 07:00" signed clean for a major strike going on. Once it has
 * begun, the 4-hour rule of every disruption holds: the first update after the start goes back to it (CLI `update`, the
 * studio's box unticked) unless the desk says daily again in that update; lint warns until then. A daily incident without
 * `starts_at` (a boil water notice) is not touched. Pure; no DOM.
 */
import { isDaily } from './cadence.js';

type Loose = { starts_at?: unknown; updated_at?: unknown; confirmed_at?: unknown };
const ms = (v: unknown): number => (typeof v === 'string' ? Date.parse(v) : NaN);

/**
 * When the daily cadence of this open incident was for its announcement only: it is daily, its `starts_at` has passed at
 * `now`, and it was last updated or confirmed (`updated_at`, `confirmed_at`) before that start. Undefined otherwise; else the start.
 */
export function dailyEndedAt(incident: unknown, now: number): number | undefined {
  if (!isDaily(incident)) return undefined;
  const inc = incident as Loose;
  const start = ms(inc.starts_at);
  if (!(start <= now)) return undefined;
  const last = Math.max(...[ms(inc.updated_at), ms(inc.confirmed_at)].filter((t) => !Number.isNaN(t)));
  return last < start ? start : undefined;
}
