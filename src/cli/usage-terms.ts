/**
 * What the command runner (program.ts) says about a command line it cannot take, in English and
 * Dutch: words no option took, an option the command does not have, an option without its value.
 * Said in the desk's language (program.ts usageLanguage), in place of parseArgs' own English
 * ("Unknown option '--kye'. To specify a positional argument starting with a '-', …"). Option
 * names, commands and the desk's own words stay as typed.
 */
import type { UiLanguage } from '../i18n/terms.js';

export interface UsageTerms {
  /** Words no option took; `quoted` how to give them (quotedOne or eachOne), or ''. */
  leftOver: (text: string, many: boolean, quoted: string) => string;
  /** A text with spaces, typed without quotes. */
  quotedOne: (option: string, text: string) => string;
  /** Texts quoted one by one after an option given once: one per language. */
  eachOne: (option: string, texts: string) => string;
  /** An option the command does not have; `near` a close one (a typing mistake). */
  unknown: (given: string, command: string, near?: string) => string;
  /** A string option without its value; `dash`: the next word starts with a dash. */
  noValue: (option: string, dash: boolean) => string;
  /** A switch given a value (--strict=yes). */
  takesNoValue: (option: string) => string;
  /** Under the message, for a desk whose option help is not shown: the usage line and where the options are; `english`: that help is in English only. */
  usage: (usage: string, command: string, english: boolean) => string;
  /** A command clearline does not have (`clearline frobnicate`, `new incidnt`); `near` a close one (a typing mistake). */
  unknownCommand: (given: string, near?: string) => string;
  /** Under it, for a desk whose command list is not shown: the commands, and where they are explained (help-terms.ts). */
  commands: (names: readonly string[]) => string;
}

export const USAGE_TERMS: Record<UiLanguage, UsageTerms> = {
  en: {
    leftOver: (text, many, quoted) => `"${text}" is left over: no option takes ${many ? 'them' : 'it'}.${quoted} Nothing was changed.`,
    quotedOne: (option, text) => ` A text with spaces needs quotes: ${option} "${text}".`,
    eachOne: (option, texts) => ` Give ${option} once for each text: ${texts}.`,
    unknown: (given, command, near) => `${given} is not an option of clearline ${command}. ${near ? `Did you mean ${near}? ` : ''}Nothing was changed.`,
    noValue: (option, dash) => `${option} has no value: put its value right after it (a text with spaces in quotes${dash ? `; for a text that starts with a dash, write ${option}="-…"` : ''}). Nothing was changed.`,
    takesNoValue: (option) => `${option} takes no value: write ${option} on its own. Nothing was changed.`,
    usage: (usage, command) => `Usage: ${usage}\nAll options: clearline ${command} --help`,
    unknownCommand: (given, near) => `unknown command "${given}". ${near ? `Did you mean clearline ${near}? ` : ''}Nothing was changed.`,
    commands: (names) => `Commands: ${names.join(', ')}\nWhat each does: clearline --help`,
  },
  nl: {
    leftOver: (text, many, quoted) => `"${text}" blijft over: ${many ? 'deze woorden horen' : 'dit hoort'} bij geen enkele optie.${quoted} Er is niets gewijzigd.`,
    quotedOne: (option, text) => ` Zet een tekst met spaties tussen aanhalingstekens: ${option} "${text}".`,
    eachOne: (option, texts) => ` Geef ${option} één keer per tekst: ${texts}.`,
    unknown: (given, command, near) => `${given} is geen optie van clearline ${command}. ${near ? `Bedoelt u ${near}? ` : ''}Er is niets gewijzigd.`,
    noValue: (option, dash) => `${option} heeft geen waarde: zet de waarde er direct achter (een tekst met spaties tussen aanhalingstekens${dash ? `; begint de tekst met een streepje, schrijf dan ${option}="-…"` : ''}). Er is niets gewijzigd.`,
    takesNoValue: (option) => `${option} neemt geen waarde: schrijf alleen ${option}. Er is niets gewijzigd.`,
    usage: (usage, command, english) => `Gebruik: ${usage}\nAlle opties${english ? ' (uitleg in het Engels)' : ''}: clearline ${command} --help`,
    unknownCommand: (given, near) => `"${given}" is geen opdracht van clearline. ${near ? `Bedoelt u clearline ${near}? ` : ''}Er is niets gewijzigd.`,
    commands: (names) => `Opdrachten: ${names.join(', ')}\nWat elke opdracht doet: clearline --help`,
  },
};
