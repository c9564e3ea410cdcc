import { chmod, readFile, writeFile } from 'node:fs/promises';
import type { JWK } from 'jose';
import { FeedError } from '../feed/errors.js';

/** A command's failure: printed as `clearline: <message>` with this exit status. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${what} ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

export async function readKeys(paths: string[], what: string): Promise<JWK[]> {
  if (paths.length === 0) throw new CliError(`give ${what} with --key FILE`);
  const keys: JWK[] = [];
  for (const p of paths) {
    const value = await readJson(p, what);
    const list = Array.isArray(value) ? value : Array.isArray((value as { keys?: unknown })?.keys) ? (value as { keys: JWK[] }).keys : [value];
    keys.push(...(list as JWK[]));
  }
  return keys;
}

export async function writeText(path: string, text: string, mode?: number): Promise<void> {
  try {
    await writeFile(path, text, mode === undefined ? 'utf8' : { encoding: 'utf8', mode });
    // writeFile's mode applies only to a new file; an overwritten one keeps its old mode otherwise.
    if (mode !== undefined) await chmod(path, mode);
  } catch (e) {
    throw new CliError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function fromFeedError(e: unknown): never {
  if (e instanceof FeedError) throw new CliError(`${e.message} [${e.code}]`, 1, e.code);
  throw e;
}
