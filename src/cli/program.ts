/**
 * The command runner: help texts, two-word commands (`new incident`), option parsing and exit
 * statuses. It knows commands only through the list main.ts hands it.
 */
import { editDistance } from '../lint/edit-distance.js';
import { parseArgs } from 'node:util';
import { uiLanguage } from '../i18n/lang.js';
import type { UiLanguage } from '../i18n/terms.js';
import { CliError, str, type Command, type Values } from './command.js';
import { folderLanguage, ownLanguage } from './io.js';
import { hasDutchHelp, helpLangOption, helpText, SUMMARIES_NL } from './help-terms.js';
import { USAGE_TERMS } from './usage-terms.js';

/** The command list, or one command's help, in `lang` (help-terms.ts); English when not given. */
const help = (commands: readonly Command[], command?: Command, lang: UiLanguage = 'en'): string => helpText(commands, command, lang);

/**
 * `--next-update -30m`, `--wait -5`: a value that starts with a minus and a digit is the option's
 * value, not another option (parseArgs would refuse it as "ambiguous"); the command judges it.
 */
function joinNegativeValues(args: string[], command: Command): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!.startsWith('--') ? args[i]!.slice(2) : undefined;
    const next = args[i + 1];
    if (name && command.options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) out.push(`--${name}=${next}`), i++;
    else out.push(args[i]!);
  }
  return out;
}

type Token = { kind: string; index: number; name?: string; value?: string; inlineValue?: boolean };

/**
 * Words no option took and the command does not take (`--known De site werkt niet` unquoted: "site
 * werkt niet"), as an error that shows the quoted form, so nothing is published cut short.
 */
function leftoverWords(command: Command, tokens: readonly Token[], lang: UiLanguage): CliError {
  const words = tokens.filter((t) => t.kind === 'positional');
  // The words right after an option's value are the rest of that value; else the last ones.
  const runs: { option?: Token; words: Token[] }[] = [];
  for (const t of tokens) {
    const prev = runs.at(-1);
    if (t.kind === 'option' && t.value !== undefined && !t.inlineValue) runs.push({ option: t, words: [] });
    else if (t.kind === 'positional' && prev?.option && t.index === prev.option.index + 2 + prev.words.length) prev.words.push(t);
  }
  const extra = words.length - command.positionals;
  const run = runs.filter((r) => r.words.length).at(-1);
  const left = run ? run.words.slice(-extra) : words.slice(-extra);
  const text = left.map((t) => t.value).join(' ');
  // `--name "Secretariaat" "School office"`: texts that were quoted one by one are one per language; a
  // repeatable option is given once for each (before, the advice was to join them into one name).
  const texts = run ? [run.option!.value!, ...run.words.map((t) => t.value!)] : [];
  const each = run && command.options[run.option!.name!]?.multiple && texts.some((t) => /\s/.test(t));
  const said = USAGE_TERMS[lang];
  const option = run ? `--${run.option!.name}` : '';
  const quoted = each ? said.eachOne(option, texts.map((x) => `${option} "${x}"`).join(' ')) : run ? said.quotedOne(option, texts.join(' ')) : '';
  return new CliError(said.leftOver(text, left.length > 1, quoted), 2, 'usage');
}

/**
 * The language to say a command line the command cannot take in: its --lang when that names the
 * desk's language (Command.deskLang) and is en or nl; else the command's own (Command.deskOf); else that of the file it names (--feed, or
 * the first .json file given) or the feed.json beside it; else that of the feed.json in this folder
 * (io.ts); else English. The line is read leniently, as far as it goes.
 */
async function usageLanguage(command: Command, args: string[]): Promise<UiLanguage> {
  try {
    const { values, positionals } = parseArgs({ args, options: parseOptions(command), allowPositionals: true, strict: false });
    const lang = str(values.lang);
    if (command.deskLang && lang && /^(en|nl)(-[a-z0-9]+)*$/i.test(lang)) return uiLanguage(lang);
    // `new feed --help` on a Dutch clock was English, while `new feed` itself answered in Dutch.
    if (command.deskOf) return await command.deskOf(values as Values);
    const file = str(values.feed) ?? positionals.find((p) => /\.json$/i.test(p));
    const own = file ? await ownLanguage(file) : undefined;
    if (own) return own;
  } catch {
    // Unreadable even leniently: the folder's feed says it.
  }
  return folderLanguage();
}

const parseOptions = (command: Command) => ({
  ...Object.fromEntries(Object.entries(command.options).map(([k, o]) => [k, { type: o.type, multiple: o.multiple === true }])),
  help: { type: 'boolean' as const, short: 'h' },
});

/** The word among `candidates` closest to a mistyped one (kye: key, sing: sign), when it is one or two letters off. */
function nearest(given: string, candidates: readonly string[]): string | undefined {
  const scored = candidates.map((o) => [o, editDistance(given, o)] as const).filter(([, d]) => d <= Math.min(2, given.length - 1));
  return scored.sort((a, b) => a[1] - b[1])[0]?.[0];
}

/** The option closest to a mistyped one (--kye: --key). */
function nearOption(command: Command, given: string): string | undefined {
  const word = given.replace(/^--?/, '').replace(/=.*$/, '');
  const names = Object.keys(command.options);
  // Else the one option that ends in the word: `export --key` is --public-key (verify takes --key for the same file; trial L).
  const ending = names.filter((n) => n.endsWith(`-${word}`));
  const best = nearest(word, names) ?? (ending.length === 1 ? ending[0] : undefined);
  return best ? `--${best}` : undefined;
}

