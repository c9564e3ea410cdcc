/**
 * Channel order for exports: emergency lines first in the publisher's order; when an ordinary
 * line has a long wait, call-back and self-service before ordinary phone lines. The same rule as
 * the status element (issue 12 moves it to src/feed/channels.ts; this mirrors its `groupChannels`
 * so it can be swapped for an import once that lands).
 */
import type { Channel } from '../feed/schema.js';

export const LONG_WAIT_MINUTES = 30;
const ORDER_LONG_WAIT = ['callback', 'web', 'chat', 'email', 'phone'] as const;

export interface ChannelGroups {
  emergency: Channel[];
  ordinary: Channel[];
  longWait: boolean;
}

export function groupChannels(channels: readonly Channel[]): ChannelGroups {
  const emergency = channels.filter((c) => c.emergency === true);
  const rest = channels.filter((c) => c.emergency !== true);
  const longWait = rest.some((c) => (c.wait_minutes ?? 0) >= LONG_WAIT_MINUTES);
  const order = (c: Channel) => ORDER_LONG_WAIT.indexOf(c.kind);
  const ordinary = longWait ? [...rest].sort((a, b) => order(a) - order(b)) : rest;
  return { emergency, ordinary, longWait };
}
