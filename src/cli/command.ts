/**
 * What every CLI command is made of: the `Command` type, the helpers that read parsed arguments,
 * the error a command throws, and how schema problems read in a terminal. Commands import this
 * module; nothing here imports a command.
 */
import { FeedError } from '../feed/errors.js';
import { parseDuration } from '../feed/sign.js';
import { DOCUMENT_TYPES, formatIssues, type DocumentKind, type Issue } from '../feed/schema.js';
import type { UiLanguage } from '../i18n/terms.js';
import { pick } from '../lint/rule.js';
import { schemaSaid } from '../lint/rules/schema-words.js';

export interface Option {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  help: string;
}

/** Parsed option values, by option name. */
export type Values = Record<string, string | string[] | boolean | undefined>;

/** One CLI command: its own file in src/cli/, registered by one line in main.ts. */
export interface Command {
  /** One word, or two for a group (`new incident`, `faq build`). */
  name: string;
  summary: string;
  usage: string;
  options: Record<string, Option>;
  /**
   * How many words without an option the command takes (its files): 0, 1, or Infinity. More is an
   * error, never silently dropped: `--known De site werkt niet` unquoted would publish "De".
   */
  positionals: number;
  /**
   * Its --lang names the language the command speaks to the desk (lint, sign, report, studio), not
   * the languages of texts given: a command line it cannot take is then said in that language.
   */
  deskLang?: boolean;
  /**
   * The language the command speaks to the desk before there is a file to read it from (`new feed`: --lang's, else the clock's):
   * its --help and a command line it cannot take are then said in it, as its answers are.
   */
  deskOf?: (values: Values) => Promise<UiLanguage>;
  run(values: Values, positionals: string[]): Promise<void>;
}

/** A command's failure: printed as `clearline <command>: <message>` with this exit status. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    readonly code?: string,
  ) {
    super(message);
  }
}

export type Obj = Record<string, unknown>;

export const json = (v: unknown) => JSON.stringify(v, null, 2);
/** A string option's value, else undefined. */
export const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
/** A repeatable option's values (also accepts a single value). */
export const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []);
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An ISO time in whole seconds, as the feed writes them: 2026-11-23T08:00:00Z. */
export const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** `--lang nl,en` (repeatable, comma-separated) as a list without duplicates, or the fallback. */
export function parseLangs(v: unknown, fallback: readonly string[] = []): string[] {
  const langs = list(v).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  return langs.length ? [...new Set(langs)] : [...fallback];
}

const KIND_SAID = {
  en: (kind: string) => `--kind takes status (the status feed) or faq (the FAQ document), not "${kind}"; give one of them, or leave --kind out`,
  nl: (kind: string) => `--kind neemt status (de statusfeed) of faq (het FAQ-document), niet "${kind}"; geef een van beide, of laat --kind weg`,
} as const;

/** `--kind status|faq`, status when absent; a wrong one said in the desk's language `lang` (was "--kind must be status or faq", in English). */
export function kindOption(v: unknown, lang: UiLanguage = 'en'): DocumentKind {
  const kind = str(v) ?? 'status';
  if (!Object.hasOwn(DOCUMENT_TYPES, kind)) throw new CliError(KIND_SAID[lang](kind));
  return kind as DocumentKind;
}

/** Rethrows a feed-layer error as a CLI error that keeps its stable code. */
export function fromFeedError(e: unknown): never {
  if (e instanceof FeedError) throw new CliError(`${e.message} [${e.code}]`, 1, e.code);
  throw e;
}

/**
 * The error for a document that fails the schema; the problems read as everywhere else (formatIssues),
 * for a Dutch desk in Dutch as lint says them (lint/rules/schema-words.ts), the paths as they are.
 */
export function invalidDocument(what: string, kind: DocumentKind, issues: readonly Issue[], lang: UiLanguage = 'en'): CliError {
  if (lang === 'en') return new CliError(`${what} is not a valid ${kind} document: ${formatIssues(issues)}`, 1, 'invalid');
  const dutch = issues.map((i) => ({ path: i.path, message: pick(schemaSaid(i.message), 'nl') }));
  const shown = formatIssues(dutch.slice(0, 10), 10) + (issues.length > 10 ? `; en nog ${issues.length - 10}` : '');
  return new CliError(`${what} is ${kind === 'faq' ? 'geen geldig FAQ-document' : 'geen geldige statusfeed'}: ${shown}`, 1, 'invalid');
}

/** A duration option (`--valid 30m`), or a one-line usage error (exit 2) that says what to write, in the desk's language. */
export function durationOption(name: string, value: string, lang: UiLanguage = 'en'): number {
  try {
    return parseDuration(value);
  } catch {
    const said = lang === 'nl' ? 'geef een getal met een eenheid, zoals 30m, 1h of 30d (s, m, h, d)' : 'give a number with a unit, such as 30m, 1h or 30d (s, m, h, d)';
    throw new CliError(`${name} ${value}: ${said}`, 2, 'usage');
  }
}
