/**
 * Whether the keys signing now belong with a signed file: the one sign or heartbeat is about to
 * replace (a warning), the one verify or heartbeat checks (a refusal, code `signature`), and the
 * studio's --key against its --public-key (keyNotPinned). One comparison, by kid, for all of them.
 */
import type { JWK } from 'jose';
import { sourceHere } from './damaged-envelope.js';

export { sourceHere };
import { publicJwk } from '../feed/keys.js';
import type { UiLanguage } from '../i18n/terms.js';
import { keyDirs, keyFilesIn, kidOf, kidsOf, signedKids } from './key-files.js';
import { KEY_TERMS, type NamedKey } from './key-terms.js';

/** The kid of the first of `own` that is none of `pinned`, or undefined when every one is among them. */
export async function firstNotAmong(own: readonly JWK[], pinned: readonly JWK[]): Promise<string | undefined> {
  const allowed = new Set(await kidsOf(pinned));
  return (await kidsOf(own)).find((kid) => !allowed.has(kid));
}

/** `keys` (or bare kids) named by the key files found in `dirs` (key-files.ts). */
async function named(keys: readonly (JWK | string)[], dirs: string[]): Promise<NamedKey[]> {
  const files = await keyFilesIn(dirs);
  const out: NamedKey[] = [];
  for (const k of keys) {
    const kid = typeof k === 'string' ? k : await kidOf(k);
    if (!kid || out.some((o) => o.kid === kid)) continue;
    out.push({ kid, files: files.get(kid) ?? {}, pub: typeof k === 'string' ? undefined : JSON.stringify(publicJwk(k)) });
  }
  return out;
}

/**
 * sign and heartbeat: a note when `previous` (the signed file at `out`, read before it is replaced) was signed by none of
 * `keys`. A warning, not a refusal: changing keys on purpose (docs/publishing.md, key rotation; or at 02:00 after a key was
 * stolen, once the site pins only the new key) is exactly this, and the CLI cannot see which keys the site's embed code
 * pins; refusing would make the desk add --force, which also signs past lint errors. The trial's case (the stolen old key
 * over a file the new key signed) gets the same note, naming the files, so the desk can tell which of the two it is doing.
 */
export async function otherKeyNote(out: string, previous: unknown, keys: readonly JWK[], source: string, keyFiles: string[], lang: UiLanguage): Promise<string | undefined> {
  const earlier = signedKids(previous);
  if (!earlier?.length) return undefined;
  const now = await kidsOf(keys);
  if (earlier.some((kid) => now.includes(kid))) return undefined;
  const dirs = keyDirs(out, source, ...keyFiles);
  return KEY_TERMS[lang].otherKey(out, await named(earlier, dirs), await named(keys, dirs), source);
}

/**
 * verify and heartbeat: what to say when `envelope` is signed by none of `keys` (the files `given`), in the desk's words;
 * undefined when one of them did sign it (then the refusal is about something else and stays as the feed layer says it).
 */
export async function unpinnedSaid(
  command: 'verify' | 'heartbeat',
  file: string,
  envelope: unknown,
  keys: readonly JWK[],
  given: string[],
  source: string,
  lang: UiLanguage,
): Promise<string | undefined> {
  const signers = signedKids(envelope);
  if (!signers?.length) return undefined;
  const mine = await kidsOf(keys);
  if (signers.some((kid) => mine.includes(kid))) return undefined;
  const dirs = keyDirs(file, ...given);
  const signer = await named(signers, dirs);
  const t = KEY_TERMS[lang];
  source = await sourceHere(source);
  if (command === 'heartbeat') return t.unpinnedHeartbeat(file, given, signer, await named(keys, dirs), source);
  const own = (await named(keys, dirs)).find((k) => k.files.private)?.files.private;
  return t.unpinnedVerify(file, given, signer, source, own);
}

