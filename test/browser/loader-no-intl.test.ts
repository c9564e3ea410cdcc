import { expect } from '@open-wc/testing';
import { keygen, outcome, serve, shadowText, sign, statusFeed } from './helpers.js';

// Issue 13, first paint does not wait: the first Intl object a page creates loads the browser's
// locale data (11–24 ms of main thread on the bench machine), and that task held up the first
// incident text by 8–13 ms. A Dutch page with a feed on the reader's own zone now shows its
// status, times and "updated 1 minute ago" without creating any Intl object: the times are
// written by i18n/clock.ts, the zone is checked and compared with Temporal (feed/zone.ts), and
// the loader does not warm Intl up. Counted from the loader's start to the rendered text.
const KINDS = ['DateTimeFormat', 'RelativeTimeFormat', 'NumberFormat', 'Locale', 'ListFormat', 'PluralRules', 'Collator', 'Segmenter', 'DisplayNames'] as const;

describe('loader: a Dutch status renders without loading locale data', () => {
  it('creates no Intl object from the loader\'s start to the incident text, times included', async () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone; // the reader's zone, asked before counting
    const key = await keygen();
    const feed = statusFeed({ feed_id: 'loader-no-intl', time_zone: zone });
    const url = serve(JSON.stringify(await sign(feed, [key])));
    const calls: string[] = [];
    const originals = KINDS.map((k) => Intl[k]);
    KINDS.forEach((k, i) => {
      (Intl as unknown as Record<string, unknown>)[k] = new Proxy(originals[i] as object, {
        construct(target, args: unknown[]) {
          calls.push(`${k}(${String(args[0])}) ${new Error().stack?.split('\n')[2]?.trim() ?? ''}`);
          return Reflect.construct(target as new (...a: unknown[]) => object, args);
        },
      });
    });
    const toLocale = Date.prototype.toLocaleString;
    Date.prototype.toLocaleString = function (...args: Parameters<Date['toLocaleString']>) {
      calls.push('Date.toLocaleString');
      return toLocale.apply(this, args);
    };
    try {
      const wrap = document.createElement('div');
      wrap.lang = 'nl';
      wrap.innerHTML = `<clearline-status src="${url}" feed-id="loader-no-intl"></clearline-status>`;
      const el = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      el.setAttribute('public-key', JSON.stringify(key.publicJwk));
      const done = outcome(el);
      document.body.append(wrap);
      const bundle = '/dist/clearline.js';
      await import(/* @vite-ignore */ bundle);
      const event = await done;
      expect(event.type, JSON.stringify(event.detail)).to.equal('clearline-load');
      await el.updateComplete;
      const text = shadowText(el);
      expect(text).to.contain('Storm: vluchten geannuleerd');
      // The times are there, in Dutch: the update a minute ago, the next update at a clock time.
      expect(text).to.match(/1 minuut geleden|nu/);
      expect(text).to.match(/\d{1,2}:\d{2}/);
      expect(calls, calls.join('\n')).to.deep.equal([]);
      wrap.remove();
    } finally {
      KINDS.forEach((k, i) => ((Intl as unknown as Record<string, unknown>)[k] = originals[i]));
      Date.prototype.toLocaleString = toLocale;
    }
  });
});
