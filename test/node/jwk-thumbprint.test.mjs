// Readers' pages compute a pinned key's RFC 7638 thumbprint (the `kid` a signature carries) with
// WebCrypto (src/feed/thumbprint.ts), no longer with jose; the publisher side still signs with
// jose's. The two must agree on every key, or a correctly signed feed would be refused as
// "not signed by a pinned key".
import assert from 'node:assert/strict';
import test from 'node:test';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { importTs } from './ts-import.mjs';

const { jwkThumbprint } = await importTs('src/feed/thumbprint.ts');
const { importKeys } = await importTs('src/feed/keys.ts');

async function publicJwkOf(alg) {
  const { publicKey } = await generateKeyPair(alg, { extractable: true });
  return exportJWK(publicKey);
}

test('the WebCrypto thumbprint equals jose calculateJwkThumbprint for Ed25519 and P-256 keys', async () => {
  const keys = [];
  for (let i = 0; i < 6; i++) keys.push(await publicJwkOf('Ed25519'));
  for (let i = 0; i < 6; i++) keys.push(await publicJwkOf('ES256'));
  // Members outside RFC 7638's required set, and another member order, change nothing.
  const [ed, ec] = [keys[0], keys[6]];
  keys.push({ x: ed.x, kid: 'mine', use: 'sig', alg: 'EdDSA', crv: ed.crv, kty: ed.kty });
  keys.push({ y: ec.y, x: ec.x, alg: 'ES256', kty: ec.kty, key_ops: ['verify'], crv: ec.crv });
  const seen = new Set();
  for (const jwk of keys) {
    const ours = await jwkThumbprint(jwk);
    assert.equal(ours, await calculateJwkThumbprint(jwk, 'sha256'), JSON.stringify(jwk));
    assert.match(ours, /^[A-Za-z0-9_-]{43}$/);
    seen.add(ours);
  }
  assert.equal(seen.size, 12, 'twelve distinct keys, twelve distinct thumbprints');
});

test('RFC 8037 appendix A.3: the Ed25519 example key has thumbprint kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k', async () => {
  const jwk = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
  assert.equal(await jwkThumbprint(jwk), 'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
});

test('a pinned key imported for readers carries the kid jose gives it', async () => {
  const jwks = [await publicJwkOf('Ed25519'), await publicJwkOf('ES256')];
  const pinned = await importKeys(jwks);
  for (const [i, p] of pinned.entries()) {
    assert.equal(p.kid, await calculateJwkThumbprint(jwks[i], 'sha256'));
    assert.equal(p.key.type, 'public');
    assert.deepEqual(p.key.usages, ['verify']);
  }
});

test('a thumbprint of a key without its public members is refused, not computed over "undefined"', async () => {
  await assert.rejects(jwkThumbprint({ kty: 'OKP', crv: 'Ed25519' }), TypeError);
  await assert.rejects(jwkThumbprint({ kty: 'EC', crv: 'P-256', x: 'AA' }), TypeError);
  await assert.rejects(jwkThumbprint({ kty: 'RSA', n: 'AA', e: 'AQAB' }), TypeError);
});
