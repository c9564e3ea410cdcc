/**
 * What `clearline heartbeat` does and says after an all-clear. Trials found two things there. (1) A resolved incident
 * written by hand (`"phase": "resolved"` in feed.json) kept its `next_update_at`, and every heartbeat re-signed it: the
 * banner showed "Resolved at 10:00" beside "Next update 10:30", a promise nobody would keep. `update --resolve` and the
 * studio clear it; a heartbeat now leaves it out too, and says once how to take it out of feed.json. (2) A feed with
 * nothing open is re-signed for days after its all-clear, as it should be (readers see "No known disruptions", not
 * "Status unknown"), but the desk did not know what readers see of the old incident. The first heartbeat a day after
 * the last all-clear says it, once: the banner went an hour after it, the status page keeps it, folded, with its date,
 * until it is taken out of feed.json. Pure; no I/O.
 */
import type { UiLanguage } from '../i18n/terms.js';
import { pickText } from '../i18n/lang.js';
import { shellArg } from '../lint/shell.js';
import type { Obj } from './command.js';

/** How long after the last all-clear the heartbeat says what readers see of it (the status page folds it after a day). */
export const ALL_CLEAR_OLD_MS = 24 * 3_600_000;

type Inc = Obj & { id?: unknown; phase?: unknown; next_update_at?: unknown; resolved_at?: unknown; updated_at?: unknown; title?: unknown };
const incidentsOf = (doc: Obj): Inc[] => (Array.isArray(doc.incidents) ? (doc.incidents as Inc[]) : []);
const resolved = (i: Inc) => i.phase === 'resolved';

/** The document with every resolved incident's next update left out (null), and the ids of those that had one. */
export function withoutResolvedPromises<T extends Obj>(doc: T): { doc: T; ids: string[] } {
  const ids = incidentsOf(doc).filter((i) => resolved(i) && typeof i.next_update_at === 'string').map((i) => String(i.id));
  if (!ids.length) return { doc, ids };
  return { doc: { ...doc, incidents: incidentsOf(doc).map((i) => (resolved(i) && typeof i.next_update_at === 'string' ? { ...i, next_update_at: null } : i)) }, ids };
}

/**
 * The incident whose all-clear is the newest, when nothing is open and that all-clear turned ALL_CLEAR_OLD_MS old
 * between the previous signing (`signedAt`) and `now`: said by one heartbeat, not every 20 minutes.
 */
export function oldAllClear(doc: Obj, signedAt: number, now: number): { incident: Inc; at: string } | undefined {
  const all = incidentsOf(doc);
  if (!all.length || !all.every(resolved)) return undefined;
  const at = (i: Inc) => Date.parse(String(i.resolved_at ?? i.updated_at));
  const last = all.reduce((a, b) => (at(b) > at(a) ? b : a));
  const mark = at(last) + ALL_CLEAR_OLD_MS;
  return signedAt < mark && mark <= now ? { incident: last, at: String(last.resolved_at ?? last.updated_at) } : undefined;
}

export const ALL_CLEAR_TERMS = {
  en: {
    promises: (ids: string[], source: string) =>
      `Left out of what was signed: the next update ${ids.length === 1 ? `resolved incident "${ids[0]}" still promised` : `resolved incidents ${ids.map((id) => `"${id}"`).join(', ')} still promised`} (readers would show it beside the all-clear). ${source} still has it; take it out before you sign again: ${ids.map((id) => `clearline update ${shellArg(source)} --incident ${shellArg(id)} --correct --next-update none`).join('; ')}`,
    old: (title: string, at: string, source: string) =>
      `Nothing has been open since "${title}" was resolved ${at}. Readers see "No known disruptions"; the banner went an hour after that, and the status page shows the incident folded, with its date. Keep this heartbeat running. When the incident is no longer needed there, remove it from "incidents" in ${source} and sign it again.`,
  },
  nl: {
    promises: (ids: string[], source: string) =>
      `Niet mee ondertekend: de volgende update die ${ids.length === 1 ? `opgelost incident "${ids[0]}" nog beloofde` : `opgeloste incidenten ${ids.map((id) => `"${id}"`).join(', ')} nog beloofden`} (lezers zouden die naast "Opgelost" zien). ${source} heeft hem nog; haal hem eruit voor u weer ondertekent: ${ids.map((id) => `clearline update ${shellArg(source)} --incident ${shellArg(id)} --correct --next-update none`).join('; ')}`,
    old: (title: string, at: string, source: string) =>
      `Er staat niets meer open sinds "${title}" is opgelost ${at}. Lezers zien "Geen storingen bekend"; de banner is een uur daarna verdwenen en de statuspagina toont het incident ingeklapt, met de datum. Laat deze heartbeat doorlopen. Is de storing daar niet meer nodig, haal hem dan uit "incidents" in ${source} en onderteken opnieuw.`,
  },
} as const satisfies Record<UiLanguage, unknown>;

/** The title of an incident in the desk's language, else its id. */
export const titleOf = (i: Inc, lang: UiLanguage): string => (i.title === undefined ? String(i.id) : pickText(i.title as Parameters<typeof pickText>[0], lang) || String(i.id));
