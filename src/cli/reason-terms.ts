/**
 * What `clearline new reason` and `edit reason` say to the desk once the feed is read, in English and
 * Dutch: one table, chosen by deskLanguage (desk-lang.ts), as channel-terms.ts does for channels, so a
 * Dutch pension desk adding "Mijn pensioen is niet op mijn rekening" is answered in Dutch. Ids stay as typed.
 */
import type { UiLanguage } from '../i18n/terms.js';
import { shellArg } from '../lint/shell.js';

/** One reason as the desk sees it in a message: its id, its name in the desk's language, what it links to. */
export interface ReasonLine {
  id: string;
  name: string;
  urgent: boolean;
  /** Needed soon, no danger (`time_critical`), and not urgent: urgent wins when both are set. */
  timeCritical: boolean;
  channels: string[];
  faq: string[];
}

export interface ReasonTerms {
  added: (r: ReasonLine, file: string) => string;
  changed: (r: ReasonLine, file: string) => string;
  removed: (r: ReasonLine, file: string) => string;
  /** The change was refused: `done` is what would have happened to the reason. */
  refused: (done: 'added' | 'changed' | 'removed', file: string) => string;
  /** The reason's FAQ answers as readers see them, one `id: question` a line below this heading. */
  answers: string;
  /** FAQ ids given without the FAQ document: nothing could check them. */
  unchecked: (file: string) => string;
  /** The FAQ's answers, when an id was not among them. */
  entries: (faqFile: string, list: string) => string;
  /** In the list: an answer id that is not in the FAQ document (lint reports it). */
  notInFaq: (faqFile: string) => string;
  list: (file: string) => string;
  /** No reasons yet, with the command to add one: one --name per language of the feed (`langs`), as new reason wants them. */
  none: (file: string, langs: readonly string[]) => string;
  howToChange: string;
  line: (r: ReasonLine) => string;
  giveId: (file: string, list: string) => string;
  noSuchId: (file: string, id: string, list: string) => string;
  idTaken: (file: string, id: string) => string;
  /** The feed has the most contact reasons a feed can have. */
  full: (file: string, max: number, list: string) => string;
  sameName: (file: string, id: string, name: string) => string;
  giveName: (langs: string[]) => string;
  sayWhat: string;
  removeAlone: (options: string[]) => string;
  both: (a: string, b: string) => string;
  faqIsFile: (value: string) => string;
}

/**
 * One --name per language, in the feed's order: new reason refuses one name for a feed in two (e8e447c), so a hint
 * with one --name did not run as printed on an nl,en feed.
 */
const names = (langs: readonly string[]) => ' --name "…"'.repeat(Math.max(1, langs.length));

/** How pressing the reason is, after its name in a message: urgent, time-critical (trial S), or nothing. */
const level = (r: ReasonLine, urgent: string, soon: string) => (r.urgent ? urgent : r.timeCritical ? soon : '');

const joined = (ids: string[], none: string) => (ids.length ? ids.join(', ') : none);

