import { ExpiredError, FeedError } from './errors.js';
import { resolveUrl } from './identity.js';
import { fetchText, type FetchOptions } from './fetch.js';
import type { DocumentKind } from './schema.js';
import { verifyDocument, type VerifiedDocument, type VerifyOptions } from './verify.js';

export interface LoadOptions<K extends DocumentKind> extends VerifyOptions<K>, FetchOptions {
  url: string;
}

export interface LoadedDocument<K extends DocumentKind> extends VerifiedDocument<K> {
  url: string;
  etag: string | null;
}

/** Fetches and verifies one signed document. Rollback records are kept per feed id, else per URL (identity.ts). */
export async function loadDocument<K extends DocumentKind>(options: LoadOptions<K>): Promise<LoadedDocument<K>> {
  const url = resolveUrl(options.url);
  const fetched = await fetchText(url, options);
  options.signal?.throwIfAborted();
  try {
    const doc = await verifyDocument(fetched.text, { ...options, url });
    return { ...doc, url, etag: fetched.etag };
  } catch (e) {
    // Expired is the last check but one (then rollback): the envelope is genuine, keep it at hand.
    if (e instanceof FeedError && e.code === 'expired') throw new ExpiredError(e.message, fetched.text);
    throw e;
  }
}
