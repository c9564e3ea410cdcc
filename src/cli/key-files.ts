/**
 * Which key files a desk has, by the `kid` a signature carries: so a message can say "signed with
 * oud.jwk.json" instead of a thumbprint a non-engineer cannot place (trial K: "it is signed by kid
 * -qEg3…; the pinned key(s): kid 2_glz…" on a Dutch desk at 02:00). Also which keys signed a signed
 * file, read without checking its signatures: only to compare with the keys given, never to trust it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { JWK } from 'jose';
import { decodeBase64url, decodeUtf8 } from '../feed/base64url.js';
import { publicJwk } from '../feed/keys.js';
import { jwkThumbprint, type ThumbprintJwk } from '../feed/thumbprint.js';
import { isObj } from './command.js';

/** The files that hold one key: the private one (to sign with) and the public one (what the site pins). */
export interface KeyFiles {
  private?: string;
  public?: string;
}

/** The thumbprint (kid) of a JWK's public half, or undefined for something that is not an OKP or EC key. */
export async function kidOf(jwk: JWK): Promise<string | undefined> {
  try {
    return await jwkThumbprint(publicJwk(jwk) as ThumbprintJwk);
  } catch {
    return undefined;
  }
}

/** The kids of `keys`, in order, without duplicates. */
export async function kidsOf(keys: readonly JWK[]): Promise<string[]> {
  const kids = await Promise.all(keys.map(kidOf));
  return [...new Set(kids.filter((k): k is string => k !== undefined))];
}

/** The kids a signed file's signatures name (their protected headers), or undefined when it is no envelope. */
export function signedKids(envelope: unknown): string[] | undefined {
  if (!isObj(envelope) || typeof envelope.payload !== 'string' || !Array.isArray(envelope.signatures)) return undefined;
  const kids: string[] = [];
  for (const s of envelope.signatures) {
    try {
      const header = JSON.parse(decodeUtf8(decodeBase64url(String((s as { protected?: unknown }).protected), 'header'), 'header')) as { kid?: unknown };
      if (typeof header.kid === 'string') kids.push(header.kid);
    } catch {
      // A damaged header names no key; damaged-envelope.ts says what is wrong with such a file.
    }
  }
  return kids;
}

/** The JSON in `path` when it is a small file (a key file is a few hundred bytes), else undefined. */
async function smallJson(path: string): Promise<unknown> {
  try {
    if ((await stat(path)).size > 16_000) return undefined;
    return JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The key files in `dirs` (each folder once; at most 200 .json files each, signed files skipped), by kid.
 * A file named as it is found relative to the folder the command runs in (`dir/name`, or `name` in it).
 */
export async function keyFilesIn(dirs: readonly string[]): Promise<Map<string, KeyFiles>> {
  const found = new Map<string, KeyFiles>();
  for (const dir of [...new Set(dirs.map((d) => resolve(d)))]) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => /\.json$/i.test(n) && !/\.jws\.json$/i.test(n)).slice(0, 200)) {
      const value = await smallJson(join(dir, name));
      const list = Array.isArray(value) ? value : isObj(value) && Array.isArray(value.keys) ? value.keys : [value];
      for (const k of list) {
        if (!isObj(k) || typeof k.kty !== 'string') continue;
        const kid = await kidOf(k as JWK);
        if (!kid) continue;
        const shown = asTyped(join(dir, name));
        const files = found.get(kid) ?? {};
        if (typeof k.d === 'string') files.private ??= shown;
        else files.public ??= shown;
        found.set(kid, files);
      }
    }
  }
  return found;
}

/** A file as the desk would type it: relative to where the command runs when it is in or below it. */
function asTyped(path: string): string {
  const here = resolve('.');
  return path.startsWith(here + sep) ? path.slice(here.length + 1) : path;
}

/** The folders to look for key files in: those of the files named, and the folder the command runs in. */
export const keyDirs = (...files: (string | undefined)[]): string[] => ['.', ...files.filter((f): f is string => !!f && !/^https?:\/\//.test(f)).map((f) => dirname(f))];
