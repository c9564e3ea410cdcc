import { parseArgs } from 'node:util';
import { CliError } from './io.js';
import { COMMANDS, type Command } from './commands.js';

function help(command?: Command): string {
  if (!command) {
    return [
      'clearline: publish signed crisis status feeds and FAQ documents.',
      '',
      'Commands:',
      ...COMMANDS.map((c) => `  ${c.name.padEnd(14)} ${c.summary}`),
      '',
      'Run `clearline <command> --help` for its options.',
    ].join('\n');
  }
  const opts = Object.entries(command.options).map(([name, o]) => `  --${name}${o.type === 'string' ? ' VALUE' : ''}`.padEnd(28) + o.help);
  return [`${command.summary}`, '', `Usage: ${command.usage}`, '', 'Options:', ...opts, '  --help'.padEnd(28) + 'show this help'].join('\n');
}

/** Runs the CLI with the given arguments; returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  let [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name ? 0 : 2;
  }
  // Two-word commands: `new incident`, `faq build`.
  if (rest[0] && COMMANDS.some((c) => c.name === `${name} ${rest[0]}`)) [name, ...rest] = [`${name} ${rest[0]}`, ...rest.slice(1)];
  const command = COMMANDS.find((c) => c.name === name);
  const group = COMMANDS.filter((c) => c.name.startsWith(`${name} `));
  if (!command && group.length) {
    const asked = rest.includes('--help') || rest.includes('-h');
    (asked ? console.log : console.error)(`clearline ${name} <${group.map((c) => c.name.slice(name.length + 1)).join('|')}>\n\n${group.map((c) => `  ${c.usage}\n    ${c.summary}`).join('\n')}`);
    return asked ? 0 : 2;
  }
  if (!command) {
    console.error(`clearline: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...Object.fromEntries(Object.entries(command.options).map(([k, o]) => [k, { type: o.type, multiple: o.multiple === true }])), help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      console.log(help(command));
      return 0;
    }
    await command.run(values as Record<string, string | string[] | boolean | undefined>, positionals);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      console.error(`clearline ${name}: ${e.message}`);
      return e.exitCode;
    }
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`clearline ${name}: ${(e as Error).message}\n\n${help(command)}`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
