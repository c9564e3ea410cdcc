/**
 * Whether the phone line's waiting message (ivr.ts) says an emergency channel. Trial S: an airline's customer-service
 * queue said "Levensgevaar: hang op en bel 112" on every call, also in the 15:00 all-clear with nothing going on, and left
 * out the estimate "tussen 10:00 en 12:00" and the cancelled flights. A public emergency number (112, 911, 999:
 * isEmergencyServiceNumber) is now said only while an incident is going on whose actions call for it (one that dials it
 * or names its number: "Rook? Bel 112") or while an urgent contact reason offers that channel. The publisher's own
 * emergency lines (a gas company's 0800 line) are said as before: callers of that organisation need them. Pure.
 */
import { isEmergencyServiceNumber } from '../feed/dialling.js';
import { goingOn } from '../feed/going-on.js';
import type { Channel, StatusPayload, TextValue } from '../feed/schema.js';

const digits = (href: string) => href.replace(/^tel:/i, '').replace(/[\s().-]/g, '');
const texts = (t: TextValue | undefined): string[] => (t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t).filter((s): s is string => typeof s === 'string'));

/** Whether the waiting message says this emergency channel now (see above). */
export function emergencySaid(channel: Pick<Channel, 'id' | 'href'>, payload: Pick<StatusPayload, 'incidents' | 'contact_reasons'>, now: number): boolean {
  if (!channel.href.startsWith('tel:') || !isEmergencyServiceNumber(channel.href)) return true;
  const going = payload.incidents.filter((i) => goingOn(i, now));
  if (!going.length) return false;
  const number = digits(channel.href);
  const names = new RegExp(`(?<![\\d+])${number}(?!\\d)`, 'u');
  const calls = going.some((i) =>
    (i.actions ?? []).some((a) => (a.href?.startsWith('tel:') && digits(a.href) === number) || [...texts(a.label), ...texts(a.who)].some((s) => names.test(s))),
  );
  return calls || (payload.contact_reasons ?? []).some((r) => r.urgent && (r.channels ?? []).includes(channel.id));
}
