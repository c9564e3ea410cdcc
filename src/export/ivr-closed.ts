/**
 * The phone line's waiting message on a line closed now by its opening hours (closed.ts): callers who reach it at 02:00
 * heard the incident and "Fijn dat u wacht" on a line nobody answers until 08:00. It says the line is closed and when it
 * opens, then what callers can do instead that is open now.
 */
import { closedParts, opensAt } from './closed.js';
import type { Sentence } from './ssml.js';
import type { ChannelView, Context } from './text.js';

const raw = (ctx: Context, c: ChannelView) => ctx.payload.channels.find((ch) => ch.id === c.id);

export const closedNow = (ctx: Context, c: ChannelView): boolean => {
  const ch = raw(ctx, c);
  return !!ch && opensAt(ch, ctx.now, ctx.payload.time_zone) !== undefined;
};

/** "Klantenservice: nu gesloten, weer open om 08:00." for a line closed now, its time marked for the voice; else undefined. */
export function closedSentence(ctx: Context, line: ChannelView): Sentence | undefined {
  const ch = raw(ctx, line);
  const until = ch && opensAt(ch, ctx.now, ctx.payload.time_zone);
  if (until === undefined) return undefined;
  const [before, time, after] = closedParts(ctx.t, ctx.clock, until);
  const lower = before.charAt(0).toLocaleLowerCase(ctx.lang) + before.slice(1);
  return time === undefined ? [`${line.label}: ${lower}.`] : [`${line.label}: ${lower}`, { time }, `${after}.`];
}
