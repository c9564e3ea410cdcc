/**
 * How contact channels are listed: emergency lines (gas smell, no water, fraud) always first and
 * in the publisher's order, whatever the waits; when an ordinary line has a long wait, call-back
 * and self-service move before the ordinary phone lines, never before an emergency line, and a line
 * for urgent contact reasons alone before them all. A line only for some (`restricted`) comes after every line for everyone.
 * Pure: elements render the result.
 */
import { isExpired } from './incidents.js';
import { closedAt } from './opening-hours.js';
import type { Channel, ContactReason, StatusPayload } from './schema.js';

/** A channel as readers see it at a moment: `closed_until` set (withClosedLines) while it is outside its opening hours. */
export type ShownChannel = Channel & { closed_until?: number | null };
export const isClosed = (c: Channel): boolean => (c as ShownChannel).closed_until !== undefined;
/**
 * A line only for the people its purpose names (`restricted`: pharmacies, partners). Never an emergency line, which is
 * for everyone (lint refuses the pair). An insurer's care-provider line (5 minutes) was offered to members before their
 * own 45-minute queue, and members called it.
 */
export const isRestricted = (c: Channel): boolean => !!c.restricted && !c.emergency;
/** The lines for everyone open now first, then those closed now, then the restricted lines (open, then closed); each part in the order it had (a stable sort). */
export const openFirst = <T extends Channel>(list: readonly T[]): T[] => [...list].sort((a, b) => 2 * (+isRestricted(a) - +isRestricted(b)) + +isClosed(a) - +isClosed(b));

/** A wait at or above this many minutes counts as long: self-service and call-back come first. */
export const LONG_WAIT_MINUTES = 30;
/** During a disruption, for what can wait: call-back and self-service before the queue. */
export const CAN_WAIT_ORDER = ['callback', 'web', 'chat', 'sms', 'email', 'phone'] as const;

export interface ChannelGroups {
  /** Emergency lines, in the feed's order. */
  emergency: Channel[];
  /** Every other channel; reordered when `longWait`. */
  ordinary: Channel[];
  /** An ordinary channel has a long wait (emergency lines never count). */
  longWait: boolean;
}

/**
 * `reasons`: the feed's contact reasons. A line that only urgent or time-critical ones name is for what cannot wait, though no emergency
 * ("Spoedlijn Inkomen": a municipality's residents with no money for food today): it goes before the can-wait order. A
 * municipality's income line came last, after an e-mail answered in 2 working days; marked as an emergency line, the
 * phone message told every caller to hang up and call it (trial F).
 */
export function groupChannels(channels: readonly Channel[], reasons: readonly ContactReason[] = []): ChannelGroups {
  const emergency = channels.filter((c) => c.emergency === true);
  const rest = channels.filter((c) => c.emergency !== true);
  // A restricted line's wait says nothing about the queue everyone else is in.
  const longWait = rest.some((c) => !isRestricted(c) && (c.wait_minutes ?? 0) >= LONG_WAIT_MINUTES);
  // A reason without a channel list offers every ordinary line. A time-critical reason (needed soon, no danger) counts as
  // urgent here: "no money for food today" is one, and an airline's line for "my flight leaves within 6 hours" (trial S).
  const pressing = (r: ContactReason) => r.urgent || r.time_critical;
  const urgent = (c: Channel) => reasons.some((r) => pressing(r) && r.channels?.includes(c.id)) && !reasons.some((r) => !pressing(r) && (r.channels?.includes(c.id) ?? true));
  const order = (c: Channel) => (urgent(c) ? -1 : CAN_WAIT_ORDER.indexOf(c.kind));
  // Array.prototype.sort is stable, so channels of one kind keep the publisher's order. openFirst puts a restricted
  // line after every line for everyone, so it is never among "call-back and self-service first".
  const ordinary = openFirst(longWait ? [...rest].sort((a, b) => order(a) - order(b)) : rest);
  return { emergency, ordinary, longWait };
}

const stripped = new WeakMap<object, object>();

/**
 * What a reader may rely on to make contact. A status that has expired keeps its channels (the
 * numbers and addresses still hold, so do who a line is for, `purpose`, and its `reason`) but loses their
 * waits: "45 minutes" from hours ago would mislead. The same object for the same input, so renders
 * can compare by identity.
 */
export function withoutStaleWaits<T extends { channels: readonly Channel[] }>(status: T, expired: boolean): T {
  if (!expired || !status.channels.some((c) => c.wait_minutes !== undefined)) return status;
  let out = stripped.get(status) as T | undefined;
  if (!out) {
    out = { ...status, channels: status.channels.map(({ wait_minutes: _w, ...c }) => c) };
    stripped.set(status, out);
  }
  return out;
}

const closedCache = new WeakMap<object, { key: string; out: object }>();

/**
 * The channels at `now`: a line outside its `opening_hours` loses its wait ("about 15 minutes" for a chat closed at
 * 3 a.m. sent people to a closed door, trial G), gets `closed_until` (when it opens: readers say so) and goes after the
 * lines open now. The same object while nothing opens or closes, so renders can compare by identity.
 */
export function withClosedLines<T extends { channels: readonly Channel[]; time_zone?: string }>(status: T, now: number): T {
  const until = status.channels.map((c) => (c.opening_hours ? closedAt(c.opening_hours, now, status.time_zone) : undefined));
  if (until.every((u) => u === undefined)) return status;
  const key = until.map(String).join();
  const hit = closedCache.get(status);
  if (hit?.key === key) return hit.out as T;
  const channels = status.channels.map((c, i): ShownChannel => {
    if (until[i] === undefined) return c;
    const { wait_minutes: _w, ...rest } = c;
    return { ...rest, closed_until: until[i] };
  });
  const out = { ...status, channels: openFirst(channels) };
  closedCache.set(status, { key, out });
  return out;
}

/**
 * The status that contact reasons and channels come from at `now`: the last verified one, without waits once expired,
 * closed lines marked and last (withClosedLines).
 */
export function contactStatus(status: StatusPayload | undefined, now: number): StatusPayload | undefined {
  return status && withClosedLines(withoutStaleWaits(status, isExpired(status, now)), now);
}
