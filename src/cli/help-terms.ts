/**
 * `clearline --help` and `clearline <command> --help` in the desk's language. The English help is each
 * Command's own summary and option help (program.ts); the Dutch is here: the frame, every command's
 * summary, and the option descriptions of the commands a desk uses in an incident (help-options-nl.ts).
 * A command without Dutch option descriptions keeps its English help whole, never half translated.
 * Command names, option names and usage lines stay as typed: they are the public interface.
 */
import type { UiLanguage } from '../i18n/terms.js';
import type { Command } from './command.js';
import { HELP_OPTIONS_NL } from './help-options-nl.js';

/** Every command's summary in Dutch, by command name (a test checks none is missing). */
export const SUMMARIES_NL: Record<string, string> = {
  keygen: 'maak een sleutelpaar om mee te ondertekenen',
  sign: 'controleer een feed of FAQ-document en onderteken het',
  verify: 'controleer een ondertekend document zoals de browser dat doet',
  schema: 'toon het JSON Schema van het feedformaat',
  'new feed': 'maak een lege statusfeed (nog zonder incidenten), om uw kanalen en contactredenen klaar te zetten voordat er iets gebeurt',
  'edit feed': 'wijzig de statuspagina, de naam of de website van uw organisatie in de feed (zonder opties: toon ze); het feed-id blijft',
  'new incident': 'voeg een incident toe aan een feed, vanuit een sjabloon of een van uw eigen voorbereide teksten (maakt de feed als die er nog niet is)',
  'new channel': 'voeg een contactkanaal toe aan een feed (telefoonlijn, chat, e-mail, webpagina, terugbellen)',
  'edit channel': 'wijzig of verwijder een contactkanaal van een feed (zonder --id: toon ze)',
  'new reason': 'voeg een contactreden toe aan een feed (waarover mensen contact opnemen), met haar kanalen en FAQ-antwoorden',
  'edit reason': 'wijzig, koppel of verwijder een contactreden van een feed (zonder --id: toon ze)',
  update: 'publiceer een nieuwe update van een incident: teksten, volgende update, ernst, fase, wat getroffen is, acties, wachttijden',
  lint: 'controleer een feed of FAQ-document op de fouten waardoor mensen gaan bellen',
  heartbeat: 'onderteken een ongewijzigde feed opnieuw, met een nieuwe issued_at, expires_at en seq',
  'faq build': 'bouw een FAQ-document uit Markdown-bestanden (openingstijden.nl.md, openingstijden.en.md, …)',
  'new question': 'beantwoord een nieuwe vraag in de FAQ: schrijft de Markdown-bestanden (één per taal) met hun kop',
  'edit question': 'wijzig een FAQ-antwoord of -vraag in één taal of alle, de andere blijven (zonder --id: toon ze)',
  studio: 'bewerk, onderteken en publiceer een statusfeed in uw browser (de editor draait op 127.0.0.1)',
  report: 'vat report-url-gebeurtenissen samen: contactredenen, onbeantwoorde vragen, feedback, selfservice, contacten',
  export: 'schrijf één kanaal uit de feed: telefoonbericht, SSML, sms, berichten voor sociale media, Atom, CAP, pagina zonder script, e-mail',
  'import statuspage': 'maak een clearline-feed van summary.json of incidents.json van Atlassian Statuspage; wat ontbreekt wordt een plaatshouder die lint weigert',
  'import cap': 'maak een clearline-feed van een CAP 1.2-melding; wat ontbreekt wordt een plaatshouder die lint weigert',
};

interface Frame {
  title: string;
  commands: string;
  more: string;
  usage: string;
  options: string;
  help: string;
}

const FRAME: Record<UiLanguage, Frame> = {
  en: {
    title: 'clearline: publish signed crisis status feeds and FAQ documents.',
    commands: 'Commands:',
    more: 'Run `clearline <command> --help` for its options.',
    usage: 'Usage:',
    options: 'Options:',
    help: 'show this help',
  },
  nl: {
    title: 'clearline: publiceer ondertekende statusfeeds en FAQ-documenten voor storingen en crises.',
    commands: 'Opdrachten:',
    more: 'Typ `clearline <opdracht> --help` voor de opties van een opdracht.',
    usage: 'Gebruik:',
    options: 'Opties:',
    help: 'toon deze hulp',
  },
};

/** Whether `command --help` has a Dutch text for each of its options (else its help stays English). */
export const hasDutchHelp = (command: Command): boolean => Object.keys(command.options).every((o) => HELP_OPTIONS_NL[command.name]?.[o] !== undefined);

/** The command list (`clearline --help`), or one command's help, in `lang`. */
export function helpText(commands: readonly Command[], command: Command | undefined, lang: UiLanguage): string {
  const nl = lang === 'nl';
  if (!command) {
    const t = FRAME[lang];
    const summary = (c: Command) => (nl ? (SUMMARIES_NL[c.name] ?? c.summary) : c.summary);
    return [t.title, '', t.commands, ...commands.map((c) => `  ${c.name.padEnd(14)} ${summary(c)}`), '', t.more].join('\n');
  }
  const dutch = nl && hasDutchHelp(command);
  const t = FRAME[dutch ? 'nl' : 'en'];
  const said = (name: string, english: string) => (dutch ? HELP_OPTIONS_NL[command.name]![name]! : english);
  const opts = Object.entries(command.options).map(([name, o]) => `  --${name}${o.type === 'string' ? ' VALUE' : ''}`.padEnd(28) + said(name, o.help));
  const summary = dutch ? (SUMMARIES_NL[command.name] ?? command.summary) : command.summary;
  return [summary, '', `${t.usage} ${command.usage}`, '', t.options, ...opts, '  --help'.padEnd(28) + t.help].join('\n');
}

/** `--lang nl` / `--lang=nl,en` given with --help: its first language when that is en or nl (any regional tag), else undefined. */
export function helpLangOption(args: readonly string[]): UiLanguage | undefined {
  for (let i = 0; i < args.length; i++) {
    const value = args[i] === '--lang' ? args[i + 1] : args[i]!.startsWith('--lang=') ? args[i]!.slice(7) : undefined;
    const first = value?.split(',')[0]?.trim().toLowerCase();
    if (first && /^(en|nl)(-[a-z0-9]+)*$/.test(first)) return first.slice(0, 2) as UiLanguage;
  }
  return undefined;
}
