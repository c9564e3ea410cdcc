// The badge in a site header during an outage of the site that hosts the feed: it kept the last verified
// disruption, as it should, but looked and read exactly like a live one ("Service status: Disruption"),
// while the banner beside it said "Not confirmed since …". A kept copy is marked, and says why.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/badge/badge.js';
import type { ClearlineBadge } from '../../src/components/badge/badge.js';
import { CACHE_PREFIX } from '../../src/feed/cache.js';
import { iso, keygen, nextSeq, sign, statusFeed } from './helpers.js';

const name = (el: ClearlineBadge) => el.shadowRoot!.querySelector('[part~=badge]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<clearline-badge> when the latest check fails', () => {
  for (const [lang, said] of [
    ['en', /^Service status: Disruption\. Not confirmed since \S/],
    ['nl', /^Status dienstverlening: Melding\. Niet meer bevestigd sinds \S/],
  ] as const) {
    it(`marks the kept disruption (dashed) and says since when it is not confirmed (${lang})`, async () => {
      const key = await keygen();
      const url = new URL(`/__clearline_missing__/badge-kept-${lang}.jws.json`, location.href).href;
      const kept = JSON.stringify(await sign(statusFeed({ seq: nextSeq(), issued_at: iso(-5 * 60_000) }), [key]));
      localStorage.setItem(CACHE_PREFIX + `status:${url}`, JSON.stringify({ v: 1, envelope: kept, confirmedAt: Date.now() - 4 * 60_000 }));
      try {
        const el = await fixture<ClearlineBadge>(html`<clearline-badge lang=${lang} src=${url} public-key=${JSON.stringify(key.publicJwk)} feed-id="example-air"></clearline-badge>`);
        await waitUntil(() => (el as unknown as { feed: { view: { error?: unknown } } }).feed.view.error, 'the check failed', { timeout: 5000 });
        await el.updateComplete;
        expect(el.state).to.equal('disruption');
        expect(name(el)).to.match(said);
        expect(el.shadowRoot!.querySelector('.badge')!.classList.contains('stale')).to.equal(true);
        const style = getComputedStyle(el.shadowRoot!.querySelector('.badge')!);
        expect(style.borderTopStyle).to.equal('dashed');
        // Its label in the muted colour of "Status unknown", not the text colour of a live disruption.
        const live = await fixture<ClearlineBadge>(html`<clearline-badge lang=${lang} .data=${statusFeed()}></clearline-badge>`);
        const unknown = await fixture<ClearlineBadge>(html`<clearline-badge lang=${lang}></clearline-badge>`);
        expect(unknown.state).to.equal('unknown');
        expect(style.color).to.equal(getComputedStyle(unknown.shadowRoot!.querySelector('.badge')!).color);
        expect(style.color).not.to.equal(getComputedStyle(live.shadowRoot!.querySelector('.badge')!).color);
      } finally {
        localStorage.removeItem(CACHE_PREFIX + `status:${url}`);
      }
    });
  }
});
