import { expect } from '@open-wc/testing';
import { FakeTimers, seeded } from '../fake-env.js';
import { fixture, goodEnvelope, loadBundle, put, stubDialogs, throughElement, token, type FeedModule, type Fixture } from './harness.js';

// Transport cases against the built bundle, served by test/browser/hostile/server.mjs.
describe('hostile transport (dist/clearline.js)', () => {
  let feed: FeedModule;
  let f: Fixture;
  let dialogs: string[];
  before(async () => {
    feed = await loadBundle();
    f = await fixture();
    dialogs = stubDialogs();
  });

  const cases: [string, string, string][] = [
    ['oversize body with an honest Content-Length', 'oversize-honest', 'too-large'],
    ['oversize body with a lying Content-Length (3 KB gzip that decodes to 3 MB)', 'oversize-lying', 'too-large'],
    ['oversize body without Content-Length (chunked)', 'oversize-missing', 'too-large'],
    ['a body that never ends', 'endless', 'too-large'],
    ['a redirect to another origin (which allows CORS)', 'redirect', 'network'],
    ['an HTML content type', 'html', 'network'],
    ['an empty 200', 'empty', 'invalid'],
    ['a 304 with nothing cached', 'not-modified', 'network'],
    ['HTTP 500', 'error500', 'network'],
    ['429 with Retry-After', 'retry429', 'network'],
    ['503 with a Retry-After date', 'retry503', 'network'],
  ];
  for (const [name, kind, code] of cases) {
    it(`${name}: refused with "${code}", earlier content stays`, async () => {
      const { hits, message } = await throughElement(f, dialogs, kind, code);
      // One request per visit (the redirect's target counts as a third).
      expect(hits).to.equal(kind === 'redirect' ? 3 : 2);
      if (kind === 'redirect') expect(message).to.contain('another origin');
    });
  }

  it('a body that trickles forever ends in a timeout ("network")', async function () {
    this.timeout(10_000);
    const tok = token();
    const started = performance.now();
    let code = '';
    try {
      await feed.fetchText(`/__hostile/trickle/${tok}`, { timeoutMs: 1_500 });
    } catch (e) {
      code = (e as { code: string }).code;
    }
    expect(code).to.equal('network');
    expect(performance.now() - started).to.be.below(8_000);
  });

  it('a lying Content-Length smaller than the streamed body is not trusted', async () => {
    const big = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 40; i++) c.enqueue(new Uint8Array(64 * 1024));
        c.close();
      },
    });
    const lying = (async () => new Response(big, { headers: { 'content-length': '100', 'content-type': 'application/json' } })) as typeof fetch;
    let code = '';
    try {
      await feed.fetchText('https://feeds.example/x', { fetch: lying });
    } catch (e) {
      code = (e as { code: string }).code;
    }
    expect(code).to.equal('too-large');
  });

  it('a max-bytes option may raise the cap', async () => {
    const body = new Uint8Array(1_200_000).fill(0x20);
    const ok = (async () => new Response(body, { headers: { 'content-type': 'application/json' } })) as typeof fetch;
    const got = await feed.fetchText('https://feeds.example/x', { fetch: ok, maxBytes: 2_000_000 });
    expect(got.text.length).to.equal(1_200_000);
  });

  it('a storm of 500s from the real server is met with backoff: few requests per simulated hour', async () => {
    const tok = token();
    const t = new FakeTimers();
    const source = new feed.FeedSource({ kind: 'status', url: `/__hostile/error500/${tok}`, keys: f.pub, timers: t.timers, now: t.clock, random: seeded(5), store: null });
    source.subscribe(() => {});
    await source.whenIdle();
    const start = t.now;
    while (t.now - start < 3_600_000) {
      t.fire();
      await source.whenIdle();
    }
    source.dispose();
    const hits = Number(await (await fetch(`/__hostile/hits/${tok}`)).text());
    expect(source.state.error?.code).to.equal('network');
    // Polling every second would be 3,600; full-jitter backoff to a 5 min cap is about 25-40.
    expect(hits).to.be.within(10, 60);
  });

  for (const [kind, atLeast] of [
    ['retry429', 120_000],
    ['retry503', 85_000],
  ] as const) {
    it(`${kind}: the next request waits at least Retry-After`, async () => {
      const tok = token();
      await put(tok, 'good', await goodEnvelope(f));
      const t = new FakeTimers();
      const source = new feed.FeedSource({ kind: 'status', url: `/__hostile/${kind}/${tok}`, keys: f.pub, timers: t.timers, now: t.clock, random: () => 0, store: null });
      source.subscribe(() => {});
      await source.whenIdle();
      expect(source.state.error).to.equal(undefined);
      await source.refresh();
      expect(source.state.error?.code).to.equal('network');
      expect(source.state.document, 'kept').to.not.equal(undefined);
      expect(t.only()).to.be.at.least(atLeast);
      source.dispose();
    });
  }
});
