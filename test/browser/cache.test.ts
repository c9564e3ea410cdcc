import { expect } from '@open-wc/testing';
import { CACHE_MAX_ENTRY_CHARS, CACHE_PREFIX, expiredToShow, readCached, writeCached } from '../../src/feed/cache.js';
import { memoryStore, type KeyValueStore } from '../../src/feed/kv-store.js';
import { FeedSource } from '../../src/feed/source.js';
import '../../src/components/status/status.js';
import '../../src/components/faq/faq.js';
import { FakeTimers } from './fake-env.js';
import { b64, endSources, iso, keygen, MIN, nextSeq, sign, statusFeed, unb64, type TestKey } from './helpers.js';

/** A localStorage-like store that can list its keys, for the eviction budget. */
function listingStore(): KeyValueStore & { length: number; key(i: number): string | null; map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

type Answer = { status?: number; body?: string } | 'down';

function source(key: TestKey, store: KeyValueStore, answer: () => Answer, url = 'https://feeds.example/a.json') {
  const t = new FakeTimers();
  let requests = 0;
  const s = new FeedSource<'status'>({
    kind: 'status',
    url,
    keys: [key.publicJwk],
    store,
    timers: t.timers,
    now: t.clock,
    fetch: (async () => {
      requests++;
      const a = answer();
      if (a === 'down') throw new TypeError('Failed to fetch');
      return new Response(a.body ?? '', { status: a.status ?? 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
  s.subscribe(() => {});
  return Object.assign(s, { t, requests: () => requests });
}

describe('envelope cache (pure)', () => {
  it('keeps the last envelope with its confirmation time and ignores unreadable entries', () => {
    const store = memoryStore();
    writeCached(store, 'status:x', { envelope: '{"a":1}', confirmedAt: 1234 });
    expect(readCached(store, 'status:x')).to.deep.equal({ envelope: '{"a":1}', confirmedAt: 1234 });
    store.setItem(CACHE_PREFIX + 'status:y', '{not json');
    expect(readCached(store, 'status:y')).to.equal(undefined);
    store.setItem(CACHE_PREFIX + 'status:z', JSON.stringify({ v: 1, envelope: 5, confirmedAt: 1 }));
    expect(readCached(store, 'status:z')).to.equal(undefined);
  });

  it('expiredToShow: an expired served document replaces only an older one; on a first visit only if it expired within three days', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    const doc = (seq: number, expires_at: string) => ({ payload: { seq, expires_at } });
    const hourAgo = doc(5, '2026-12-01T11:00:00Z');
    expect(expiredToShow(undefined, hourAgo, now)).to.equal(hourAgo);
    expect(expiredToShow(undefined, doc(5, '2026-11-28T12:00:00Z'), now), 'exactly three days').to.deep.equal(doc(5, '2026-11-28T12:00:00Z'));
    expect(expiredToShow(undefined, doc(5, '2026-11-28T11:59:00Z'), now)).to.equal(undefined);
    const kept = doc(4, '2026-11-01T00:00:00Z');
    expect(expiredToShow(kept, hourAgo, now), 'newer than the kept copy').to.equal(hourAgo);
    const same = doc(5, '2026-12-01T11:00:00Z');
    expect(expiredToShow(same, hourAgo, now)).to.equal(same);
  });

  it('is bounded: oversize envelopes are not kept, old feeds are evicted first', () => {
    const store = listingStore();
    writeCached(store, 'big', { envelope: 'x'.repeat(CACHE_MAX_ENTRY_CHARS + 1), confirmedAt: 1 });
    expect(readCached(store, 'big')).to.equal(undefined);
    const half = 'y'.repeat(700_000);
    writeCached(store, 'old', { envelope: half, confirmedAt: 1 });
    writeCached(store, 'mid', { envelope: half, confirmedAt: 2 });
    writeCached(store, 'new', { envelope: half, confirmedAt: 3 });
    expect(readCached(store, 'old'), 'evicted').to.equal(undefined);
    expect(readCached(store, 'mid')?.confirmedAt).to.equal(2);
    expect(readCached(store, 'new')?.confirmedAt).to.equal(3);
    const total = [...store.map.values()].reduce((n, v) => n + v.length, 0);
    expect(total).to.be.below(2_000_100);
  });

  it('never throws when the store is full or blocked', () => {
    const full: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => writeCached(full, 'k', { envelope: '{}', confirmedAt: 1 })).not.to.throw();
    expect(readCached(full, 'k')).to.equal(undefined);
  });
});

describe('last verified data across reloads and tabs', () => {
  let key: TestKey;
  before(async () => {
    key = await keygen();
  });
  const env = async (overrides = {}) => JSON.stringify(await sign(statusFeed(overrides), [key]));

  it('a reload while the host is down shows the last verified document with its confirmation time', async () => {
    const store = memoryStore();
    const body = await env();
    const first = source(key, store, () => ({ body }));
    await first.whenIdle();
    const confirmedAt = first.state.confirmedAt!;
    first.dispose();
    const reload = source(key, store, () => 'down');
    await reload.whenIdle();
    expect(reload.state.document?.envelope).to.equal(body);
    expect(reload.state.error?.code).to.equal('network');
    expect(reload.state.confirmedAt).to.equal(confirmedAt);
    reload.dispose();
  });

  it('re-verifies the kept copy: a tampered or foreign copy is dropped, never shown', async () => {
    const store = memoryStore();
    const good = JSON.parse(await env());
    const forged = { ...good, payload: b64(unb64(good.payload).replace('Schiphol', 'Sch1phol')) };
    writeCached(store, 'status:https://feeds.example/a.json', { envelope: JSON.stringify(forged), confirmedAt: 1 });
    const s = source(key, store, () => 'down');
    await s.whenIdle();
    expect(s.state.document).to.equal(undefined);
    expect(s.state.error?.code).to.equal('network');
    expect(readCached(store, 'status:https://feeds.example/a.json'), 'removed').to.equal(undefined);
    s.dispose();
    const other = await keygen();
    const foreign = JSON.stringify(await sign(statusFeed(), [other]));
    writeCached(store, 'status:https://feeds.example/a.json', { envelope: foreign, confirmedAt: 1 });
    const s2 = source(key, store, () => 'down');
    await s2.whenIdle();
    expect(s2.state.document).to.equal(undefined);
    s2.dispose();
  });

  it('an expired kept copy is shown only as outdated, and so is a recently expired one on a first visit (not a long expired one)', async () => {
    const store = memoryStore();
    const expired = await env({ issued_at: iso(-120 * MIN), expires_at: iso(-5 * MIN) });
    writeCached(store, 'status:https://feeds.example/a.json', { envelope: expired, confirmedAt: Date.now() - 100 * MIN });
    const s = source(key, store, () => ({ body: expired }));
    await s.whenIdle();
    expect(s.state.document?.envelope).to.equal(expired);
    expect(s.state.error?.code).to.equal('expired');
    s.dispose();
    // A first visit to a feed whose publisher missed a re-signing: its channels are better than nothing.
    const firstStore = memoryStore();
    const first = source(key, firstStore, () => ({ body: expired }));
    await first.whenIdle();
    expect(first.state.document?.envelope, 'shown, for the elements to mark outdated').to.equal(expired);
    expect(first.state.error?.code).to.equal('expired');
    expect(first.state.confirmedAt, 'never "last confirmed": it was not current when it arrived').to.equal(undefined);
    expect(readCached(firstStore, 'status:https://feeds.example/a.json'), 'not kept as a confirmed copy').to.equal(undefined);
    first.dispose();
    // Expired more than three days ago: an old copy may hold numbers since given up.
    const stale = await env({ seq: nextSeq(), issued_at: iso(-4 * 1440 * MIN), expires_at: iso(-(3 * 1440 + 1) * MIN) });
    const late = source(key, memoryStore(), () => ({ body: stale }));
    await late.whenIdle();
    expect(late.state.document).to.equal(undefined);
    expect(late.state.error?.code).to.equal('expired');
    late.dispose();
  });

  it('rollback and equivocation are refused across reloads and between tabs sharing storage', async () => {
    const store = memoryStore();
    const seq = nextSeq();
    const newer = await env({ seq });
    const older = await env({ seq: seq - 1 });
    const twin = await env({ seq, publisher: { name: 'Evil Air', url: 'https://example.com' } });
    const tabA = source(key, store, () => ({ body: newer }));
    await tabA.whenIdle();
    // A reload served an older copy by a stale edge.
    const reload = source(key, store, () => ({ body: older }));
    await reload.whenIdle();
    expect(reload.state.error?.code).to.equal('rollback');
    expect(reload.state.document?.payload.seq, 'the kept newer copy stays').to.equal(seq);
    // Another tab is served a different document with the same seq.
    const tabB = source(key, store, () => ({ body: twin }), 'https://feeds.example/a.json');
    await tabB.whenIdle();
    expect(tabB.state.error?.code).to.equal('rollback');
    expect(tabB.state.document?.envelope).to.equal(newer);
    [tabA, reload, tabB].forEach((s) => s.dispose());
  });

  it('adopts a newer document another tab accepted (storage event), never an older one', async () => {
    const store = memoryStore();
    const a = await env({ seq: nextSeq() });
    const b = await env({ seq: nextSeq() });
    const tab = source(key, store, () => ({ body: a }));
    await tab.whenIdle();
    const requests = tab.requests();
    const other = source(key, store, () => ({ body: b }));
    await other.whenIdle();
    await tab.adoptCached();
    expect(tab.state.document?.envelope).to.equal(b);
    expect(tab.requests(), 'no extra request').to.equal(requests);
    writeCached(store, 'status:https://feeds.example/a.json', { envelope: a, confirmedAt: Date.now() });
    await tab.adoptCached();
    expect(tab.state.document?.envelope).to.equal(b);
    tab.dispose();
    other.dispose();
  });

  it('<clearline-status> after a reload with the host down: last verified content, "Last confirmed", never all-clear when expired', async () => {
    const url = new URL('/__clearline_missing__/feed.jws.json', location.href).href;
    const fresh = JSON.stringify(await sign(statusFeed({ feed_id: 'cache-el', seq: nextSeq() }), [key]));
    localStorage.setItem(CACHE_PREFIX + `status:${url}`, JSON.stringify({ v: 1, envelope: fresh, confirmedAt: Date.parse('2026-01-01T09:41:00Z') }));
    const el = document.createElement('clearline-status');
    el.setAttribute('lang', 'en');
    el.setAttribute('src', url);
    el.setAttribute('public-key', JSON.stringify(key.publicJwk));
    const error = new Promise<CustomEvent>((r) => el.addEventListener('clearline-error', (e) => r(e), { once: true }));
    document.body.append(el);
    expect((await error).detail.code).to.equal('network');
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Storm: flights cancelled');
    expect(text).to.match(/Last confirmed/i);
    el.remove();
    endSources(); // as a reload does

    const expired = JSON.stringify(
      await sign(statusFeed({ feed_id: 'cache-el', seq: nextSeq(), incidents: [], issued_at: iso(-120 * MIN), expires_at: iso(-5 * MIN) }), [key]),
    );
    localStorage.setItem(CACHE_PREFIX + `status:${url}`, JSON.stringify({ v: 1, envelope: expired, confirmedAt: Date.now() - 100 * MIN }));
    const el2 = document.createElement('clearline-status');
    el2.setAttribute('lang', 'en');
    el2.setAttribute('src', url);
    el2.setAttribute('public-key', JSON.stringify(key.publicJwk));
    const error2 = new Promise<CustomEvent>((r) => el2.addEventListener('clearline-error', (e) => r(e), { once: true }));
    document.body.append(el2);
    await error2;
    await el2.updateComplete;
    expect(el2.shadowRoot!.querySelector('[part="all-clear"]'), 'never all-clear on expired data').to.equal(null);
    expect(el2.shadowRoot!.textContent).to.match(/Outdated/i);
    el2.remove();
    endSources(); // as a reload does
    localStorage.removeItem(CACHE_PREFIX + `status:${url}`);
  });

  it('<clearline-faq> after a reload with the host down: the kept questions under "Laatst bevestigd om …" / "Last confirmed at …", in the words of <clearline-status>', async () => {
    const url = new URL('/__clearline_missing__/faq.jws.json', location.href).href;
    const entries = [{ id: 'refund', question: { en: 'Can I get a refund?', nl: 'Krijg ik mijn geld terug?' }, answer: 'Yes.' }];
    const faq = { type: 'faq', version: 1, feed_id: 'cache-faq', seq: nextSeq(), issued_at: iso(-MIN), expires_at: iso(60 * MIN), entries };
    localStorage.setItem(CACHE_PREFIX + `faq:${url}`, JSON.stringify({ v: 1, envelope: JSON.stringify(await sign(faq, [key], 'faq')), confirmedAt: Date.now() - 30 * MIN }));
    try {
      for (const [lang, words] of [['nl', /^Laatst bevestigd (?:om \d{1,2}:\d{2}|\S+ \d{1,2} \S+, \d{1,2}:\d{2})\. De nieuwste vragen konden niet worden opgehaald\.$/], ['en', /^Last confirmed (?:at )?.+\. The latest questions could not be reached\.$/]] as const) {
        const el = document.createElement('clearline-faq');
        el.setAttribute('lang', lang);
        el.setAttribute('feed-id', 'cache-faq');
        el.setAttribute('src', url);
        el.setAttribute('public-key', JSON.stringify(key.publicJwk));
        const error = new Promise<CustomEvent>((r) => el.addEventListener('clearline-error', (e) => r(e), { once: true }));
        document.body.append(el);
        expect((await error).detail.code).to.equal('network');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~=notice]')?.textContent?.trim()).to.match(words);
        expect(el.shadowRoot!.textContent).to.contain(lang === 'nl' ? 'Krijg ik mijn geld terug?' : 'Can I get a refund?');
        el.remove();
        endSources(); // as a reload does
      }
    } finally {
      localStorage.removeItem(CACHE_PREFIX + `faq:${url}`);
    }
  });
});
