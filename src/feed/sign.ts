import { calculateJwkThumbprint, exportJWK, GeneralSign, generateKeyPair, importJWK, type JWK } from 'jose';
import { FeedError } from './errors.js';
import { algorithmOf, publicJwk, type Algorithm } from './keys.js';
import type { GeneralJws } from './envelope.js';
import { DOCUMENT_TYPES, type DocumentKind } from './schema.js';
import { MAX_VALIDITY_MS } from './verify.js';

/** A private key ready to sign: a (preferably non-extractable) CryptoKey with its algorithm and thumbprint. */
export interface SigningKey {
  key: CryptoKey;
  alg: Algorithm;
  /** RFC 7638 SHA-256 thumbprint of the public key, the `kid` readers match against their pinned keys. */
  kid: string;
  /** The public half, safe to show and to compare with the keys a site pins. */
  publicJwk: JWK;
}

/**
 * Imports a private JWK for signing. By default the CryptoKey is non-extractable: once imported,
 * no script (including ours) can read the private key back out of it.
 */
export async function importSigningKey(jwk: JWK, options: { extractable?: boolean } = {}): Promise<SigningKey> {
  if (!jwk || typeof jwk !== 'object' || typeof jwk.d !== 'string') throw new FeedError('config', 'a signing key must be a private JWK (with "d")');
  const alg = algorithmOf({ ...jwk, d: undefined });
  const pub = publicJwk(jwk);
  const kid = await calculateJwkThumbprint(pub, 'sha256');
  let key: CryptoKey;
  try {
    key = (await importJWK({ ...jwk, key_ops: undefined, ext: undefined }, alg, { extractable: options.extractable === true })) as CryptoKey;
  } catch (e) {
    throw new FeedError('config', `the private key could not be imported: ${(e as Error).message}`, { cause: e });
  }
  return { key, alg, kid, publicJwk: pub };
}

/** Signs payload bytes with one signature per key, in General JSON Serialization. */
export async function signWithKeys(payload: Uint8Array, keys: readonly SigningKey[], kind: DocumentKind): Promise<GeneralJws> {
  if (keys.length === 0) throw new FeedError('config', 'at least one private key is needed to sign');
  if (keys.length > 4) throw new FeedError('config', 'at most 4 keys can sign one document');
  if (new Set(keys.map((k) => k.kid)).size !== keys.length) throw new FeedError('config', 'the same key was given twice');
  const signer = new GeneralSign(payload);
  for (const k of keys) signer.addSignature(k.key).setProtectedHeader({ alg: k.alg, kid: k.kid, typ: DOCUMENT_TYPES[kind] });
  const jws = await signer.sign();
  return {
    payload: jws.payload,
    signatures: jws.signatures.map((s) => ({ protected: s.protected!, signature: s.signature })),
  };
}

/** Signs payload bytes with one signature per private JWK, in General JSON Serialization. */
export async function signPayload(payload: Uint8Array, privateKeys: readonly JWK[], kind: DocumentKind): Promise<GeneralJws> {
  if (privateKeys.length === 0) throw new FeedError('config', 'at least one private key is needed to sign');
  if (privateKeys.length > 4) throw new FeedError('config', 'at most 4 keys can sign one document');
  return signWithKeys(payload, await Promise.all(privateKeys.map((k) => importSigningKey(k))), kind);
}

export async function generateSigningKey(alg: Algorithm = 'Ed25519'): Promise<{ privateJwk: JWK; publicJwk: JWK; kid: string }> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const pub = publicJwk(privateJwk);
  const kid = await calculateJwkThumbprint(pub, 'sha256');
  return { privateJwk: { ...privateJwk, alg, kid }, publicJwk: pub, kid };
}

/** Parses `30m`, `1h`, `2d`, `90s` into milliseconds. */
export function parseDuration(input: string): number {
  const m = /^(\d+)\s*(s|m|h|d)$/.exec(input.trim());
  if (!m) throw new FeedError('config', `"${input}" is not a duration such as 30m, 1h or 1d`);
  return Number(m[1]) * { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

/** How long a status document stays valid past the latest next update it promises. */
export const PAST_NEXT_UPDATE_MS = 3_600_000;

/**
 * The longest a promised next update stretches a feed's validity: lint's validity-too-long (CLARITY_LIMITS.validityMs)
 * refuses more. A notice (severity info, feed/notice.ts) may promise "Monday 09:00"; sign refused that feed ("ondertekend
 * voor 73 uur"), so its validity stops at a day and the heartbeat job keeps it fresh until then.
 */
export const PROMISE_VALIDITY_MS = 24 * 3_600_000;

/**
 * How long to sign a status document for: at least `minMs`, and until an hour after the latest
 * next update an open incident promises, so a publisher who is on time is never shown as
 * "outdated" (past the promised time readers first see "the update is late"), that up to a day
 * (PROMISE_VALIDITY_MS). At most 7 days.
 */
export function validityFor(doc: { incidents?: unknown }, minMs: number, now = Date.now()): number {
  let latest = -Infinity;
  for (const i of Array.isArray(doc.incidents) ? (doc.incidents as Record<string, unknown>[]) : []) {
    if (i?.phase !== 'resolved' && typeof i?.next_update_at === 'string') latest = Math.max(latest, Date.parse(i.next_update_at));
  }
  const issued = Math.floor(now / 1000) * 1000; // as stampPayload stamps issued_at
  return Math.min(MAX_VALIDITY_MS, Math.max(minMs, Number.isFinite(latest) ? Math.min(PROMISE_VALIDITY_MS, latest + PAST_NEXT_UPDATE_MS - issued) : 0));
}

/**
 * How far ahead of the signing machine's clock a document's `issued_at` may be. Readers allow an hour
 * (verify.ts MAX_CLOCK_SKEW_MS), for their own slow clocks; a publisher's own `issued_at` more than a
 * few minutes ahead is a typo in feed.json (trial K: a date 10 days ahead, refused by every reader) or a
 * clock that is wrong, and its `seq` would make readers take the next real update for an older one.
 */
export const MAX_ISSUED_AHEAD_MS = 5 * 60_000;

/** How many ms `doc.issued_at` is ahead of `now`, when that is more than MAX_ISSUED_AHEAD_MS; else 0. */
export function issuedAheadMs(doc: { issued_at?: unknown }, now: number): number {
  const ahead = typeof doc.issued_at === 'string' ? Date.parse(doc.issued_at) - now : NaN;
  return ahead > MAX_ISSUED_AHEAD_MS ? ahead : 0;
}

/**
 * Fills `issued_at`, `expires_at` and `seq` where they are absent: now, now plus `validMs`, and
 * the issue time in milliseconds (so every later signing has a larger `seq`).
 */
export function stampPayload<T extends Record<string, unknown>>(doc: T, validMs: number, now = Date.now()): T {
  const issued = typeof doc.issued_at === 'string' ? doc.issued_at : new Date(Math.floor(now / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  const issuedMs = Date.parse(issued);
  return {
    ...doc,
    issued_at: issued,
    expires_at: doc.expires_at ?? new Date(issuedMs + validMs).toISOString().replace('.000Z', 'Z'),
    seq: doc.seq ?? (Number.isNaN(issuedMs) ? now : Math.max(now, issuedMs)),
  };
}