export const REASON_TERMS: Record<UiLanguage, ReasonTerms> = {
  en: {
    added: (r, file) => `Added contact reason "${r.id}" (${r.name}) to ${file}${level(r, ', urgent (listed first)', ', time-critical: needed soon, no danger (listed after the urgent ones, before the others)')}. Sign it to publish.`,
    changed: (r, file) => `Changed contact reason "${r.id}" (${r.name}) in ${file}${level(r, ', urgent (listed first)', ', time-critical: needed soon, no danger (listed after the urgent ones, before the others)')}. Sign it to publish.`,
    removed: (r, file) => `Removed contact reason "${r.id}" (${r.name}) from ${file}. Sign it to publish.`,
    refused: (done, file) => `the contact reason was not ${done}; ${file} is unchanged:`,
    answers: 'Readers who choose it see these FAQ answers:',
    unchecked: (file) => `The FAQ answer ids were not checked: give the FAQ document with --faq-file faq.json (or run clearline lint ${shellArg(file)} --faq faq.json).`,
    entries: (faqFile, list) => `The answers in ${faqFile}: ${list}`,
    notInFaq: (faqFile) => `not in ${faqFile}`,
    list: (file) => `Contact reasons in ${file} (readers see the urgent ones first, then the time-critical ones):`,
    none: (file, langs) => `${file} has no contact reasons yet; add one with clearline new reason --feed ${shellArg(file)}${names(langs)}`,
    howToChange: 'Change one with clearline edit reason --id ID (--name, --urgent, --not-urgent, --time-critical, --not-time-critical, --channel, --faq, --remove).',
    line: (r) => `  ${r.id}: ${r.name}${level(r, ' (urgent)', ' (time-critical)')}; channels: ${joined(r.channels, 'none named (the usual ones are offered)')}; FAQ answers: ${joined(r.faq, 'none')}`,
    giveId: (file, list) => `give --id with the contact reason to change; the contact reasons in ${file}: ${list}`,
    noSuchId: (file, id, list) => `${file} has no contact reason "${id}"; the contact reasons: ${list}`,
    idTaken: (file, id) => `${file} already has a contact reason "${id}"; pick another --id`,
    full: (file, max, list) => `${file} has ${max} contact reasons, the most a feed can have; remove one first with clearline edit reason${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ID --remove. The contact reasons: ${list}`,
    sameName: (file, id, name) => `${file} already has a contact reason named "${name}": "${id}"; change it with clearline edit reason --id ${id}`,
    giveName: (langs) => `give --name: what people choose, e.g. --name "My payment has not arrived"${langs.length > 1 ? ` (one per language: ${langs.join(', ')})` : ''}`,
    sayWhat: 'say what to change (--name, --urgent, --not-urgent, --time-critical, --not-time-critical, --channel, --faq) or give --remove',
    removeAlone: (options) => `--remove removes the whole contact reason; give it without --${options.join(', --')}`,
    both: (a, b) => `give --${a} or --${b}, not both`,
    faqIsFile: (value) => `--faq takes the ids of FAQ answers (e.g. --faq when-paid), not a file; give the FAQ document ${value} with --faq-file ${value}`,
  },
  nl: {
    added: (r, file) => `Contactreden "${r.id}" (${r.name}) toegevoegd aan ${file}${level(r, ', dringend (staat bovenaan)', ', haast zonder gevaar (staat na de dringende, vóór de andere)')}. Onderteken het bestand om te publiceren.`,
    changed: (r, file) => `Contactreden "${r.id}" (${r.name}) gewijzigd in ${file}${level(r, ', dringend (staat bovenaan)', ', haast zonder gevaar (staat na de dringende, vóór de andere)')}. Onderteken het bestand om te publiceren.`,
    removed: (r, file) => `Contactreden "${r.id}" (${r.name}) verwijderd uit ${file}. Onderteken het bestand om te publiceren.`,
    refused: (done, file) => `de contactreden is niet ${{ added: 'toegevoegd', changed: 'gewijzigd', removed: 'verwijderd' }[done]}; ${file} is niet gewijzigd:`,
    answers: 'Wie hem kiest, ziet deze antwoorden uit de veelgestelde vragen:',
    unchecked: (file) => `De antwoorden (ids) zijn niet gecontroleerd: geef de veelgestelde vragen mee met --faq-file faq.json (of gebruik clearline lint ${shellArg(file)} --faq faq.json).`,
    entries: (faqFile, list) => `De antwoorden in ${faqFile}: ${list}`,
    notInFaq: (faqFile) => `staat niet in ${faqFile}`,
    list: (file) => `Contactredenen in ${file} (lezers zien eerst de dringende, dan die met haast):`,
    none: (file, langs) => `${file} heeft nog geen contactredenen; voeg er een toe met clearline new reason --feed ${shellArg(file)}${names(langs)}`,
    howToChange: 'Wijzig er een met clearline edit reason --id ID (--name, --urgent, --not-urgent, --time-critical, --not-time-critical, --channel, --faq, --remove).',
    line: (r) => `  ${r.id}: ${r.name}${level(r, ' (dringend)', ' (haast)')}; kanalen: ${joined(r.channels, 'geen genoemd (de gebruikelijke worden aangeboden)')}; antwoorden: ${joined(r.faq, 'geen')}`,
    giveId: (file, list) => `geef --id met de contactreden die u wilt wijzigen; de contactredenen in ${file}: ${list}`,
    noSuchId: (file, id, list) => `${file} heeft geen contactreden "${id}"; de contactredenen: ${list}`,
    idTaken: (file, id) => `${file} heeft al een contactreden "${id}"; kies een andere --id`,
    full: (file, max, list) => `${file} heeft ${max} contactredenen, het meeste dat een feed kan hebben; verwijder er eerst een met clearline edit reason${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ID --remove. De contactredenen: ${list}`,
    sameName: (file, id, name) => `${file} heeft al een contactreden "${name}": "${id}"; wijzig die met clearline edit reason --id ${id}`,
    giveName: (langs) => `geef --name: wat mensen kiezen, bijv. --name "Mijn betaling is niet binnen"${langs.length > 1 ? ` (één per taal: ${langs.join(', ')})` : ''}`,
    sayWhat: 'zeg wat er verandert (--name, --urgent, --not-urgent, --time-critical, --not-time-critical, --channel, --faq) of geef --remove',
    removeAlone: (options) => `--remove verwijdert de hele contactreden; geef het zonder --${options.join(', --')}`,
    both: (a, b) => `geef --${a} of --${b}, niet allebei`,
    faqIsFile: (value) => `--faq neemt de ids van antwoorden (bijv. --faq wanneer-betaald), geen bestand; geef de veelgestelde vragen ${value} mee met --faq-file ${value}`,
  },
};
