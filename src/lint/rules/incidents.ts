/** Rules for open incidents: the four parts (known, unknown, next update, what to do). */
import { defineRule } from '../rule.js';
import { isBlank, isObj, openIncidentsOf } from '../walk.js';
import { CLARITY_LIMITS } from './limits.js';

function clock(ms: number, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone, hour12: false }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(11, 16);
  }
}

/** The promised next update in ms, or NaN when it is absent or not a time. */
const nextUpdate = (inc: Record<string, unknown>) => (typeof inc.next_update_at === 'string' ? Date.parse(inc.next_update_at) : NaN);

export const knownMissing = defineRule('known-missing', 'error', function* ({ doc }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    if (isBlank(inc.known)) yield { path: `${path}/known`, message: 'an open incident does not say what we know', fix: 'Write what is certain now, even if it is little: what happened, since when, who is affected.' };
  }
});

export const unknownMissing = defineRule('unknown-missing', 'error', function* ({ doc }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    if (isBlank(inc.unknown)) yield { path: `${path}/unknown`, message: "an open incident does not say what we don't know yet", fix: 'Write what is still unclear (cause, how long it lasts), so people stop calling to ask.' };
  }
});

export const nextUpdateMissing = defineRule('next-update-missing', 'error', function* ({ doc }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    if (Number.isNaN(nextUpdate(inc))) yield { path: `${path}/next_update_at`, message: 'an open incident does not say when the next update comes', fix: 'Set a next update time, e.g. `clearline update --incident ID --next-update +30m`.' };
  }
});

export const nextUpdatePast = defineRule('next-update-past', 'error', function* ({ doc, now, timeZone }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    const next = nextUpdate(inc);
    if (next < now) {
      yield {
        path: `${path}/next_update_at`,
        message: `you promised an update at ${clock(next, timeZone)} (${String(inc.next_update_at)}), which has passed`,
        fix: 'Publish an update now, or promise a new time with `clearline update --next-update +30m`.',
      };
    }
  }
});

export const nextUpdateTooFar = defineRule('next-update-too-far', 'error', function* ({ doc, now }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    const next = nextUpdate(inc);
    if (next - now > CLARITY_LIMITS.nextUpdateMs) {
      yield {
        path: `${path}/next_update_at`,
        message: `the next update is ${Math.round((next - now) / 60_000)} minutes away; more than 4 hours of silence makes people call`,
        fix: 'Promise an update within 4 hours, even if it is only "no news yet".',
      };
    }
  }
});

export const urgentActionMissing = defineRule('urgent-action-missing', 'warning', function* ({ doc }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    const severe = inc.severity === 'major' || inc.severity === 'critical';
    const actions = Array.isArray(inc.actions) ? inc.actions : [];
    if (severe && !actions.some((a) => isObj(a) && a.urgent === true)) {
      yield { path: `${path}/actions`, message: `a ${String(inc.severity)} incident has no urgent action`, fix: 'Add the one thing people must do now (with "urgent": true), or say that nobody needs to act.' };
    }
  }
});
