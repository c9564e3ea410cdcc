/**
 * How contact channels are listed: emergency lines (gas smell, no water, fraud) always first and
 * in the publisher's order, whatever the waits; when an ordinary line has a long wait, call-back
 * and self-service move before the ordinary phone lines, never before an emergency line.
 * Pure: elements render the result.
 */
import { isExpired } from './incidents.js';
import type { Channel, StatusPayload } from './schema.js';

/** A wait at or above this many minutes counts as long: self-service and call-back come first. */
export const LONG_WAIT_MINUTES = 30;
/** During a disruption, for what can wait: call-back and self-service before the queue. */
export const CAN_WAIT_ORDER = ['callback', 'web', 'chat', 'email', 'phone'] as const;

export interface ChannelGroups {
  /** Emergency lines, in the feed's order. */
  emergency: Channel[];
  /** Every other channel; reordered when `longWait`. */
  ordinary: Channel[];
  /** An ordinary channel has a long wait (emergency lines never count). */
  longWait: boolean;
}

export function groupChannels(channels: readonly Channel[]): ChannelGroups {
  const emergency = channels.filter((c) => c.emergency === true);
  const rest = channels.filter((c) => c.emergency !== true);
  const longWait = rest.some((c) => (c.wait_minutes ?? 0) >= LONG_WAIT_MINUTES);
  const order = (c: Channel) => CAN_WAIT_ORDER.indexOf(c.kind);
  // Array.prototype.sort is stable, so channels of one kind keep the publisher's order.
  const ordinary = longWait ? [...rest].sort((a, b) => order(a) - order(b)) : rest;
  return { emergency, ordinary, longWait };
}

const stripped = new WeakMap<object, object>();

/**
 * What a reader may rely on to make contact. A status that has expired keeps its channels (the
 * numbers and addresses still hold, and `reason` also says what a line is for) but loses their
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

/** The status that contact reasons and channels come from at `now`: the last verified one, without waits once expired. */
export function contactStatus(status: StatusPayload | undefined, now: number): StatusPayload | undefined {
  return status && withoutStaleWaits(status, isExpired(status, now));
}
