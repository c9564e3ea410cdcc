/**
 * The phone line's waiting message on a line closed now by its opening hours (closed.ts): callers who reach it at 02:00
 * heard the incident and "Fijn dat u wacht" on a line nobody answers until 08:00. It says the line is closed and when it
 * opens, then what callers can do instead that is open now.
 */
import { closedParts } from './closed.js';
import type { Sentence } from './ssml.js';
import type { ChannelView, Context } from './text.js';

export const closedNow = (c: ChannelView): boolean => c.opens !== undefined;

/** "Klantenservice: nu gesloten, weer open om 08:00." for a line closed now, its time marked for the voice; else undefined. */
export function closedSentence(ctx: Context, line: ChannelView): Sentence | undefined {
  if (line.opens === undefined) return undefined;
  const [before, time, after] = closedParts(ctx.t, ctx.clock, line.opens);
  const lower = before.charAt(0).toLocaleLowerCase(ctx.lang) + before.slice(1);
  return time === undefined ? [`${line.label}: ${lower}.`] : [`${line.label}: ${lower}`, { time }, `${after}.`];
}
