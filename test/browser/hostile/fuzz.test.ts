import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { b64, sign, statusFeed } from '../helpers.js';
import { assertSafeTree, fixture, goodEnvelope, loadBundle, stubDialogs, type FeedModule, type Fixture } from './harness.js';

const CODES = ['config', 'network', 'too-large', 'signature', 'invalid', 'expired', 'rollback'];

// fast-check through the built verifier and renderer: every case ends in a verdict, never an uncaught throw.
describe('fuzzing (dist/clearline.js, fast-check)', () => {
  let feed: FeedModule;
  let f: Fixture;
  let good: string;
  let keys: unknown;
  let dialogs: string[];
  before(async () => {
    feed = await loadBundle();
    f = await fixture();
    good = await goodEnvelope(f);
    keys = await feed.importKeys(f.pub);
    dialogs = stubDialogs();
  });

  /** Accepted, or refused with a stable code: anything else is a bug. */
  async function verdict(text: string): Promise<string> {
    try {
      await feed.verifyDocument(text, { kind: 'status', keys, store: null });
      return 'accepted';
    } catch (e) {
      expect(CODES, String(e)).to.include((e as { code?: string }).code);
      return (e as { code: string }).code;
    }
  }

  it('3,000 mutated envelopes: always a verdict, tampering never accepted', async function () {
    this.timeout(120_000);
    const counts: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.nat(255), fc.constantFrom('replace', 'insert', 'delete')), { minLength: 1, maxLength: 4 }),
        async (edits) => {
          let s = good;
          for (const [pos, code, op] of edits) {
            const i = pos % (s.length + 1);
            const ch = String.fromCharCode(code);
            s = op === 'insert' ? s.slice(0, i) + ch + s.slice(i) : op === 'delete' ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + ch + s.slice(i + 1);
          }
          const v = await verdict(s);
          counts[v] = (counts[v] ?? 0) + 1;
          // Only edits that leave the JSON meaning unchanged (whitespace) may still be accepted.
          if (v === 'accepted') expect(JSON.stringify(JSON.parse(s))).to.equal(JSON.stringify(JSON.parse(good)));
        },
      ),
      { numRuns: 3_000, seed: 42 },
    );
    console.log(`mutated envelopes: ${JSON.stringify(counts)}`);
  });

  it('1,000 generated envelopes and JSON values: always a verdict', async function () {
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.record({ payload: fc.oneof(fc.string(), fc.jsonValue()), signatures: fc.array(fc.jsonValue(), { maxLength: 6 }) })), async (v) => {
        await verdict(JSON.stringify(v));
        const signed = { payload: b64(JSON.stringify(v)), signatures: JSON.parse(good).signatures };
        expect(await verdict(JSON.stringify(signed))).to.equal('signature');
      }),
      { numRuns: 1_000, seed: 7 },
    );
  });

  it('300 validly signed random payloads: the schema decides, never a throw', async function () {
    this.timeout(120_000);
    const counts: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('type', 'version', 'feed_id', 'seq', 'issued_at', 'expires_at', 'incidents', 'channels', 'publisher', 'x'), fc.jsonValue()), async (patch) => {
        const env = JSON.stringify(await sign({ ...statusFeed({ feed_id: 'hostile' }), ...patch }, [f.key]));
        const v = await verdict(env);
        counts[v] = (counts[v] ?? 0) + 1;
      }),
      { numRuns: 300, seed: 3 },
    );
    console.log(`signed random payloads: ${JSON.stringify(counts)}`);
  });

  it('1,000 random Markdown and text values render safely through the element', async function () {
    this.timeout(180_000);
    const el = document.createElement('clearline-status') as HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };
    el.setAttribute('lang', 'en');
    document.body.append(el);
    const piece = fc.constantFrom('<', '>', '*', '_', '[', ']', '(', ')', '`', '\n', '  ', '- ', '> ', '#', '!', '"', "'", '&', 'javascript:', 'https://x.example', 'tel:', 'mailto:', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'on', '=', '\u0000', '\u202e', 'a', ' ');
    const md = fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 60 }).map((a) => a.join('').slice(0, 20_000));
    await fc.assert(
      fc.asyncProperty(md, fc.string({ unit: 'grapheme', maxLength: 80 }), async (m, t) => {
        const p = statusFeed({ feed_id: 'hostile' });
        Object.assign(p.incidents[0]!, { known: m, unknown: m, title: t || 'x' });
        el.data = p;
        await el.updateComplete;
        assertSafeTree(el);
      }),
      { numRuns: 1_000, seed: 9 },
    );
    el.remove();
    expect(dialogs).to.deep.equal([]);
  });
});
