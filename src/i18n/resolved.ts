/**
 * How an all-clear's time is said, the same in the status element and the banner: "Resolved at 8:00", another day
 * "Resolved Mon 26 Oct, 8:00" (no "at"/"om" before a date, as the exports say it). And the all-clear box's line in
 * the hour after one: "No known disruptions" alone read as "everything normal" above a closing text that said buses
 * would run late for another hour. Apart from terms.ts to keep that file small.
 */
import { recentlyResolved } from '../feed/incidents.js';
import type { StatusPayload } from '../feed/schema.js';
import { formatDated, termsFor, uiLanguage } from './lang.js';

/** "Resolved at 12:29" / "Opgelost om 12:29"; with the day when that was not today. */
export function resolvedWhen(ms: number, lang: string, now: number, zone?: string): string {
  const t = termsFor(lang);
  const when = formatDated(ms, lang, now, zone);
  return when.dated ? `${t.phase.resolved} ${when.text}` : t.resolvedAt(when.text);
}

const RECENT = {
  en: (at: string, dated: boolean) => `The last disruption was resolved ${dated ? 'on' : 'at'} ${at}: see below for what still applies.`,
  nl: (at: string, dated: boolean) => `De laatste melding is ${dated ? 'op' : 'om'} ${at} opgelost: hieronder staat wat nog geldt.`,
} as const;

/** Under "No known disruptions" in the hour after an all-clear (feed/incidents.ts), in place of "everything is running as normal". */
export function allClearRecent(payload: StatusPayload, lang: string, now: number): string | undefined {
  const [recent] = recentlyResolved(payload, now);
  if (!recent) return undefined;
  const when = formatDated(Date.parse(recent.resolved_at ?? recent.updated_at), lang, now, payload.time_zone);
  return RECENT[uiLanguage(lang)](when.text, when.dated);
}
