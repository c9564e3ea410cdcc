/**
 * The signing key in the browser: read once from a file the user picks, imported as a
 * non-extractable CryptoKey, optionally kept in IndexedDB as that CryptoKey (the browser stores
 * the key material but no script can read it back). The JWK text is never kept, shown or sent.
 */
import { FeedError } from '../../feed/errors.js';
import { importSigningKey, type SigningKey } from '../../feed/sign.js';
import { KEY_FILE_MAX_BYTES, KeyFileError, privateKeyIn } from './key-file.js';

const DB = 'clearline-editor';
const STORE = 'keys';
const ENTRY = 'signing';

/**
 * Reads a private JWK file into a non-extractable signing key. Throws a KeyFileError (a
 * FeedError('config')) whose `reason` says what the file is instead (key-file.ts).
 */
export async function readKeyFile(file: Blob): Promise<SigningKey> {
  if (file.size > KEY_FILE_MAX_BYTES) throw new KeyFileError('too-large');
  const found = privateKeyIn(await file.text());
  if ('problem' in found) throw new KeyFileError(found.problem);
  try {
    return await importSigningKey(found.jwk, { extractable: false });
  } catch (e) {
    throw new KeyFileError('unusable', { cause: e });
  }
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = fn(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

/** Keeps the key for this browser. Refuses an extractable key: only a CryptoKey nobody can export is stored. */
export async function rememberKey(k: SigningKey): Promise<void> {
  if (k.key.extractable) throw new FeedError('config', 'only a non-extractable key can be remembered');
  await run('readwrite', (s) => s.put({ key: k.key, alg: k.alg, kid: k.kid, publicJwk: k.publicJwk }, ENTRY));
}

export async function recallKey(): Promise<SigningKey | undefined> {
  try {
    const v = (await run('readonly', (s) => s.get(ENTRY))) as SigningKey | undefined;
    return v && v.key instanceof CryptoKey ? v : undefined;
  } catch {
    return undefined;
  }
}

export async function forgetKey(): Promise<void> {
  await run('readwrite', (s) => s.delete(ENTRY)).catch(() => undefined);
}