/**
 * A command clearline does not have (`clearline frobnicate`, `clearline new incidnt`), with the closest
 * one when it is a typing mistake, in the desk's language: that of the .json file the line names, else
 * of the folder's feed.json (io.ts). A Dutch desk read "unknown command" and the English command list.
 */
async function unknownCommand(commands: readonly Command[], given: string, args: string[]): Promise<string> {
  const file = args.find((a) => /\.json$/i.test(a) && !a.startsWith('-'));
  const lang = (file ? await ownLanguage(file) : undefined) ?? (await folderLanguage());
  const words = given.split(' ');
  // Two words: the group's commands (new incidnt: new incident); one: every command's first word.
  const names = words.length > 1 ? commands.filter((c) => c.name.startsWith(`${words[0]} `)).map((c) => c.name) : [...new Set(commands.map((c) => c.name.split(' ')[0]!))];
  const near = nearest(given.toLowerCase(), names);
  const said = `clearline: ${USAGE_TERMS[lang].unknownCommand(given, near)}\n\n`;
  // Under it the group's usage lines (and for English their summaries), else every command.
  if (words.length > 1) return said + commands.filter((c) => names.includes(c.name)).map((c) => `  ${c.usage}${lang === 'en' ? `\n    ${c.summary}` : ''}`).join('\n');
  return said + (lang === 'en' ? help(commands) : USAGE_TERMS[lang].commands(commands.map((c) => c.name)));
}

/** parseArgs' error, in the desk's words (usage-terms.ts); undefined for one not known here. */
function parseError(command: Command, message: string, lang: UiLanguage): string | undefined {
  const t = USAGE_TERMS[lang];
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return t.unknown(unknown[1]!, command.name, nearOption(command, unknown[1]!));
  const missing = /^Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' argument (missing|is ambiguous)/.exec(message);
  if (missing) return t.noValue(missing[1]!, missing[2] === 'is ambiguous');
  const switched = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
  if (switched) return t.takesNoValue(switched[1]!);
  return undefined;
}

/** Runs one command line against the given commands; returns the exit status. */
export async function runCli(commands: readonly Command[], argv: string[]): Promise<number> {
  let [name, ...rest] = argv;
  // `clearline --help`: in the language of the folder's feed (as an unknown command is said), or --lang's.
  const asksHelp = name === '--help' || name === '-h' || name === 'help' || (name?.startsWith('--lang') && (rest.includes('--help') || rest.includes('-h')));
  if (!name || asksHelp) {
    console.log(help(commands, undefined, helpLangOption(argv) ?? (await folderLanguage())));
    return name ? 0 : 2;
  }
  // Two-word commands: `new incident`, `faq build`.
  if (rest[0] && commands.some((c) => c.name === `${name} ${rest[0]}`)) [name, ...rest] = [`${name} ${rest[0]}`, ...rest.slice(1)];
  const command = commands.find((c) => c.name === name);
  const group = commands.filter((c) => c.name.startsWith(`${name} `));
  // `new incidnt`: a word after the group's name that none of its commands has.
  if (!command && group.length && rest[0] && /^[a-z][a-z-]*$/i.test(rest[0])) {
    console.error(await unknownCommand(commands, `${name} ${rest[0]}`, rest.slice(1)));
    return 2;
  }
  if (!command && group.length) {
    const asked = rest.includes('--help') || rest.includes('-h');
    const nl = (helpLangOption(rest) ?? (await folderLanguage())) === 'nl';
    const summary = (c: Command) => (nl ? (SUMMARIES_NL[c.name] ?? c.summary) : c.summary);
    (asked ? console.log : console.error)(`clearline ${name} <${group.map((c) => c.name.slice(name.length + 1)).join('|')}>\n\n${group.map((c) => `  ${c.usage}\n    ${summary(c)}`).join('\n')}`);
    return asked ? 0 : 2;
  }
  if (!command) {
    console.error(await unknownCommand(commands, name, rest));
    return 2;
  }
  try {
    const { values, positionals, tokens } = parseArgs({
      args: joinNegativeValues(rest, command),
      options: parseOptions(command),
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
    if (values.help) {
      // In the desk's language by the rule its usage mistakes follow (usageLanguage); a --lang of en or nl given with --help says it for any command.
      console.log(help(commands, command, helpLangOption(rest) ?? (await usageLanguage(command, rest))));
      return 0;
    }
    if (positionals.length > command.positionals) throw leftoverWords(command, tokens as Token[], await usageLanguage(command, rest));
    await command.run(values as Values, positionals);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      console.error(`clearline ${name}: ${e.message}`);
      return e.exitCode;
    }
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // In the desk's language, with what to do; a Dutch desk gets the usage line, not the English option help.
      const lang = await usageLanguage(command, rest);
      const said = parseError(command, (e as Error).message, lang) ?? (e as Error).message;
      console.error(`clearline ${name}: ${said}\n\n${lang === 'en' ? help(commands, command) : USAGE_TERMS[lang].usage(command.usage, name, !hasDutchHelp(command))}`);
      return 2;
    }
    throw e;
  }
}
