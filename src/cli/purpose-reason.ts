/**
 * A `--reason` that says who or what an ordinary line is for. On an ordinary line the reason is why people wait, read
 * after the wait ("Expected wait about 5 minutes: For disabled passengers and anyone who needs help to travel: …", as if
 * the wait were caused by them; trial O). Said as a note (the channel is kept as given) when a reason given now starts
 * "For …" / "Voor …", or the line has no wait at all, pointing to `--purpose` (shown under the name, kept after the all-clear).
 * Not for an emergency line, whose reason says when to use it. Pure.
 */
import { isObj, type Obj } from './command.js';
import type { ChannelTerms } from './channel-terms.js';
import { shownName } from './opening-hours-option.js';

const texts = (v: unknown): string[] => (typeof v === 'string' ? [v] : isObj(v) ? Object.values(v).filter((s): s is string => typeof s === 'string') : []);

/** Whether the channel's reason reads as who or what the line is for. */
export function reasonAsPurpose(channel: Obj): boolean {
  const reasons = texts(channel.reason).map((s) => s.trim()).filter(Boolean);
  if (channel.emergency === true || !reasons.length) return false;
  const noWait = typeof channel.wait_minutes !== 'number' || channel.wait_minutes <= 0;
  return noWait || reasons.some((s) => /^(?:for|voor)\s/i.test(s));
}

/** The note after `new channel` / `edit channel` gave `--reason` (`given`), or undefined. */
export function purposeReasonSaid(channel: Obj, given: boolean, file: string, t: ChannelTerms, lang: string): string | undefined {
  return given && reasonAsPurpose(channel) ? t.purposeReason(String(channel.id), shownName(channel, lang), file) : undefined;
}
