/**
 * A phone line closed now by its opening hours, in its waiting message: callers who reach it at 02:00 heard the incident
 * and "Thank you for waiting" on a line nobody answers until 08:00. The message says the line is closed and when it
 * opens, as the elements' channel list does ("Nu gesloten, weer open om 08:00"), then what callers can do instead.
 */
import { closedAt } from '../feed/opening-hours.js';
import type { Sentence } from './ssml.js';
import type { ChannelView, Context } from './text.js';

/** When a channel opens again (ms; null: not in the coming week), or undefined while it is open or has no hours. */
function opensAt(ctx: Context, c: ChannelView): number | null | undefined {
  const hours = ctx.payload.channels.find((ch) => ch.id === c.id)?.opening_hours;
  return hours ? closedAt(hours, ctx.now, ctx.payload.time_zone) : undefined;
}

export const closedNow = (ctx: Context, c: ChannelView): boolean => opensAt(ctx, c) !== undefined;

/** "Klantenservice: nu gesloten, weer open om 08:00." for a line closed now; undefined while it is open. */
export function closedSentence(ctx: Context, line: ChannelView): Sentence | undefined {
  const until = opensAt(ctx, line);
  if (until === undefined) return undefined;
  const lower = (s: string) => s.charAt(0).toLocaleLowerCase(ctx.lang) + s.slice(1);
  if (until === null) return [`${line.label}: ${lower(ctx.t.closedNow('', false))}.`];
  // The time as the next update's is said (the feed's clock, the day named when it is not today), marked for the voice.
  const time = ctx.clock.time(until);
  const [before, after] = ctx.t.closedNow('\u0000', time === ctx.clock.dated(until)).split('\u0000') as [string, string];
  return [`${line.label}: ${lower(before)}`, { time }, `${after}.`];
}
