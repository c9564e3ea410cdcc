/**
 * A file given as a key that is no JWK: a PEM key ("-----BEGIN …", from openssl or another tool), a
 * signed feed, or the feed itself. Trial K: `sign --key feed.jws.json` answered "this is the public
 * key", and a PEM file got advice about a missing comma. Said in the desk's language (key-terms.ts).
 */
import type { UiLanguage } from '../i18n/terms.js';
import { isObj } from './command.js';
import { signingKeyFile } from './damaged-envelope.js';
import { KEY_TERMS } from './key-terms.js';

/** What to say of `text` (the file at `path`, given to `option`) when it is a PEM key, before it is read as JSON; else undefined. */
export function pemSaid(path: string, text: string, option: string, isPublic: boolean, lang: UiLanguage): string | undefined {
  return /^\uFEFF?\s*-----BEGIN [A-Z0-9 ]+-----/.test(text) ? KEY_TERMS[lang].pem(path, option, isPublic) : undefined;
}

/** What to say of `value` (the JSON at `path`, given to `option`) when it is a signed feed or a feed document, not a key; else undefined. */
export async function notKeySaid(path: string, value: unknown, option: string, isPublic: boolean, lang: UiLanguage): Promise<string | undefined> {
  if (!isObj(value) || value.kty !== undefined || value.keys !== undefined) return undefined;
  const t = KEY_TERMS[lang];
  // The private key file beside it, when there is exactly one (damaged-envelope.ts), so the command to type names it.
  if (typeof value.payload === 'string' && Array.isArray(value.signatures)) return t.signedAsKey(path, option, isPublic ? undefined : await signingKeyFile(path), isPublic);
  if (value.type === 'status' || value.type === 'faq') return t.documentAsKey(path, option, isPublic ? undefined : await signingKeyFile(path), isPublic);
  return undefined;
}
