/** Files for the CLI: read JSON and keys, write text, and open a signed envelope's payload. */
import { access, chmod, readFile, writeFile } from 'node:fs/promises';
import type { JWK } from 'jose';
import { decodeBase64url, decodeUtf8 } from '../feed/base64url.js';
import { CliError, isObj } from './command.js';

export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8').catch(() => {
    throw new CliError(`cannot read ${path}`);
  });
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
