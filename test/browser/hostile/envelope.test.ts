import { expect } from '@open-wc/testing';
import { encodeBase64url } from '../../../src/feed/base64url.js';
import { signPayload } from '../../../src/feed/sign.js';
import { b64, iso, MIN, nextSeq, sign, statusFeed, unb64 } from '../helpers.js';
import { firstVisit, fixture, goodEnvelope, loadBundle, stubDialogs, throughElement, type FeedModule, type Fixture } from './harness.js';

const enc = (bytes: Uint8Array) => encodeBase64url(bytes);
const bytesOf = (s: string) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4)), (c) => c.charCodeAt(0));

// Envelope, freshness and encoding cases against the built bundle: each is served to a reader who
// already has verified content, and must end in its refusal code with that content still shown.
describe('hostile envelopes (dist/clearline.js)', () => {
  let feed: FeedModule;
  let f: Fixture;
  let dialogs: string[];
  let env: { payload: string; signatures: { protected: string; signature: string }[] };
  let hdr: Record<string, unknown>;
  before(async () => {
    feed = await loadBundle();
    f = await fixture();
    dialogs = stubDialogs();
    env = JSON.parse(await goodEnvelope(f));
    hdr = JSON.parse(unb64(env.signatures[0]!.protected));
  });
  const withHeader = (h: Record<string, unknown>) => JSON.stringify({ payload: env.payload, signatures: [{ protected: b64(JSON.stringify(h)), signature: env.signatures[0]!.signature }] });
  const without = (k: string) => Object.fromEntries(Object.entries(hdr).filter(([m]) => m !== k));

  const cases: [string, () => string | Promise<string>, string][] = [
    ['alg none', () => JSON.stringify({ payload: env.payload, signatures: [{ protected: b64(JSON.stringify({ ...hdr, alg: 'none' })), signature: '' }] }), 'signature'],
    ['alg HS256', () => withHeader({ ...hdr, alg: 'HS256' }), 'signature'],
    ['alg missing', () => withHeader(without('alg')), 'signature'],
    ['alg not a string', () => withHeader({ ...hdr, alg: ['Ed25519'] }), 'signature'],
    ['kid unknown', () => withHeader({ ...hdr, kid: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }), 'signature'],
    ['kid missing', () => withHeader(without('kid')), 'signature'],
    ['kid duplicated', () => JSON.stringify({ payload: env.payload, signatures: [env.signatures[0], env.signatures[0]] }), 'signature'],
    ['unprotected header', () => JSON.stringify({ payload: env.payload, signatures: [{ ...env.signatures[0], header: { kid: hdr.kid } }] }), 'signature'],
    ['crit', () => withHeader({ ...hdr, crit: ['exp'], exp: 1 }), 'signature'],
    ['b64: false', () => withHeader({ ...hdr, b64: false, crit: ['b64'] }), 'signature'],
    ['jwk in header', () => withHeader({ ...hdr, jwk: f.key.publicJwk }), 'signature'],
    ['jku in header', () => withHeader({ ...hdr, jku: 'https://evil.example/keys' }), 'signature'],
    ['x5u in header', () => withHeader({ ...hdr, x5u: 'https://evil.example/cert' }), 'signature'],
    ['compact serialization', () => `${env.signatures[0]!.protected}.${env.payload}.${env.signatures[0]!.signature}`, 'invalid'],
    ['flattened serialization', () => JSON.stringify({ payload: env.payload, ...env.signatures[0] }), 'invalid'],
    ['extra top-level member', () => JSON.stringify({ ...env, unprotected: 1 }), 'invalid'],
    ['no signatures', () => JSON.stringify({ payload: env.payload, signatures: [] }), 'signature'],
    ['1,000 signatures', () => JSON.stringify({ payload: env.payload, signatures: Array(1000).fill(env.signatures[0]) }), 'signature'],
    ['payload with = padding', () => JSON.stringify({ ...env, payload: env.payload + '=' }), 'invalid'],
    ['payload with + and /', () => JSON.stringify({ ...env, payload: env.payload.replace(/-/g, '+').replace(/_/g, '/') + '+/' }), 'invalid'],
    ['payload with whitespace', () => JSON.stringify({ ...env, payload: env.payload.slice(0, 10) + ' \n' + env.payload.slice(10) }), 'invalid'],
    ['signature with padding', () => JSON.stringify({ payload: env.payload, signatures: [{ ...env.signatures[0], signature: env.signatures[0]!.signature + '==' }] }), 'invalid'],
    ['signature with + and /', () => JSON.stringify({ payload: env.payload, signatures: [{ ...env.signatures[0], signature: env.signatures[0]!.signature.replace(/.$/, '+') }] }), 'invalid'],
    // freshness
    ['lower seq', async () => goodEnvelope(f, { seq: 1 }), 'rollback'],
    ['issued_at far in the future', async () => goodEnvelope(f, { issued_at: iso(365 * 24 * 60 * MIN), expires_at: iso(366 * 24 * 60 * MIN) }), 'invalid'],
    ['validity window over a week', async () => goodEnvelope(f, { expires_at: iso(8 * 24 * 60 * MIN) }), 'invalid'],
    ['expired', async () => goodEnvelope(f, { issued_at: iso(-120 * MIN), expires_at: iso(-MIN) }), 'expired'],
    ['seq negative', async () => goodEnvelope(f, { seq: -1 }), 'invalid'],
    ['seq fractional', async () => goodEnvelope(f, { seq: nextSeq() + 0.5 }), 'invalid'],
    ['seq a string', async () => goodEnvelope(f, { seq: String(nextSeq()) as unknown as number }), 'invalid'],
    ['seq above 2^53', async () => goodEnvelope(f, { seq: 2 ** 53 + 2 }), 'invalid'],
    ['wrong feed_id', async () => goodEnvelope(f, { feed_id: 'other-feed' }), 'invalid'],
    ['a FAQ document where a status is expected', async () => JSON.stringify(await sign(statusFeed({ feed_id: 'hostile' }), [f.key], 'faq')), 'signature'],
  ];
  for (const [name, make, code] of cases) {
    it(`${name} -> "${code}"`, async () => {
      await throughElement(f, dialogs, 'swap', code, { bad: await make(), feedId: 'hostile' });
    });
  }

  it('equal seq with different content -> "rollback"', async () => {
    const seq = nextSeq();
    const good = await goodEnvelope(f, { seq });
    const twin = await goodEnvelope(f, { seq, publisher: { name: 'Not Example Air', url: 'https://example.com' } });
    await throughElement(f, dialogs, 'swap', 'rollback', { good, bad: twin });
  });

  it('first visit served an expired feed: "expired", no content, never "no known disruptions"', async () => {
    await firstVisit(f, 'swap', 'expired', await goodEnvelope(f, { incidents: [], issued_at: iso(-120 * MIN), expires_at: iso(-MIN) }));
  });

  // encoding
  const signBytes = async (bytes: Uint8Array) => JSON.stringify(await signPayload(bytes, [f.key.privateJwk], 'status'));
  const payloadText = () => JSON.stringify(statusFeed({ feed_id: 'hostile' }));
  const encodingCases: [string, () => Promise<BodyInit>, string][] = [
    ['invalid UTF-8 in the signed payload', async () => signBytes(Uint8Array.from([...new TextEncoder().encode(payloadText().slice(0, -1)), 0xc3, 0x28, 0x7d])), 'invalid'],
    ['invalid UTF-8 in the body', async () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'invalid'],
    ['a BOM before the body', async () => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(await goodEnvelope(f))]), 'invalid'],
    ['a BOM before the signed payload', async () => signBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(payloadText())])), 'invalid'],
    ['body nested 100,000 deep', async () => '['.repeat(100_000) + ']'.repeat(100_000), 'invalid'],
    ['signed payload nested 100,000 deep', async () => signBytes(new TextEncoder().encode(payloadText().replace('"publisher":', `"deep":${'['.repeat(100_000)}${']'.repeat(100_000)},"publisher":`).replace('"type":"status"', `"type":${'['.repeat(100_000)}${']'.repeat(100_000)}`))), 'invalid'],
    ['a 10 MB string', async () => `{"payload":"${'A'.repeat(10_000_000)}","signatures":[]}`, 'too-large'],
  ];
  for (const [name, make, code] of encodingCases) {
    it(`${name} -> "${code}"`, async () => {
      await throughElement(f, dialogs, 'swap', code, { bad: await make() });
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }

  it('duplicate keys, __proto__ and constructor members and lone surrogates: accepted as plain data, last key wins, nothing polluted', async () => {
    const p = statusFeed({ feed_id: 'hostile' });
    p.incidents[0]!.title = 'Lone \ud800 surrogate';
    const json = JSON.stringify(p)
      .replace('"publisher":', '"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"publisher":')
      .replace('"severity":"major"', '"severity":"info","severity":"major"')
      .replace('"label":{', '"label":{"__proto__":"x","constructor":"y",');
    const verified = await feed.verifyDocument(await signBytes(new TextEncoder().encode(json)), { kind: 'status', keys: f.pub, store: null });
    expect(verified.payload.incidents[0]!.severity).to.equal('major');
    expect(verified.payload.incidents[0]!.title).to.equal('Lone \ud800 surrogate');
    expect(Object.keys(verified.payload)).not.to.include('__proto__');
    expect(Object.keys(verified.payload.channels[0]!.label), 'dropped by the schema').to.deep.equal(['en', 'nl']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('every payload byte and every signature byte flipped is refused with "signature"', async function () {
    this.timeout(60_000);
    const keys = await feed.importKeys(f.pub);
    const opts = { kind: 'status' as const, keys, store: null };
    const payload = bytesOf(env.payload);
    const signature = bytesOf(env.signatures[0]!.signature);
    let refused = 0;
    for (const [what, bytes] of [['payload', payload], ['signature', signature]] as const) {
      for (let i = 0; i < bytes.length; i++) {
        const flipped = bytes.slice();
        flipped[i]! ^= 0x01 << (i % 8);
        const forged = what === 'payload' ? { ...env, payload: enc(flipped) } : { payload: env.payload, signatures: [{ ...env.signatures[0]!, signature: enc(flipped) }] };
        try {
          await feed.verifyDocument(JSON.stringify(forged), opts);
          expect.fail(`${what} byte ${i} flipped was accepted`);
        } catch (e) {
          expect((e as { code?: string }).code, `${what} byte ${i}`).to.equal('signature');
          refused++;
        }
      }
    }
    expect(refused).to.equal(payload.length + signature.length);
    console.log(`byte flips: ${payload.length} payload + ${signature.length} signature bytes, all refused`);
  });
});
