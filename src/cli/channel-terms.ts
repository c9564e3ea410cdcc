/**
 * What `clearline new channel` and `edit channel` say to the desk once the feed is read, in English
 * and Dutch: one table, chosen by deskLanguage (desk-lang.ts), as `update` and `new incident` do, so
 * a Dutch desk adding its phone line at 2 a.m. is answered in Dutch. Ids, kinds and links stay as typed.
 */
import type { UiLanguage } from '../i18n/terms.js';
import { nlCount } from './lint-report.js';

export interface ChannelTerms {
  added: (id: string, file: string, kind: string, link: string, emergency: boolean, wait?: number) => string;
  changed: (id: string, file: string, link: string, emergency: boolean) => string;
  removed: (id: string, link: string, file: string, reasons: string[]) => string;
  elsewhere: (file: string, errors: number, warnings: number) => string;
  /** The change was refused: `done` is what would have happened to the channel. */
  refused: (done: 'added' | 'changed' | 'removed', file: string) => string;
  /** The channel's name or reason says it does not work, yet readers still get its link (as the studio's note). */
  down: (id: string, file: string) => string;
}

export const CHANNEL_TERMS: Record<UiLanguage, ChannelTerms> = {
  en: {
    added: (id, file, kind, link, emergency, wait) =>
      `Added channel "${id}" to ${file}: ${kind}, ${link}${emergency ? ', emergency line (listed first)' : ''}${wait === undefined ? '' : `, wait ${wait} min`}. Sign it to publish.`,
    changed: (id, file, link, emergency) => `Changed channel "${id}" in ${file}: ${link}${emergency ? ', emergency line (listed first)' : ''}. Sign it to publish.`,
    removed: (id, link, file, reasons) =>
      `Removed channel "${id}" (${link}) from ${file}${reasons.length ? `; the contact reason(s) ${reasons.join(', ')} no longer offer it` : ''}. Sign it to publish.`,
    elsewhere: (file, errors, warnings) => `Elsewhere in ${file}: ${errors} error(s), ${warnings} warning(s); run clearline lint ${file} to see them.`,
    refused: (done, file) => `the channel was not ${done}; ${file} is unchanged:`,
    down: (id, file) =>
      `Its name or reason says it does not work, but readers still get it to call or open: a channel cannot be marked as down. Is it down? Remove it (clearline edit channel --feed ${file} --id ${id} --remove) and say under What we know ("known") that it does not work and what to use instead.`,
  },
  nl: {
    added: (id, file, kind, link, emergency, wait) =>
      `Kanaal "${id}" toegevoegd aan ${file}: ${kind}, ${link}${emergency ? ', noodlijn (staat bovenaan)' : ''}${wait === undefined ? '' : `, wachttijd ${wait} min`}. Onderteken het bestand om te publiceren.`,
    changed: (id, file, link, emergency) => `Kanaal "${id}" gewijzigd in ${file}: ${link}${emergency ? ', noodlijn (staat bovenaan)' : ''}. Onderteken het bestand om te publiceren.`,
    removed: (id, link, file, reasons) =>
      `Kanaal "${id}" (${link}) verwijderd uit ${file}${reasons.length ? `; ${reasons.length === 1 ? 'de contactreden' : 'de contactredenen'} ${reasons.join(', ')} ${reasons.length === 1 ? 'biedt' : 'bieden'} het niet meer aan` : ''}. Onderteken het bestand om te publiceren.`,
    elsewhere: (file, errors, warnings) =>
      `Elders in ${file}: ${nlCount(errors, 'fout', 'fouten')}, ${nlCount(warnings, 'waarschuwing', 'waarschuwingen')}; zie ze met clearline lint ${file} --lang nl.`,
    refused: (done, file) => `het kanaal is niet ${{ added: 'toegevoegd', changed: 'gewijzigd', removed: 'verwijderd' }[done]}; ${file} is niet gewijzigd:`,
    down: (id, file) =>
      `De naam of reden zegt dat het niet werkt, maar lezers krijgen het nog om te bellen of te openen: een kanaal kan niet als buiten gebruik worden gemarkeerd. Werkt het niet? Haal het weg (clearline edit channel --feed ${file} --id ${id} --remove) en zeg bij Wat we weten ("known") dat het niet werkt en wat mensen in plaats daarvan kunnen gebruiken.`,
  },
};
