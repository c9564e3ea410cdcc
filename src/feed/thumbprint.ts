import { encodeBase64url } from './base64url.js';

/** The public members RFC 7638 hashes, in its (lexicographic) order, by key type. */
const REQUIRED = { OKP: ['crv', 'kty', 'x'], EC: ['crv', 'kty', 'x', 'y'] } as const;

export interface ThumbprintJwk {
  kty: string;
  crv?: string;
  x?: string;
  y?: string;
}

/**
 * The RFC 7638 SHA-256 thumbprint of a public OKP or EC JWK (the `kid` clearline signatures carry):
 * base64url of SHA-256 over the required members as JSON, in lexicographic order, no whitespace.
 * Uses WebCrypto, so readers' browsers need no JOSE library for it. Callers check the key first
 * (keys.ts algorithmOf); a member missing here is a programming error.
 */
export async function jwkThumbprint(jwk: ThumbprintJwk): Promise<string> {
  const members = REQUIRED[jwk.kty as keyof typeof REQUIRED];
  if (!members || members.some((m) => typeof jwk[m] !== 'string')) throw new TypeError('a thumbprint needs an OKP or EC public JWK');
  const canonical = JSON.stringify(Object.fromEntries(members.map((m) => [m, jwk[m]])));
  return encodeBase64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical))));
}
