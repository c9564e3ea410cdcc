/**
 * "Begins later" on an update of an incident going on: the field says so at once, in place of "Begins: 13:00 … readers
 * see „Vanaf 13:00”" (trial U, finding 6: a bank's desk, one Tab short, typed the next update's 13:00 here and the
 * running phishing wave was signed as announced). Lint's starts-while-going-on refuses the signing; this is the plain
 * question while typing. Apart from start-fields.ts to keep it small.
 */
import { html, type TemplateResult } from 'lit';
import { wasGoingOn } from '../../lint/rules/starts-going-on.js';
import { clock } from '../../lint/rules/incidents.js';
import type { Obj } from '../../lint/walk.js';

const SAID = {
  en: (since: string, at: string) => `This incident is going on now${since ? ` (since ${since})` : ''}: readers would see it as announced for ${at}. Did you mean the next update?`,
  nl: (since: string, at: string) => `Dit incident is nu aan de gang${since ? ` (sinds ${since})` : ''}: lezers zouden het zien als aangekondigd voor ${at}. Bedoelde u de volgende update?`,
} as const;

/** The line for a start to come on an update of an incident published as going on; undefined otherwise. */
export function goingOnLine(o: { feed?: { incidents?: readonly unknown[] }; id: string; update: boolean; startsAt?: string; now: number; zone: string; lang: 'en' | 'nl' }): TemplateResult | undefined {
  const start = o.startsAt ? Date.parse(o.startsAt) : NaN;
  if (!o.update || !(start > o.now) || !wasGoingOn(o.feed as Obj | undefined, o.id)) return undefined;
  const inc = o.feed?.incidents?.find((i) => (i as Obj)?.id === o.id) as Obj | undefined;
  const since = Date.parse(String(inc?.started_at));
  return html`<p class="problem" role="status" data-note="starts-going-on">${SAID[o.lang](Number.isNaN(since) ? '' : clock(since, o.zone, o.lang), clock(start, o.zone, o.lang))}</p>`;
}
