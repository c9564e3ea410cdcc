/**
 * The <contact> of a CAP alert: the line to call about it. Trial U: a bank's phishing alert at 07:46 named "Klantendienst:
 * 02 790 40 00", a line closed until 08:00, while the incident's urgent action was to call Card Stop (24/7) at once. Now the
 * line the incident's first urgent action that dials a number dials (while it is open: a resolved incident's actions are no
 * longer shown), named as a channel with that number names it, else the number alone; else a phone line open at the alert's
 * time, an ordinary one before an emergency one; else, as before, the first ordinary phone line, else the first. Pure.
 */
import { labelSeparator } from '../content/links.js';
import type { Incident } from '../feed/schema.js';
import { opensAt } from './closed.js';
import { channelViews, shortAddress, type ChannelView, type Context } from './text.js';

const digits = (href: string) => href.replace(/^tel:/, '').replace(/[^\d+]/g, '');

/** The contact text for an alert about `incident` sent at `at` (ms), or undefined when the feed has no phone line and no action dials. */
export function capContact(ctx: Context, incident: Incident, at: number): string | undefined {
  const views = channelViews(ctx);
  const named = (c: ChannelView) => (c.number ? c.named : `${c.label}${labelSeparator(c.label)}${c.href}`);
  const action = incident.phase === 'resolved' ? undefined : (incident.actions ?? []).find((a) => a.urgent && a.href?.startsWith('tel:'));
  if (action?.href) {
    const line = views.find((c) => c.href.startsWith('tel:') && digits(c.href) === digits(action.href!));
    return line ? named(line) : shortAddress(action.href, ctx.lang);
  }
  const phones = views.filter((c) => c.kind === 'phone');
  const channel = (c: ChannelView) => ctx.payload.channels.find((x) => x.id === c.id);
  const open = phones.filter((c) => {
    const raw = channel(c);
    return raw !== undefined && opensAt(raw, at, ctx.payload.time_zone) === undefined;
  });
  const line = open.find((c) => !c.emergency) ?? open[0] ?? phones.find((c) => !c.emergency) ?? phones[0];
  return line && named(line);
}
