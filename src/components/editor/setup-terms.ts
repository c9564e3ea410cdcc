/**
 * The studio's words for setting up a feed and an incident's start: the feed's languages, its
 * status page, "Started at". Beside terms.ts (which is full); the accessible names tests use are here.
 */
import { exampleClock } from '../../feed/times.js';
import type { UiLanguage } from '../../i18n/terms.js';

/** The language sets a new feed can be written in (the templates' languages), in the field order. */
export const LANGUAGE_CHOICES = [['nl', 'en'], ['en'], ['nl']] as const;

export interface SetupTerms {
  languages: string;
  languagesHint: string;
  choice: (langs: readonly string[]) => string;
  statusUrl: string;
  statusUrlHint: string;
  started: string;
  startedHint: (zone: string) => string;
  startedChosen: (time: string) => string;
  startedUnreadable: (input: string, zone: string) => string;
}

const name = (l: string, ui: UiLanguage) => ({ en: { nl: 'Dutch', en: 'English' }, nl: { nl: 'Nederlands', en: 'Engels' } })[ui][l as 'nl' | 'en'] ?? l;

export const SETUP_TERMS: Record<UiLanguage, SetupTerms> = {
  en: {
    languages: 'Languages of your updates',
    languagesHint: 'People read your updates in these languages; you write each text once per language. A text in a language you do not choose is never asked for.',
    choice: (ls) => (ls.length > 1 ? `${name(ls[0]!, 'en')} and ${name(ls[1]!, 'en')}` : `${name(ls[0]!, 'en')} only`),
    statusUrl: 'Status page address',
    statusUrlHint: 'The page where people read the full status; text messages and other exports link to it. Leave empty to link to your website.',
    started: 'Started at',
    startedHint: (z) => `When the problem began: a time such as ${exampleClock(z, 1, 35)} (${z}), -40m for 40 minutes ago, or a date and time. Empty: when you publish.`,
    startedChosen: (t) => `Started: ${t}`,
    startedUnreadable: (i, z) => `“${i}” is not a time: type a time such as ${exampleClock(z, 1, 35)}, -40m for 40 minutes ago, or yesterday ${exampleClock(z, 23, 50)}`,
  },
  nl: {
    languages: 'Talen van uw updates',
    languagesHint: 'Mensen lezen uw updates in deze talen; u schrijft elke tekst één keer per taal. Een taal die u niet kiest, wordt nergens gevraagd.',
    choice: (ls) => (ls.length > 1 ? `${name(ls[0]!, 'nl')} en ${name(ls[1]!, 'nl')}` : `Alleen ${name(ls[0]!, 'nl')}`),
    statusUrl: 'Adres van uw statuspagina',
    statusUrlHint: 'De pagina waar mensen de hele status lezen; sms’jes en andere exports linken ernaar. Leeg: ze linken naar uw website.',
    started: 'Begonnen om',
    startedHint: (z) => `Wanneer het probleem begon: een tijd zoals 01:35 (${z}), -40m voor 40 minuten geleden, of een datum en tijd. Leeg: wanneer u publiceert.`,
    startedChosen: (t) => `Begonnen: ${t}`,
    startedUnreadable: (i) => `“${i}” is geen tijd: typ een tijd zoals 01:35, -40m voor 40 minuten geleden, of gisteren 23:50`,
  },
};
