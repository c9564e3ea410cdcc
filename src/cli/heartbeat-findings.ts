/**
 * Which lint findings `clearline heartbeat` says again. Trial T (a US co-op, ice storm): every heartbeat, every 20 minutes,
 * repeated "an urgent action calls +1 800 555 0199 (24/7 Outage Line), an ordinary line" for a feed nobody had changed,
 * and a tired desk re-read it each time. A heartbeat re-signs the same content, so a warning about the content alone was
 * said when it was signed (sign, lint, the studio) and says nothing new. Said again: every error (it stops the heartbeat),
 * every warning of a rule about what time does to the texts ("tomorrow" written yesterday), and any warning the previous
 * envelope did not have when it was signed (linted at its own issued_at): one that came with the hour, or with a newer
 * clearline.
 */
import type { Finding, LintRule } from '../lint/index.js';

/** Rules about what time has done to the texts: named at every heartbeat, until the desk writes the date or an update. */
export const TIME_RULES: ReadonlySet<string> = new Set(['relative-day-stale', 'relative-day-night', 'relative-time'] satisfies LintRule[]);

const key = (f: Finding) => `${f.rule}|${f.path}|${f.message}`;

/** Whether a finding was said already: a warning, not about time, that linting the previous envelope at its signing time found too. */
export function alreadySaid(before: readonly Finding[]): (f: Finding) => boolean {
  const had = new Set(before.map(key));
  return (f) => f.severity === 'warning' && !TIME_RULES.has(f.rule) && had.has(key(f));
}
