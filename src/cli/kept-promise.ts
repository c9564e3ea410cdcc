/**
 * `clearline update` with news but no `--next-update` keeps the incident's promise. An airline's desk posted at 08:55 and
 * forgot the next update: "volgende update 09:00", exit 0, and readers saw the update late five minutes later (trial S),
 * while the studio asks for a new time with every update. A promise that is still well ahead may stay (a script adding a
 * sentence at 10:05 for an 11:00 update); one passed or under a quarter of an hour away is refused, writing nothing, with the
 * command that says it. `--next-update` with the same time keeps it on purpose.
 */
import type { UiLanguage } from '../i18n/terms.js';
import { PLACEHOLDER } from '../feed/placeholder.js';
import { CliError } from './command.js';
import { exampleClock } from '../feed/clock-words.js';
import { shellArg } from '../lint/shell.js';

/** A kept promise closer than this after an update with news is refused. */
export const KEPT_PROMISE_MIN_MS = 15 * 60_000;

// `zone`: on a US or Canadian clock the English example is "10:30 AM", as the kept time is said (trial Y).
const SAID: Record<UiLanguage, (at: string, passed: boolean, minutes: number, keep: string, zone: string) => string> = {
  en: (at, passed, minutes, keep, zone) =>
    `this update keeps the next update at ${at}, ${passed ? 'which has passed' : `${minutes} minute${minutes === 1 ? '' : 's'} from now`}: readers would see this update as late ${passed ? 'at once' : 'soon after'}. Say when the next update comes: --next-update +30m (or a time such as ${shellArg(exampleClock(zone, 10, 30))})${keep ? `. To keep ${at} anyway: ${keep}` : ''}`,
  nl: (at, passed, minutes, keep) =>
    `deze update houdt de volgende update op ${at}, ${passed ? 'en die tijd is al voorbij' : `over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}`}: lezers zien deze update dan ${passed ? 'meteen' : 'zo meteen'} als te laat. Zeg wanneer de volgende update komt: --next-update +30m (of een tijd zoals 10:30)${keep ? `. Toch ${at} houden: ${keep}` : ''}`,
};

/**
 * Throws when an update with news (new texts, not a correction or the all-clear) keeps a next update that has passed or
 * is under `KEPT_PROMISE_MIN_MS` away. `at` is the kept time as the desk reads it ("09:00"); `next` its ISO time.
 */
export function refuseKeptPromise(o: { news: boolean; next: unknown; now: number; at: string; lang: UiLanguage; incident: unknown; zone?: string }): void {
  // An incident still holding a template's or an import's [[TODO: …]] was never published as it stands (signing refuses
  // it): filling it in is writing, not news, and `import` lists the commands to do so, the next update last.
  if (!o.news || typeof o.next !== 'string' || PLACEHOLDER.test(JSON.stringify(o.incident))) return;
  const left = Date.parse(o.next) - o.now;
  if (Number.isNaN(left) || left >= KEPT_PROMISE_MIN_MS) return;
  // Keeping it on purpose: the time as typed when it is a clock time, else the ISO time (a passed one cannot be kept).
  // On a US or Canadian clock "9:00 AM", quoted as the shell needs it.
  const keep = left <= 0 ? '' : `--next-update ${/^\d{1,2}:\d{2}(?: [AP]M)?$/.test(o.at) ? shellArg(o.at) : o.next}`;
  throw new CliError(SAID[o.lang](o.at, left <= 0, Math.max(1, Math.ceil(left / 60_000)), keep, o.zone ?? ''), 2, 'usage');
}
