import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { memoryStore } from '../../src/feed/kv-store.js';
import { verifyDocument } from '../../src/feed/verify.js';
import { b64, iso, keygen, MIN, nextSeq, sign, statusFeed, unb64 } from './helpers.js';

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    expect(e).to.be.instanceOf(FeedError);
    return (e as FeedError).code;
  }
  throw new Error('expected a refusal');
}

describe('verifyDocument', () => {
  it('accepts Ed25519 and ES256 envelopes signed by the pinned key', async () => {
    for (const alg of ['Ed25519', 'ES256'] as const) {
      const key = await keygen(alg);
      const env = await sign(statusFeed(), [key]);
      const doc = await verifyDocument(JSON.stringify(env), { kind: 'status', keys: [key.publicJwk], store: null });
      expect(doc.alg).to.equal(alg);
      expect(doc.payload.incidents[0]!.id).to.equal('storm');
    }
  });

  it('accepts a rotated envelope when only one of its keys is pinned, and a JWKS', async () => {
    const [oldKey, newKey] = [await keygen(), await keygen('ES256')];
    const env = JSON.stringify(await sign(statusFeed(), [oldKey, newKey]));
    expect((await verifyDocument(env, { kind: 'status', keys: JSON.stringify(oldKey.publicJwk), store: null })).kid).to.equal(oldKey.kid);
    expect((await verifyDocument(env, { kind: 'status', keys: { keys: [newKey.publicJwk] }, store: null })).kid).to.equal(newKey.kid);
  });

  it('refuses tampering, unpinned keys, alg none, HS256 and a wrong typ with "signature"', async () => {
    const key = await keygen();
    const other = await keygen();
    const env = await sign(statusFeed(), [key]);
    const keys = [key.publicJwk];
    const opts = { kind: 'status' as const, keys, store: null };
    const tampered = { ...env, payload: b64(unb64(env.payload).replace('Schiphol', 'Sch1phol')) };
    expect(await refusal(verifyDocument(JSON.stringify(tampered), opts))).to.equal('signature');
    expect(await refusal(verifyDocument(JSON.stringify(env), { ...opts, keys: [other.publicJwk] }))).to.equal('signature');
    const none = { payload: env.payload, signatures: [{ protected: b64(JSON.stringify({ alg: 'none', kid: key.kid, typ: 'clearline-status+jws' })), signature: '' }] };
    expect(await refusal(verifyDocument(JSON.stringify(none), opts))).to.equal('signature');
    // HS256 "signed" with the public key as the HMAC secret: the classic key-confusion attack.
    const header = b64(JSON.stringify({ alg: 'HS256', kid: key.kid, typ: 'clearline-status+jws' }));
    const secret = await crypto.subtle.importKey('raw', new TextEncoder().encode(JSON.stringify(key.publicJwk)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', secret, new TextEncoder().encode(`${header}.${env.payload}`)));
    const hs = { payload: env.payload, signatures: [{ protected: header, signature: b64(String.fromCharCode(...mac)) }] };
    expect(await refusal(verifyDocument(JSON.stringify(hs), opts))).to.equal('signature');
    const faq = await sign(statusFeed(), [key], 'faq');
    expect(await refusal(verifyDocument(JSON.stringify(faq), opts))).to.equal('signature');
  });

  it('refuses forbidden header members, unprotected headers and too many signatures', async () => {
    const key = await keygen();
    const env = await sign(statusFeed(), [key]);
    const opts = { kind: 'status' as const, keys: [key.publicJwk], store: null };
    const hdr = JSON.parse(unb64(env.signatures[0]!.protected));
    for (const extra of [{ crit: ['b64'], b64: false }, { jku: 'https://evil.example/keys' }, { jwk: key.publicJwk }, { x5u: 'https://evil.example/x' }]) {
      const forged = { payload: env.payload, signatures: [{ protected: b64(JSON.stringify({ ...hdr, ...extra })), signature: env.signatures[0]!.signature }] };
      expect(await refusal(verifyDocument(JSON.stringify(forged), opts))).to.equal('signature');
    }
    const unprotected = { payload: env.payload, signatures: [{ ...env.signatures[0]!, header: { kid: key.kid } }] };
    expect(await refusal(verifyDocument(JSON.stringify(unprotected), opts))).to.equal('signature');
    const five = { payload: env.payload, signatures: Array(5).fill(env.signatures[0]) };
    expect(await refusal(verifyDocument(JSON.stringify(five), opts))).to.equal('signature');
    const dup = { payload: env.payload, signatures: [env.signatures[0], env.signatures[0]] };
    expect(await refusal(verifyDocument(JSON.stringify(dup), opts))).to.equal('signature');
  });

  it('refuses a missing key with "config" and a private key in the page', async () => {
    const key = await keygen();
    const env = JSON.stringify(await sign(statusFeed(), [key]));
    expect(await refusal(verifyDocument(env, { kind: 'status', keys: '', store: null }))).to.equal('config');
    expect(await refusal(verifyDocument(env, { kind: 'status', keys: [key.privateJwk], store: null }))).to.equal('config');
  });

  it('refuses invalid payloads with the path, a wrong feed id, and expired or future documents', async () => {
    const key = await keygen();
    const opts = { kind: 'status' as const, keys: [key.publicJwk], store: null };
    const bad = statusFeed();
    (bad.incidents[0] as { severity: string }).severity = 'apocalyptic';
    const err = await verifyDocument(JSON.stringify(await sign(bad, [key])), opts).catch((e: FeedError) => e);
    expect((err as FeedError).code).to.equal('invalid');
    expect((err as FeedError).message).to.contain('incidents/0/severity');
    expect(await refusal(verifyDocument(JSON.stringify(await sign(statusFeed(), [key])), { ...opts, feedId: 'other' }))).to.equal('invalid');
    const expired = statusFeed({ issued_at: iso(-120 * MIN), expires_at: iso(-60 * MIN) });
    expect(await refusal(verifyDocument(JSON.stringify(await sign(expired, [key])), opts))).to.equal('expired');
    // More than an hour ahead of this clock (an hour is allowed: a reader's slow clock, status-clock-slow.test.ts).
    const future = statusFeed({ issued_at: iso(90 * MIN), expires_at: iso(150 * MIN) });
    expect(await refusal(verifyDocument(JSON.stringify(await sign(future, [key])), opts))).to.equal('invalid');
  });

  it('refuses a lower seq and an equal seq with different content, and commits only accepted documents', async () => {
    const key = await keygen();
    const store = memoryStore();
    const opts = { kind: 'status' as const, keys: [key.publicJwk], store };
    const seq = nextSeq() + 1000;
    await verifyDocument(JSON.stringify(await sign(statusFeed({ seq }), [key])), opts);
    expect(await refusal(verifyDocument(JSON.stringify(await sign(statusFeed({ seq: seq - 1 }), [key])), opts))).to.equal('rollback');
    const same = statusFeed({ seq, status_url: 'https://example.com/other' });
    expect(await refusal(verifyDocument(JSON.stringify(await sign(same, [key])), opts))).to.equal('rollback');
    // An expired newer document is refused and must not raise the remembered seq.
    const expiredNewer = statusFeed({ seq: seq + 5, issued_at: iso(-120 * MIN), expires_at: iso(-60 * MIN) });
    expect(await refusal(verifyDocument(JSON.stringify(await sign(expiredNewer, [key])), opts))).to.equal('expired');
    const ok = await verifyDocument(JSON.stringify(await sign(statusFeed({ seq: seq + 1 }), [key])), opts);
    expect(ok.newer).to.equal(true);
  });

  it('forgets a remembered seq once its key is no longer pinned: a stolen key cannot lock readers out for good (trial K)', async () => {
    const stolen = await keygen();
    const fresh = await keygen();
    const store = memoryStore();
    const seq = nextSeq() + 1000;
    // While the page pins both keys, the thief signs the highest seq there is with the stolen one; readers take it.
    const both = { kind: 'status' as const, keys: [stolen.publicJwk, fresh.publicJwk], store };
    await verifyDocument(JSON.stringify(await sign(statusFeed({ seq: Number.MAX_SAFE_INTEGER - 1 }), [stolen])), both);
    expect(await refusal(verifyDocument(JSON.stringify(await sign(statusFeed({ seq }), [fresh])), both)), 'still pinned: still counts').to.equal('rollback');
    // The site pins only the new key: the real update is taken, and from then on its seq counts.
    const only = { kind: 'status' as const, keys: [fresh.publicJwk], store };
    expect((await verifyDocument(JSON.stringify(await sign(statusFeed({ seq }), [fresh])), only)).newer).to.equal(true);
    expect(await refusal(verifyDocument(JSON.stringify(await sign(statusFeed({ seq: seq - 1 }), [fresh])), only))).to.equal('rollback');
    // A record from before records had a key (no kid) still counts, whatever is pinned.
    const old = memoryStore();
    old.setItem('clearline:seq:status:example-air', JSON.stringify({ seq: seq + 10, hash: 'x' }));
    expect(await refusal(verifyDocument(JSON.stringify(await sign(statusFeed({ seq }), [fresh])), { ...only, store: old }))).to.equal('rollback');
  });

  it('refuses envelopes that are not General JSON Serialization', async () => {
    const key = await keygen();
    const env = await sign(statusFeed(), [key]);
    const opts = { kind: 'status' as const, keys: [key.publicJwk], store: null };
    const compact = `${env.signatures[0]!.protected}.${env.payload}.${env.signatures[0]!.signature}`;
    expect(await refusal(verifyDocument(compact, opts))).to.equal('invalid');
    const flattened = { payload: env.payload, ...env.signatures[0] };
    expect(await refusal(verifyDocument(JSON.stringify(flattened), opts))).to.equal('invalid');
    expect(await refusal(verifyDocument(JSON.stringify({ ...env, extra: 1 }), opts))).to.equal('invalid');
    expect(await refusal(verifyDocument(JSON.stringify({ ...env, payload: env.payload + '=' }), opts))).to.equal('invalid');
  });
});
