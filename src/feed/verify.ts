import { decodeUtf8 } from './base64url.js';
import { parseEnvelope, verifyEnvelope } from './envelope.js';
import { FeedError } from './errors.js';
import { rollbackKey } from './identity.js';
import { importKeys, type PinnedKey } from './keys.js';
import { defaultStore, type KeyValueStore } from './kv-store.js';
import { withKnownKinds } from './newer-kinds.js';
import { checkRollback, commitSeq, digest } from './rollback.js';
import { DOCUMENT_TYPES, formatIssues, validatePayload, type DocumentKind, type FaqPayload, type StatusPayload } from './schema.js';

/**
 * How far a document's `issued_at` may be ahead of the reader's clock. It was 5 minutes: a reader whose phone was 7 minutes
 * slow saw "Status unknown" and no gas number, told the status "was not in a form this page can show" (trial H). A slow
 * clock is the reader's, a document signed ahead the publisher's; neither makes the content untrue, and a stolen key
 * could sign any time. An hour or more ahead is still refused: a clock that wrong is worth a look.
 */
export const MAX_CLOCK_SKEW_MS = 60 * 60_000;
/** The longest validity window a reader accepts; a publisher's lint asks for at most 24 hours. */
export const MAX_VALIDITY_MS = 7 * 24 * 3_600_000;
/** FAQ documents are reference content, signed for weeks (30 days by default): readers accept up to 90 days. */
export const MAX_FAQ_VALIDITY_MS = 90 * 24 * 3_600_000;

export interface VerifyOptions<K extends DocumentKind = DocumentKind> {
  kind: K;
  /** Pinned public keys: a JWK, a JWKS, an array of JWKs (objects or JSON text), or already imported keys. */
  keys: unknown;
  /** When set, the payload's `feed_id` must equal it. */
  feedId?: string;
  /** Key for the rollback record; defaults to `feedId`, else `url`, else the payload's `feed_id` (see identity.ts). */
  rollbackKey?: string;
  /** Where the envelope came from, when it was fetched. */
  url?: string;
  /** Where the highest `seq` is remembered; localStorage when available. `null` skips rollback checks. */
  store?: KeyValueStore | null;
  now?: () => number;
  /**
   * Accept a document past its `expires_at` (every other check still applies). Only for showing
   * a last verified copy, which the element then marks as outdated. Defaults to true for FAQ
   * documents: an FAQ is reference content, not a freshness claim, so an expired but validly
   * signed FAQ is still shown (with a "last checked" note); only signature, rollback, schema and
   * `feed_id` failures hide it.
   */
  allowExpired?: boolean;
  /**
   * Refuse a channel of a kind this version does not know, as lint does, instead of leaving it out with a console warning
   * (newer-kinds.ts). For publishing tools (the CLI, the studio), which would otherwise drop it from what they sign next.
   */
  strict?: boolean;
}

export type PayloadOf<K extends DocumentKind> = K extends 'status' ? StatusPayload : FaqPayload;

export interface VerifiedDocument<K extends DocumentKind = DocumentKind> {
  payload: PayloadOf<K>;
  /** The envelope text as received, for keeping the last verified copy. */
  envelope: string;
  kid: string;
  alg: string;
  /** False when this is the same document as the newest one seen before. */
  newer: boolean;
}

export function isPinned(keys: unknown): keys is PinnedKey[] {
  return Array.isArray(keys) && keys.length > 0 && keys.every((k) => k && typeof k === 'object' && 'key' in k && 'kid' in k);
}

/**
 * Runs every check a reader relies on, in order: envelope shape, signatures by a pinned key,
 * `typ`, strict UTF-8 and JSON, payload schema, `feed_id`, freshness, rollback. The rollback
 * record is updated only after all of them passed.
 */
export async function verifyDocument<K extends DocumentKind>(envelope: string, options: VerifyOptions<K>): Promise<VerifiedDocument<K>> {
  const { kind, now = Date.now } = options;
  const keys = isPinned(options.keys) ? options.keys : await importKeys(options.keys);
  const jws = parseEnvelope(envelope);
  const verified = await verifyEnvelope(jws, keys, DOCUMENT_TYPES[kind]);

  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeUtf8(verified.payload, 'the payload'));
  } catch (e) {
    if (e instanceof FeedError) throw e;
    throw new FeedError('invalid', 'the payload is not valid JSON', { cause: e });
  }
  const result = validatePayload(kind, options.strict ? parsed : withKnownKinds(parsed));
  if (!result.ok) {
    throw Object.assign(new FeedError('invalid', `the ${kind} document is not valid: ${formatIssues(result.issues, 5)}`), { issues: result.issues });
  }
  const payload = result.value as PayloadOf<K>;
  if (options.feedId !== undefined && options.feedId !== '' && payload.feed_id !== options.feedId) {
    throw new FeedError('invalid', `this is feed "${payload.feed_id}", but "${options.feedId}" is expected here`);
  }
  checkFreshness(payload, now(), options.allowExpired ?? kind === 'faq', kind === 'faq' ? MAX_FAQ_VALIDITY_MS : MAX_VALIDITY_MS);

  const store = options.store === undefined ? defaultStore() : options.store;
  let newer = true;
  if (store) {
    const key = rollbackKey(kind, options, payload.feed_id);
    const hash = await digest(verified.encodedPayload);
    const pinned = keys.map((k) => k.kid);
    ({ newer } = checkRollback(store, key, payload.seq, hash, pinned));
    commitSeq(store, key, payload.seq, hash, verified.kid, pinned);
  }
  return { payload, envelope, kid: verified.kid, alg: verified.alg, newer };
}

/** Refuses a document that has expired, claims to come from the future, or is valid for too long. */
export function checkFreshness(payload: { issued_at: string; expires_at: string }, now: number, allowExpired = false, maxValidityMs = MAX_VALIDITY_MS): void {
  const issued = Date.parse(payload.issued_at);
  const expires = Date.parse(payload.expires_at);
  if (expires <= issued) throw new FeedError('invalid', 'expires_at is not after issued_at');
  if (expires - issued > maxValidityMs) throw new FeedError('invalid', `the validity window is longer than ${Math.round(maxValidityMs / 86_400_000)} days`);
  if (issued > now + MAX_CLOCK_SKEW_MS) {
    throw new FeedError('invalid', `issued_at ${payload.issued_at} is in the future (check the publisher's or this device's clock)`, { clock: 'ahead' });
  }
  if (expires <= now && !allowExpired) throw new FeedError('expired', `the document expired at ${payload.expires_at}`);
}
