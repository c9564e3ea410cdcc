import { decodeBase64url, decodeUtf8 } from './base64url.js';
import { FeedError } from './errors.js';
import type { Algorithm, PinnedKey } from './keys.js';

/** A JWS in General JSON Serialization (RFC 7515 section 7.2.1), as clearline publishes it. */
export interface GeneralJws {
  payload: string;
  signatures: { protected: string; signature: string }[];
}

export interface ProtectedHeader {
  alg: string;
  kid: string;
  typ: string;
}

export const MAX_SIGNATURES = 4;
const HEADER_MEMBERS = ['alg', 'kid', 'typ'] as const;

/** WebCrypto's verify parameters per pinned algorithm (JWS ES256 signatures are raw r || s, as WebCrypto's). */
const VERIFY_PARAMS: Record<Algorithm, AlgorithmIdentifier | EcdsaParams> = { Ed25519: { name: 'Ed25519' }, ES256: { name: 'ECDSA', hash: 'SHA-256' } };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Parses envelope JSON text, refusing anything but the exact General JSON Serialization shape. */
export function parseEnvelope(text: string): GeneralJws {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const compact = /^\s*[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\s*$/.test(text);
    throw new FeedError('invalid', compact ? 'compact JWS given; a General JSON Serialization is expected' : 'the document is not valid JSON', { cause: e });
  }
  if (!isObject(value)) throw new FeedError('invalid', 'the document is not a JSON object');
  if ('signature' in value || 'protected' in value) {
    throw new FeedError('invalid', 'flattened JWS given; a General JSON Serialization with "signatures" is expected');
  }
  const extra = Object.keys(value).filter((k) => k !== 'payload' && k !== 'signatures');
  if (extra.length) throw new FeedError('invalid', `unexpected envelope member "${extra[0]}"`);
  const { payload, signatures } = value;
  if (typeof payload !== 'string') throw new FeedError('invalid', 'the envelope has no "payload" string');
  if (!Array.isArray(signatures) || signatures.length === 0) throw new FeedError('signature', 'the envelope has no signatures');
  if (signatures.length > MAX_SIGNATURES) throw new FeedError('signature', `more than ${MAX_SIGNATURES} signatures`);
  for (const s of signatures) {
    if (!isObject(s)) throw new FeedError('invalid', 'a signature entry is not an object');
    if ('header' in s) throw new FeedError('signature', 'unprotected "header" members are refused');
    const extraSig = Object.keys(s).filter((k) => k !== 'protected' && k !== 'signature');
    if (extraSig.length) throw new FeedError('invalid', `unexpected signature member "${extraSig[0]}"`);
    if (typeof s.protected !== 'string' || typeof s.signature !== 'string') {
      throw new FeedError('invalid', 'a signature needs "protected" and "signature" strings');
    }
  }
  return value as unknown as GeneralJws;
}

/** Decodes a protected header, which must hold exactly `alg`, `kid` and `typ`, all strings. */
export function decodeHeader(encoded: string): ProtectedHeader {
  let header: unknown;
  try {
    header = JSON.parse(decodeUtf8(decodeBase64url(encoded, 'a protected header'), 'a protected header'));
  } catch (e) {
    if (e instanceof FeedError) throw new FeedError('signature', e.message);
    throw new FeedError('signature', 'a protected header is not valid JSON');
  }
  if (!isObject(header)) throw new FeedError('signature', 'a protected header is not a JSON object');
  const extra = Object.keys(header).filter((k) => !(HEADER_MEMBERS as readonly string[]).includes(k));
  if (extra.length) throw new FeedError('signature', `the protected header member "${extra[0]}" is refused`);
  for (const m of HEADER_MEMBERS) {
    if (typeof header[m] !== 'string') throw new FeedError('signature', `the protected header needs a string "${m}"`);
  }
  return header as unknown as ProtectedHeader;
}

export interface VerifiedEnvelope {
  /** The signed payload bytes. */
  payload: Uint8Array;
  /** The base64url payload as signed, for comparing documents. */
  encodedPayload: string;
  kid: string;
  alg: string;
}

/**
 * Checks every signature's header, then accepts the envelope when a signature by a pinned key
 * verifies. The algorithm comes from the pinned key; a header that disagrees is refused.
 */
export async function verifyEnvelope(jws: GeneralJws, keys: readonly PinnedKey[], typ: string): Promise<VerifiedEnvelope> {
  if (keys.length === 0) throw new FeedError('config', 'no public key is configured');
  const headers = jws.signatures.map((s) => decodeHeader(s.protected));
  const kids = new Set<string>();
  for (const h of headers) {
    if (kids.has(h.kid)) throw new FeedError('signature', 'two signatures carry the same "kid"');
    kids.add(h.kid);
    if (h.typ !== typ) throw new FeedError('signature', `the document type is "${h.typ}", expected "${typ}"`);
  }
  const payloadBytes = decodeBase64url(jws.payload, 'the payload');
  let lastError: FeedError | undefined;
  for (const [i, header] of headers.entries()) {
    const key = keys.find((k) => k.kid === header.kid);
    if (!key) continue;
    if (!key.headerAlgs.includes(header.alg)) {
      throw new FeedError('signature', `the header says "${header.alg}" but the pinned key is ${key.alg}`);
    }
    const { protected: encodedHeader, signature } = jws.signatures[i]!;
    const signatureBytes = decodeBase64url(signature, 'a signature') as Uint8Array<ArrayBuffer>;
    // The JWS signing input (RFC 7515 section 5.2): the header and payload exactly as sent. Every
    // header check jose's flattenedVerify made is above (decodeHeader refuses crit, b64 and any
    // other member; the alg must fit the pinned key), so only the signature itself is left.
    const signingInput = new TextEncoder().encode(`${encodedHeader}.${jws.payload}`);
    let cause: unknown;
    try {
      if (await crypto.subtle.verify(VERIFY_PARAMS[key.alg], key.key, signatureBytes, signingInput)) {
        return { payload: payloadBytes, encodedPayload: jws.payload, kid: key.kid, alg: key.alg };
      }
    } catch (e) {
      cause = e;
    }
    lastError = new FeedError('signature', 'the signature does not match the content', cause === undefined ? undefined : { cause });
  }
  throw (
    lastError ??
    new FeedError('signature', `the document is not signed by a pinned key: it is signed by ${[...kids].map((k) => `kid ${k}`).join(', ')}; the pinned key(s): ${keys.map((k) => `kid ${k.kid}`).join(', ')}`)
  );
}
