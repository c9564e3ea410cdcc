import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { verifyDocument } from '../../src/feed/verify.js';
import { b64, keygen, sign, statusFeed, unb64 } from './helpers.js';

// Readers verify with WebCrypto, not jose (src/feed/keys.ts, envelope.ts). Each refusal below keeps
// the code and message it had under jose's importJWK and flattenedVerify.
async function refusal(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (e) {
    expect(e).to.be.instanceOf(FeedError);
    return e as FeedError;
  }
  throw new Error('expected a refusal');
}

const NO_MATCH = 'the signature does not match the content';
const opts = (keys: unknown) => ({ kind: 'status' as const, keys, store: null });
type Env = Awaited<ReturnType<typeof sign>>;
const withProtected = (env: Env, header: string) => JSON.stringify({ payload: env.payload, signatures: [{ ...env.signatures[0]!, protected: header }] });

describe('verifyDocument with WebCrypto', () => {
  it('refuses pinned keys of another curve or of the wrong length with "config"', async () => {
    const ed = (await keygen()).publicJwk;
    const ec = (await keygen('ES256')).publicJwk;
    for (const wrong of [{ ...ed, crv: 'X25519' }, { ...ed, crv: 'Ed448' }, { ...ec, crv: 'P-384' }, { kty: 'EC', crv: 'Ed25519', x: ed.x }]) {
      const e = await refusal(verifyDocument('{}', opts([wrong])));
      expect(e.code, JSON.stringify(wrong)).to.equal('config');
      expect(e.message).to.equal('a pinned key must be an Ed25519 (OKP) or P-256 (EC) public JWK');
    }
    // Right curve name, wrong key: an x one byte short, and a P-256 point that is not on the curve.
    const short = { kty: 'OKP', crv: 'Ed25519', x: ed.x!.slice(0, 42) };
    const offCurve = { ...ec, y: ec.x };
    for (const wrong of [short, offCurve]) {
      const e = await refusal(verifyDocument('{}', opts([wrong])));
      expect(e.code, JSON.stringify(wrong)).to.equal('config');
      expect(e.message).to.match(/^the public key could not be imported: /);
    }
  });

  for (const alg of ['Ed25519', 'ES256'] as const) {
    it(`${alg}: refuses a tampered payload, a tampered or re-serialized header and a foreign signature with "signature"`, async () => {
      const key = await keygen(alg);
      const env = await sign(statusFeed(), [key]);
      const o = opts([key.publicJwk]);
      const ok = await verifyDocument(JSON.stringify(env), o);
      expect(ok.kid).to.equal(key.kid);
      // One payload character changed (still strict base64url).
      const i = env.payload.length >> 1;
      const flipped = env.payload.slice(0, i) + (env.payload[i] === 'A' ? 'B' : 'A') + env.payload.slice(i + 1);
      const e1 = await refusal(verifyDocument(JSON.stringify({ ...env, payload: flipped }), o));
      expect([e1.code, e1.message]).to.deep.equal(['signature', NO_MATCH]);
      // The same header members in another order, or with a space: the signature covers the bytes as sent.
      const h = JSON.parse(unb64(env.signatures[0]!.protected)) as Record<string, string>;
      for (const text of [JSON.stringify({ typ: h.typ, kid: h.kid, alg: h.alg }), JSON.stringify(h).replace(':', ': ')]) {
        const e = await refusal(verifyDocument(withProtected(env, b64(text)), o));
        expect([e.code, e.message], text).to.deep.equal(['signature', NO_MATCH]);
      }
      if (alg === 'Ed25519') {
        // "EdDSA" is an accepted name for the same algorithm, but it is not what was signed.
        const e = await refusal(verifyDocument(withProtected(env, b64(JSON.stringify({ ...h, alg: 'EdDSA' }))), o));
        expect([e.code, e.message]).to.deep.equal(['signature', NO_MATCH]);
      } else {
        const e = await refusal(verifyDocument(withProtected(env, b64(JSON.stringify({ ...h, alg: 'Ed25519' }))), o));
        expect([e.code, e.message]).to.deep.equal(['signature', 'the header says "Ed25519" but the pinned key is ES256']);
      }
      // A valid signature by another key of the same type, under the pinned key's header; and a truncated signature.
      const other = await sign(statusFeed(), [await keygen(alg)]);
      const sig = env.signatures[0]!.signature;
      for (const signature of [other.signatures[0]!.signature, sig.slice(0, 40)]) {
        const forged = { payload: env.payload, signatures: [{ protected: env.signatures[0]!.protected, signature }] };
        const e = await refusal(verifyDocument(JSON.stringify(forged), o));
        expect([e.code, e.message]).to.deep.equal(['signature', NO_MATCH]);
      }
    });
  }
});
