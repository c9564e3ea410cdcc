// A broadband provider's home page (banner, badge, help) during a fibre cut: its own site, which hosts
// the feed, was down too. <clearline-status> kept the last verified incident under "Last confirmed
// at …"; the banner on the home page kept it with "Next update 13:45" as if just confirmed, with no
// mark at all until the feed expired an hour later.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/banner/banner.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import { CACHE_PREFIX } from '../../src/feed/cache.js';
import { iso, keygen, nextSeq, serve, shownTime, sign, statusFeed } from './helpers.js';

const part = (el: ClearlineBanner, name: string) => el.shadowRoot!.querySelector(`[part~=${name}]`);

describe('<clearline-banner> when the latest check fails', () => {
  it('keeps the incident, marked "Not confirmed since …" in place of its next update', async () => {
    const key = await keygen();
    const issued = iso(-5 * 60_000);
    const url = new URL('/__clearline_missing__/banner-feed.jws.json', location.href).href;
    const kept = JSON.stringify(await sign(statusFeed({ seq: nextSeq(), issued_at: issued }), [key]));
    localStorage.setItem(CACHE_PREFIX + `status:${url}`, JSON.stringify({ v: 1, envelope: kept, confirmedAt: Date.now() - 4 * 60_000 }));
    try {
      const el = await fixture<ClearlineBanner>(html`<clearline-banner lang="en" src=${url} public-key=${JSON.stringify(key.publicJwk)} feed-id="example-air"></clearline-banner>`);
      await waitUntil(() => part(el, 'title'), 'kept incident shown', { timeout: 5000 });
      await waitUntil(() => (el as unknown as { feed: { view: { error?: unknown } } }).feed.view.error, 'the check failed', { timeout: 5000 });
      await el.updateComplete;
      expect(part(el, 'title')!.textContent).to.equal('Storm: flights cancelled');
      expect(part(el, 'outdated')?.textContent).to.equal(`Not confirmed since ${shownTime(Date.parse(issued))}`);
      expect(part(el, 'next-update'), 'no promise as if just confirmed').to.equal(null);
    } finally {
      localStorage.removeItem(CACHE_PREFIX + `status:${url}`);
    }
  });

  it('a feed that loads shows its next update as before', async () => {
    const key = await keygen();
    const url = serve(JSON.stringify(await sign(statusFeed({ seq: nextSeq() }), [key])));
    const el = await fixture<ClearlineBanner>(html`<clearline-banner lang="en" src=${url} public-key=${JSON.stringify(key.publicJwk)} feed-id="example-air"></clearline-banner>`);
    await waitUntil(() => part(el, 'next-update'), 'next update shown', { timeout: 5000 });
    expect(part(el, 'outdated')).to.equal(null);
  });
});
