/**
 * `--faq-outdated` of `new incident` and `update` (trial Q, finding 8: a hospital's night desk could not hide the FAQ's
 * "Gaat mijn afspraak door? Ja, tenzij wij u bellen…" while every Tuesday appointment was cancelled): the FAQ answers, by
 * entry id, that do not hold while this incident goes on. Repeated or comma-separated, as `new reason --faq`; "" (or
 * "none") clears the list. With `--faq-file` (as `new reason`) the ids are checked against the FAQ by lint's
 * faq-outdated-unknown, and a wrong one is refused before anything is written, naming the ids that look alike.
 */
import { formatFinding } from '../lint/index.js';
import type { UiLanguage } from '../i18n/terms.js';
import { CliError, list, type Option, type Values } from './command.js';
import { lintNow, namedIn, ownWords } from './lint-report.js';
import { readFaqFile } from './reason-file.js';

export const FAQ_OUTDATED_OPTIONS: Record<'faq-outdated' | 'faq-file', Option> = {
  'faq-outdated': { type: 'string', multiple: true, help: 'FAQ answers (entry ids, repeat or comma-separated; replaces the list) that do not hold while this incident goes on: readers see "Does not apply now" above them, and the help dialog leaves them out; "" clears it' },
  'faq-file': { type: 'string', help: 'the FAQ document (or its .jws.json), as lint --faq: the --faq-outdated ids must be in it' },
};

/** The same, in Dutch (help-options-nl.ts). */
export const FAQ_OUTDATED_OPTIONS_NL: Record<keyof typeof FAQ_OUTDATED_OPTIONS, string> = {
  'faq-outdated': 'FAQ-antwoorden (id\'s, herhaal of scheid met komma\'s; vervangt de lijst) die niet kloppen zolang dit incident duurt: lezers zien er "Geldt nu niet" boven, en het hulpvenster laat ze weg; "" maakt de lijst leeg',
  'faq-file': 'het FAQ-document (of de .jws.json ervan), zoals lint --faq: de id\'s van --faq-outdated moeten erin staan',
};

/** The ids given, without doubles; [] to clear; undefined when the option was not given. */
export function faqOutdatedIds(v: Values): string[] | undefined {
  if (v['faq-outdated'] === undefined) return undefined;
  const ids = [...new Set(list(v['faq-outdated']).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))];
  return ids.length === 1 && /^(none|geen|-)$/i.test(ids[0]!) ? [] : ids;
}

/**
 * Refuses the change when the incident at `at` lists an id that is not an id (schema) or, with `--faq-file`, that the FAQ
 * does not have: `refused` is the command's own "feed.json was not changed" line.
 */
export async function refuseFaqOutdated(v: Values, feed: unknown, at: number, file: string, lang: UiLanguage, refused: string): Promise<void> {
  if (v['faq-outdated'] === undefined) return;
  const faq = await readFaqFile(v, lang);
  const mine = (p: string) => p === `incidents/${at}/faq_outdated` || p.startsWith(`incidents/${at}/faq_outdated/`);
  const wrong = ownWords(lintNow(feed, Date.now(), { lang, faq: faq?.doc }).filter((f) => f.severity === 'error' && mine(f.path)));
  if (wrong.length) throw new CliError(`${refused}\n${wrong.map((f) => namedIn(formatFinding(f, lang, feed), file)).join('\n')}`, 1, 'invalid');
}
