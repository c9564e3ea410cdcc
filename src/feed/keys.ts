import type { JWK } from 'jose';
import { FeedError } from './errors.js';
import { jwkThumbprint } from './thumbprint.js';

/** The signature algorithms clearline accepts, by key type. `EdDSA` is the older name of `Ed25519`. */
export const ALGORITHMS = ['Ed25519', 'ES256'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

export interface PinnedKey {
  /** RFC 7638 SHA-256 thumbprint, the `kid` a signature by this key carries. */
  kid: string;
  alg: Algorithm;
  /** Header `alg` values that mean this algorithm. */
  headerAlgs: readonly string[];
  jwk: JWK;
  key: CryptoKey;
}

const PUBLIC_MEMBERS = { OKP: ['kty', 'crv', 'x'], EC: ['kty', 'crv', 'x', 'y'] } as const;

/** WebCrypto's name for each algorithm's public key, for importKey (what jose's importJWK passed). */
const IMPORT_PARAMS = { Ed25519: { name: 'Ed25519' }, ES256: { name: 'ECDSA', namedCurve: 'P-256' } } as const;

/** The algorithm a public JWK is for, or an explanation of why it cannot be pinned. */
export function algorithmOf(jwk: JWK): Algorithm {
  if (jwk.d !== undefined) {
    throw new FeedError('config', 'this is a private key: pin only the public key (without "d") in a page');
  }
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string') {
    if (jwk.alg !== undefined && jwk.alg !== 'Ed25519' && jwk.alg !== 'EdDSA') throw mismatch(jwk);
    return 'Ed25519';
  }
  if (jwk.kty === 'EC' && jwk.crv === 'P-256' && typeof jwk.x === 'string' && typeof jwk.y === 'string') {
    if (jwk.alg !== undefined && jwk.alg !== 'ES256') throw mismatch(jwk);
    return 'ES256';
  }
  throw new FeedError('config', 'a pinned key must be an Ed25519 (OKP) or P-256 (EC) public JWK');
}

function mismatch(jwk: JWK): FeedError {
  return new FeedError('config', `the key's "alg" (${String(jwk.alg)}) does not fit its key type`);
}

/** Only the members that identify a public key; everything else (kid, use, ...) is dropped. */
export function publicJwk(jwk: JWK): JWK {
  const members = PUBLIC_MEMBERS[jwk.kty as keyof typeof PUBLIC_MEMBERS] ?? [];
  return Object.fromEntries(members.map((m) => [m, jwk[m as keyof JWK]])) as JWK;
}

/**
 * Reads the `public-key` attribute or option: a JWK, a JWKS (`{"keys": [...]}`) or an array of JWKs,
 * as JSON text or as objects. Throws `config` for anything else.
 */
export function parseKeySet(input: unknown): JWK[] {
  let value = input;
  if (typeof value === 'string') {
    if (!value.trim()) throw new FeedError('config', 'no public key is configured');
    try {
      value = JSON.parse(value);
    } catch {
      throw new FeedError('config', 'the public key is not valid JSON');
    }
  }
  const list = Array.isArray(value)
    ? value
    : value && typeof value === 'object' && Array.isArray((value as { keys?: unknown }).keys)
      ? (value as { keys: unknown[] }).keys
      : value && typeof value === 'object'
        ? [value]
        : [];
  if (list.length === 0) throw new FeedError('config', 'no public key is configured');
  if (list.length > 8) throw new FeedError('config', 'at most 8 public keys can be pinned');
  return list.map((k) => {
    if (!k || typeof k !== 'object' || Array.isArray(k)) throw new FeedError('config', 'each pinned key must be a JWK object');
    return k as JWK;
  });
}

/** Imports pinned public keys, computing each one's thumbprint. */
export async function importKeys(input: unknown): Promise<PinnedKey[]> {
  const jwks = parseKeySet(input);
  return Promise.all(
    jwks.map(async (raw) => {
      const alg = algorithmOf(raw);
      const jwk = publicJwk(raw);
      const kid = await jwkThumbprint(jwk as Parameters<typeof jwkThumbprint>[0]);
      let key: CryptoKey;
      try {
        // WebCrypto directly, not jose: readers' pages download no JOSE library.
        key = await crypto.subtle.importKey('jwk', jwk as JsonWebKey, IMPORT_PARAMS[alg], true, ['verify']);
      } catch (e) {
        throw new FeedError('config', `the public key could not be imported: ${(e as Error).message}`, { cause: e });
      }
      return { kid, alg, headerAlgs: alg === 'Ed25519' ? ['Ed25519', 'EdDSA'] : ['ES256'], jwk, key };
    }),
  );
}
