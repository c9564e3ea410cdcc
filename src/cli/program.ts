/**
 * The command runner: help texts, two-word commands (`new incident`), option parsing and exit
 * statuses. It knows commands only through the list main.ts hands it.
 */
import { parseArgs } from 'node:util';
import { CliError, type Command, type Values } from './command.js';

function help(commands: readonly Command[], command?: Command): string {
  if (!command) {
    return [
      'clearline: publish signed crisis status feeds and FAQ documents.',
      '',
      'Commands:',
      ...commands.map((c) => `  ${c.name.padEnd(14)} ${c.summary}`),
      '',
      'Run `clearline <command> --help` for its options.',
    ].join('\n');
  }
  const opts = Object.entries(command.options).map(([name, o]) => `  --${name}${o.type === 'string' ? ' VALUE' : ''}`.padEnd(28) + o.help);
  return [`${command.summary}`, '', `Usage: ${command.usage}`, '', 'Options:', ...opts, '  --help'.padEnd(28) + 'show this help'].join('\n');
}

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
function leftoverWords(command: Command, tokens: readonly Token[]): CliError | undefined {
  const words = tokens.filter((t) => t.kind === 'positional');
  if (words.length <= command.positionals) return undefined;
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
  const quoted = each
    ? ` Give --${run.option!.name} once for each text: ${texts.map((t) => `--${run.option!.name} "${t}"`).join(' ')}.`
    : run ? ` A text with spaces needs quotes: --${run.option!.name} "${texts.join(' ')}".` : '';
  return new CliError(`"${text}" is left over: no option takes ${left.length === 1 ? 'it' : 'them'}.${quoted} Nothing was changed.`, 2, 'usage');
}

/** Runs one command line against the given commands; returns the exit status. */
export async function runCli(commands: readonly Command[], argv: string[]): Promise<number> {
  let [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help(commands));
    return name ? 0 : 2;
  }
  // Two-word commands: `new incident`, `faq build`.
  if (rest[0] && commands.some((c) => c.name === `${name} ${rest[0]}`)) [name, ...rest] = [`${name} ${rest[0]}`, ...rest.slice(1)];
  const command = commands.find((c) => c.name === name);
  const group = commands.filter((c) => c.name.startsWith(`${name} `));
  if (!command && group.length) {
    const asked = rest.includes('--help') || rest.includes('-h');
    (asked ? console.log : console.error)(`clearline ${name} <${group.map((c) => c.name.slice(name.length + 1)).join('|')}>\n\n${group.map((c) => `  ${c.usage}\n    ${c.summary}`).join('\n')}`);
    return asked ? 0 : 2;
  }
  if (!command) {
    console.error(`clearline: unknown command "${name}"\n\n${help(commands)}`);
    return 2;
  }
  try {
    const { values, positionals, tokens } = parseArgs({
      args: joinNegativeValues(rest, command),
      options: { ...Object.fromEntries(Object.entries(command.options).map(([k, o]) => [k, { type: o.type, multiple: o.multiple === true }])), help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
    if (values.help) {
      console.log(help(commands, command));
      return 0;
    }
    const leftover = leftoverWords(command, tokens as Token[]);
    if (leftover) throw leftover;
    await command.run(values as Values, positionals);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      console.error(`clearline ${name}: ${e.message}`);
      return e.exitCode;
    }
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`clearline ${name}: ${(e as Error).message}\n\n${help(commands, command)}`);
      return 2;
    }
    throw e;
  }
}
