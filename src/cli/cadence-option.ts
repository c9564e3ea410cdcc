/**
 * `update --daily` / `--live` (feed/cadence.ts) and what `update` says when a desk re-confirms texts that did not change.
 * Trial V, a water company's 3-day Boil Water Notice: the desk re-confirmed it every 4 hours with the same texts and a new
 * next update; the CLI said "texts" were updated, `updated_at` stayed at day 1 and readers saw "Updated 2 days ago".
 * A kept promise with the same texts now counts (feed/update.ts stamps `confirmed_at`), and the CLI says it truthfully.
 */
import type { UiLanguage } from '../i18n/terms.js';
import type { Cadence } from '../feed/cadence.js';
import { CliError, type Option, type Values } from './command.js';

export const CADENCE_OPTIONS: Record<'daily' | 'live', Option> = {
  daily: { type: 'boolean', help: 'when work stops overnight or nothing will change for a day (a boil water notice): updated once a day, --next-update may then be up to 26 hours ahead ("tomorrow 08:00") and heartbeat keeps it signed until then; --live when work starts again; readers still see its severity' },
  live: { type: 'boolean', help: 'end --daily: the next update again within 4 hours, as for any incident going on' },
};

/** The same, in Dutch (help-options-nl.ts). */
export const CADENCE_OPTIONS_NL: Record<keyof typeof CADENCE_OPTIONS, string> = {
  daily: 'als het werk \'s nachts stilligt of er een dag lang niets verandert (een kookadvies): één update per dag, --next-update mag dan tot 26 uur vooruit liggen ("tomorrow 08:00") en heartbeat houdt de feed tot dan ondertekend; --live als het werk weer begint; lezers zien de ernst gewoon',
  live: 'stopt --daily: de volgende update weer binnen 4 uur, zoals bij elk incident dat bezig is',
};

const SAID = {
  en: { both: 'give --daily or --live, not both', same: 'no text changed', confirmed: 'confirmed (readers see: no change since the last text, confirmed now)', daily: 'updated daily', live: 'next update within 4 hours again' },
  nl: { both: 'geef --daily of --live, niet allebei', same: 'geen tekst gewijzigd', confirmed: 'bevestigd (lezers zien: niets veranderd sinds de laatste tekst, nu bevestigd)', daily: 'één update per dag', live: 'volgende update weer binnen 4 uur' },
} as const satisfies Record<UiLanguage, Record<string, string>>;

/**
 * Said when `update` ends a daily cadence that was for an announcement (feed/daily-start.ts, trial Z): `at` is its start
 * with its preposition ("at 07:00", "on Thu 17 Dec 07:00"), `refused` when the update was not made.
 */
export function dailyEndedWords(at: string, lang: UiLanguage, refused = false): string {
  return lang === 'nl'
    ? `Eén update per dag gold voor de aankondiging en is gestopt: het is begonnen ${at}. De volgende update hoort nu binnen 4 uur te komen. Alleen als er een hele dag niets verandert: ${refused ? 'zet --daily in de opdracht' : 'geef opnieuw --daily'}.`
    : `Daily updates were for the announcement and have ended: it began ${at}. The next update is now due within 4 hours. Only if nothing will change for a whole day: ${refused ? 'add --daily to the command' : 'give --daily again'}.`;
}

/** 'daily' for --daily, null for --live (taken away), undefined for neither. */
export function cadenceOption(v: Values, lang: UiLanguage): Cadence | null | undefined {
  if (v.daily === true && v.live === true) throw new CliError(SAID[lang].both);
  return v.daily === true ? 'daily' : v.live === true ? null : undefined;
}

/** The words for a cadence change in `update`'s summary, or none when it did not change. */
export function cadenceWords(before: unknown, after: unknown, lang: UiLanguage): string[] {
  return before === after ? [] : [after === 'daily' ? SAID[lang].daily : SAID[lang].live];
}

/**
 * What `update` says of the texts: "no text changed" when --known/--unknown (`given`) gave the texts already published,
 * with "confirmed" when it stamped `confirmed_at` (a re-confirmation, also with --next-update alone); undefined when the
 * texts did change, or none were given and nothing was confirmed.
 */
export function sameTextWords(o: { old: Record<string, unknown>; after: Record<string, unknown>; lang: UiLanguage; given: boolean }): string[] | undefined {
  const same = (k: string) => JSON.stringify(o.old[k]) === JSON.stringify(o.after[k]);
  const confirmed = o.after.confirmed_at !== undefined && o.after.confirmed_at !== o.old.confirmed_at;
  if (!o.given) return confirmed ? [SAID[o.lang].same, SAID[o.lang].confirmed] : undefined;
  if (!same('known') || !same('unknown') || !same('updates')) return undefined;
  return [SAID[o.lang].same, ...(confirmed ? [SAID[o.lang].confirmed] : [])];
}
