import { expect } from '@open-wc/testing';
import { keygen, outcome, serve, shadowText, sign, statusFeed } from './helpers.js';

// The loader (dist/clearline.js) loads the browser's date-formatting data while the element code
// and the feed download, so the first render does not pay for it (issue 13: first paint does not
// wait). Observed by counting Intl.DateTimeFormat constructions before the element is defined.
// Signs its own feed (its own key and feed id): the generated e2e-air feeds are shared with
// e2e.test.ts through the page storage, where an extra load can turn theirs into a rollback.
describe('loader: date formatting data is loaded while the code downloads', () => {
  it('creates a formatter in the element language before <clearline-status> is defined', async () => {
    const key = await keygen();
    const url = serve(JSON.stringify(await sign(statusFeed({ feed_id: 'loader-warm' }), [key])));
    const calls: { locale: unknown; defined: boolean; at: number }[] = [];
    // No frames (as in a background tab): the loader then waits its longest, 250 ms, before any
    // main-thread work (after-frame.ts); without that wait the formatter would come at once.
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    let loaderRan = 0;
    const original = Intl.DateTimeFormat;
    const spy = new Proxy(original, {
      construct(target, args: unknown[]) {
        calls.push({ locale: args[0], defined: customElements.get('clearline-status') !== undefined, at: performance.now() });
        return Reflect.construct(target, args) as object;
      },
    });
    Intl.DateTimeFormat = spy;
    try {
      const wrap = document.createElement('div');
      wrap.lang = 'de';
      wrap.innerHTML = `<clearline-status src="${url}" feed-id="loader-warm"></clearline-status>`;
      const el = wrap.firstElementChild as HTMLElement;
      el.setAttribute('public-key', JSON.stringify(key.publicJwk));
      const done = outcome(el);
      document.body.append(wrap);
      // The code's modulepreload hints also wait for the frame: before the page's first paint its
      // own files get the bandwidth (Lighthouse counted our hints into the page's first paint).
      const hints: number[] = [];
      const watch = new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLLinkElement && n.rel === 'modulepreload') hints.push(performance.now());
      });
      watch.observe(document.head, { childList: true });
      const bundle = '/dist/clearline.js';
      await import(/* @vite-ignore */ bundle);
      loaderRan = performance.now();
      // The feed request does not wait: it is in the loader's prefetch slot (loader/prefetch.ts).
      const slot = (globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for('clearline.prefetch')];
      const requestedAtOnce = slot?.has(new URL(url, document.baseURI).href) === true;
      const event = await done;
      expect(event.type, JSON.stringify(event.detail)).to.equal('clearline-load');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadowText(el)).to.contain('Storm: flights cancelled');
      const first = calls[0];
      expect(first, 'no date formatter was created').to.not.equal(undefined);
      expect(first.locale).to.equal('de');
      expect(first.defined, 'the first formatter came only with the element code').to.equal(false);
      expect(first.at - loaderRan, 'main-thread work waited for a frame, or the longest wait').to.be.greaterThan(200);
      watch.disconnect();
      expect(hints.length, 'the loader hinted the element code').to.be.greaterThan(0);
      expect(hints[0] - loaderRan, 'the code hints waited for a frame, or the longest wait').to.be.greaterThan(200);
      expect(requestedAtOnce, 'the feed request started when the loader ran').to.equal(true);
      wrap.remove();
    } finally {
      Intl.DateTimeFormat = original;
      window.requestAnimationFrame = raf;
    }
  });
});

describe('loader: element code waits for the page\'s first frame', () => {
  it('runs work after the next animation frame, then at once', async () => {
    const { afterFirstFrame } = await import('../../src/loader/after-frame.js');
    const order: string[] = [];
    const done = new Promise<void>((resolve) => afterFirstFrame(() => (order.push('work'), resolve())));
    requestAnimationFrame(() => order.push('frame'));
    order.push('sync');
    await done;
    expect(order).to.deep.equal(['sync', 'frame', 'work']);
    let now = false;
    afterFirstFrame(() => (now = true));
    expect(now, 'after the first frame, work runs at once').to.equal(true);
  });

  it('runs the work anyway when no frame comes (a tab in the background)', async () => {
    // A second instance of the module (its own "a frame has passed" state).
    const fresh = '../../src/loader/after-frame.ts?no-frame';
    const { afterFirstFrame } = (await import(/* @vite-ignore */ fresh)) as typeof import('../../src/loader/after-frame.js');
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      const t0 = performance.now();
      await new Promise<void>((resolve) => afterFirstFrame(resolve, 30));
      expect(performance.now() - t0).to.be.greaterThanOrEqual(29);
    } finally {
      window.requestAnimationFrame = raf;
    }
  });
});

describe('loader: the locale data is loaded in steps, one task each', () => {
  it('resolves the language, then a number, date and relative-time formatter in the element language, each in its own task; not for Dutch or English', async () => {
    const { warmIntl } = await import('../../src/loader/warm.js');
    const calls: string[] = [];
    const kinds = ['Locale', 'NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat'] as const;
    const originals = kinds.map((k) => Intl[k]);
    kinds.forEach((k, i) => {
      (Intl as unknown as Record<string, unknown>)[k] = new Proxy(originals[i] as object, {
        construct(target, args: unknown[]) {
          calls.push(`${k}:${String(args[0])}`);
          return Reflect.construct(target as new (...a: unknown[]) => object, args);
        },
      });
    });
    try {
      const wrap = document.createElement('div');
      wrap.lang = 'de';
      wrap.append(document.createElement('clearline-status'));
      warmIntl(wrap.firstElementChild!);
      expect(calls, 'nothing in the loader\'s own task').to.deep.equal([]);
      await new Promise((r) => setTimeout(r, 0));
      expect(calls, 'one step per task').to.deep.equal(['Locale:de']);
      await new Promise((r) => setTimeout(r, 50));
      expect(calls).to.deep.equal(['Locale:de', 'NumberFormat:de', 'DateTimeFormat:de', 'RelativeTimeFormat:de']);
      // Dutch and English (written without Intl, i18n/clock.ts) in a browser with Temporal: nothing.
      calls.length = 0;
      expect('Temporal' in globalThis, 'this Chromium has Temporal').to.equal(true);
      for (const lang of ['nl', 'en-GB', 'en']) {
        const other = document.createElement('div');
        other.lang = lang;
        other.append(document.createElement('clearline-status'));
        warmIntl(other.firstElementChild!);
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(calls).to.deep.equal([]);
    } finally {
      kinds.forEach((k, i) => ((Intl as unknown as Record<string, unknown>)[k] = originals[i]));
    }
  });
});
