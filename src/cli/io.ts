/** Files for the CLI: read JSON and keys, write text, and open a signed envelope's payload. */
import { access, readFile } from 'node:fs/promises';
import type { JWK } from 'jose';
import { decodeBase64url, decodeUtf8 } from '../feed/base64url.js';
import { writeFileAtomic } from './atomic.js';
import { CliError, isObj } from './command.js';
import type { UiLanguage } from '../i18n/terms.js';
import { SIGN_TERMS } from './sign-terms.js';

export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Why a file could not be read, in words: "there is no file …", "no permission to read …"; Dutch for a Dutch desk. */
const UNREADABLE = {
  en: {
    missing: (path: string, what: string) => `there is no file ${path} (${what}); check the name and the folder you are in`,
    denied: (path: string, what: string) => `no permission to read ${path} (${what})`,
    folder: (path: string, what: string) => `${path} is a folder, not ${what}`,
    other: (path: string, what: string, why: string) => `cannot read ${what} ${path}: ${why}`,
  },
  nl: {
    missing: (path: string, what: string) => `er is geen bestand ${path} (${what}); controleer de naam en de map waarin u staat`,
    denied: (path: string, what: string) => `geen toestemming om ${path} te lezen (${what})`,
    folder: (path: string, what: string) => `${path} is een map, niet ${what}`,
    other: (path: string, what: string, why: string) => `kan ${what} ${path} niet lezen: ${why}`,
  },
} as const;

function unreadable(path: string, what: string, e: unknown, lang: UiLanguage): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  const t = UNREADABLE[lang];
  if (code === 'ENOENT') return new CliError(t.missing(path, what));
  if (code === 'EACCES' || code === 'EPERM') return new CliError(t.denied(path, what));
  if (code === 'EISDIR') return new CliError(t.folder(path, what));
  return new CliError(t.other(path, what, code ?? (e as Error).message));
}

/** `lang`: the desk's language for the messages (desk-lang.ts); `what` is said in it. */
export async function readText(path: string, what = 'the file', lang: UiLanguage = 'en'): Promise<string> {
  return readFile(path, 'utf8').catch((e: unknown) => {
    throw unreadable(path, what, e, lang);
  });
}

/**
 * Where JSON.parse stopped, as line and column with that line shown and a caret under the
 * spot, so a missing comma is found without counting characters.
 */
export function jsonErrorAt(text: string, error: Error): string {
  const m = /position (\d+)/.exec(error.message);
  const lineCol = /line (\d+) column (\d+)/.exec(error.message);
  let line: number;
  let column: number;
  if (lineCol) [line, column] = [Number(lineCol[1]), Number(lineCol[2])];
  else if (m) {
    const before = text.slice(0, Number(m[1]));
    line = before.split('\n').length;
    column = Number(m[1]) - before.lastIndexOf('\n');
  } else {
    const lines = text.split('\n');
    line = lines.length;
    column = (lines.at(-1) ?? '').length + 1;
  }
  const shown = (text.split('\n')[line - 1] ?? '').replace(/\t/g, ' ');
  const reason = error.message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
  return `line ${line}, column ${column}: ${reason}\n  ${line} | ${shown}\n  ${' '.repeat(String(line).length)} | ${' '.repeat(Math.max(0, column - 1))}^`;
}

export async function readJson(path: string, what: string, lang: UiLanguage = 'en'): Promise<unknown> {
  const text = await readText(path, what, lang);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${path} is not valid JSON, at ${jsonErrorAt(text, e as Error)}\n(a missing or extra comma, or a missing quote, is the usual cause)`, 1, 'invalid');
  }
}

/** The private keys to sign with; a public key here is the usual mix-up and gets its own message. `lang`: the desk's (sign, heartbeat). */
export async function readPrivateKeys(paths: string[], lang: UiLanguage = 'en'): Promise<JWK[]> {
  const keys = await readKeys(paths, SIGN_TERMS[lang].privateKey, '--key', lang);
  const i = keys.findIndex((k) => typeof k.d !== 'string');
  if (i >= 0) {
    const file = paths.length === 1 ? paths[0]! : paths.join(', ');
    throw new CliError(SIGN_TERMS[lang].publicGiven(file));
  }
  return keys;
}

/** The keys in `paths` (a JWK, a JWKS or an array each); `option` is how the command asks for them, `what` said in `lang`. */
export async function readKeys(paths: string[], what: string, option = '--key', lang: UiLanguage = 'en'): Promise<JWK[]> {
  if (paths.length === 0) throw new CliError(SIGN_TERMS[lang].giveKey(what, option));
  const keys: JWK[] = [];
  for (const p of paths) {
    const value = await readJson(p, what, lang);
    const list = Array.isArray(value) ? value : Array.isArray((value as { keys?: unknown })?.keys) ? (value as { keys: JWK[] }).keys : [value];
    keys.push(...(list as JWK[]));
  }
  return keys;
}

/** Writes atomically (temporary file, flushed, renamed): a crash never leaves a half-written file. */
export async function writeText(path: string, text: string, mode?: number): Promise<void> {
  try {
    await writeFileAtomic(path, text, mode);
  } catch (e) {
    throw new CliError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Writes to the file when one is given, else to standard output. */
export async function writeOut(out: string | undefined, text: string): Promise<void> {
  if (out) await writeText(out, text);
  else process.stdout.write(text);
}

/** Accepts a document or a signed envelope (whose payload is returned without checking the signature). */
export function unwrapEnvelope(value: unknown): unknown {
  if (isObj(value) && typeof value.payload === 'string' && Array.isArray(value.signatures)) {
    try {
      return JSON.parse(decodeUtf8(decodeBase64url(value.payload, 'payload'), 'payload'));
    } catch {
      throw new CliError('the envelope payload is not base64url JSON', 1, 'invalid');
    }
  }
  return value;
}
