/**
 * A signed file refused for its signature, said in the desk's language with what to do, the code kept: damaged (changed by
 * hand or cut off), changed after signing, or signed by none of the keys given. Shared by verify and export: export said
 * "the signature does not match the content [signature]" in English while verify said the same file in Dutch (trial U).
 */
import type { JWK } from 'jose';
import { FeedError } from '../feed/errors.js';
import type { UiLanguage } from '../i18n/terms.js';
import { DAMAGED_TERMS, damagedSaid, envelopeDamage, isFaqEnvelope, signedFrom, signingKeyFile, sourceName } from './damaged-envelope.js';
import { unpinnedSaid } from './key-check.js';

export interface Refused {
  /** The file or address as given. */
  file: string;
  /** The envelope as read (JSON.parse), undefined when it did not read. */
  own: unknown;
  keys: readonly JWK[];
  /** The key files given (--key, --public-key). */
  keyFiles: string[];
  desk: UiLanguage;
}

/** `e` said in the desk's words when it is one of these refusals; else `e` as it was. */
export async function signatureSaid(e: unknown, { file, own, keys, keyFiles, desk }: Refused): Promise<unknown> {
  if (!(e instanceof FeedError)) return e;
  const remote = /^https?:\/\//.test(file);
  const signed = remote ? file.split(/[?#]/)[0]!.split('/').pop() || 'feed.jws.json' : file;
  // Changed by hand or cut off ("the payload is not strict base64url", or a signature that no longer matches a payload cut short).
  const damage = envelopeDamage(own);
  // The key file to sign with: a private --key given, else the one beside the file (for an address, in this folder).
  if (damage) return new FeedError(e.code, await damagedSaid(desk, own, file, damage, await signingKeyFile(file, keyFiles), signed));
  // Intact, but changed after signing (one byte of a phone number).
  if (e.code === 'signature' && /does not match the content/.test(e.message))
    return new FeedError('signature', DAMAGED_TERMS[desk].changed(file, await signingKeyFile(file, keyFiles), signed, await signedFrom(signed, isFaqEnvelope(own))));
  // Signed by none of the keys given, naming the key files (key-check.ts).
  if (/not signed by a pinned key/.test(e.message)) {
    const said = await unpinnedSaid('verify', signed, own, keys, keyFiles, sourceName(signed), desk);
    if (said) return new FeedError('signature', said);
  }
  return e;
}
