// A multi-utility's home page and status page (banner, status, help) with two open incidents (a gas leak and no
// internet, both major). The feed host then served a tampered document. The banner said "Not confirmed since 19:30"
// (when the data it shows was signed) while <clearline-status> and the help dialog said "Last confirmed at 19:45"
// (when this browser last fetched it): two times for one set of data. Now all three give the data's time; the status
// element and the help dialog still say why (it could not be confirmed as genuine), the banner has no room for that.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/banner/banner.js';
import '../../src/components/help/help.js';
import '../../src/components/status/status.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import { CACHE_PREFIX } from '../../src/feed/cache.js';
import type { Incident } from '../../src/feed/schema.js';
import { b64, iso, keygen, MIN, nextSeq, serve, shownTime, sign, statusFeed, unb64 } from './helpers.js';

const incident = (id: string, en: string, nl: string, updated: number): Incident => ({
  id,
  title: { en, nl },
  severity: 'major',
  phase: 'identified',
  started_at: iso(-90 * MIN),
  updated_at: iso(-updated * MIN),
  known: { en: 'We are working on it.', nl: 'We werken eraan.' },
  unknown: { en: 'When it is fixed.', nl: 'Wanneer het is opgelost.' },
  next_update_at: iso(30 * MIN),
});

const text = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
type WithFeed = { feed: { view: { error?: { code: string } } } };

describe('after a tampered document: one time for the data shown', () => {
  it('the banner, <clearline-status> and the help dialog name the time the kept data was signed', async () => {
    const key = await keygen();
    const issued = iso(-25 * MIN);
    const fetchedAt = Date.now() - 12 * MIN;
    const feed = statusFeed({ seq: nextSeq(), feed_id: 'utrecht-netwerken', issued_at: issued, incidents: [
      incident('gas-lombok', 'Gas leak in Lombok', 'Gaslek in Lombok', 40),
      incident('net-overvecht', 'No internet in Overvecht', 'Geen internet in Overvecht', 26),
    ] });
    const kept = await sign(feed, [key]);
    const tampered = { ...kept, payload: b64(unb64(kept.payload).replace('Gas leak in Lombok', 'All fixed in Lombok')) };
    const url = serve(JSON.stringify(tampered));
    localStorage.setItem(CACHE_PREFIX + `status:${url}`, JSON.stringify({ v: 1, envelope: JSON.stringify(kept), confirmedAt: fetchedAt }));
    try {
      const attrs = { src: url, key: JSON.stringify(key.publicJwk) };
      const page = await fixture<HTMLElement>(html`<div>
        <clearline-banner placement="inline" lang="en" src=${attrs.src} public-key=${attrs.key} feed-id="utrecht-netwerken"></clearline-banner>
        <clearline-status lang="en" src=${attrs.src} public-key=${attrs.key} feed-id="utrecht-netwerken"></clearline-status>
        <clearline-help lang="en" src=${attrs.src} public-key=${attrs.key} feed-id="utrecht-netwerken"></clearline-help>
      </div>`);
      const banner = page.querySelector<ClearlineBanner>('clearline-banner')!;
      const status = page.querySelector<ClearlineStatus>('clearline-status')!;
      const help = page.querySelector<ClearlineHelp>('clearline-help')!;
      await waitUntil(() => (status as unknown as WithFeed).feed.view.error, 'the tampered document refused', { timeout: 5000 });
      await Promise.all([banner.updateComplete, status.updateComplete, help.show()]);
      const time = shownTime(Date.parse(issued));
      expect(time, 'the two moments differ as shown').not.to.equal(shownTime(fetchedAt));
      expect(text(banner.shadowRoot!.querySelector('[part~=outdated]'))).to.equal(`Not confirmed since ${time}`);
      // "at 11:44 PM"; after midnight, with its day and no "at": "Fri, Dec 4, 11:44 PM" (this ran red at 00:10 UTC).
      const at = /,/.test(time) ? time : `at ${time}`;
      expect(text(status.shadowRoot!.querySelector('[part~=notice] strong'))).to.equal(`Last confirmed ${at}.`);
      expect(text(help.shadowRoot!.querySelector('[part~=notice] strong'))).to.equal(`Last confirmed ${at}.`);
      expect(text(status.shadowRoot!.querySelector('[part~=notice]')), 'and why').to.contain('could not be confirmed as genuine');
      expect(text(help.shadowRoot!.querySelector('[part~=notice]')), 'and why').to.contain('could not be confirmed as genuine');
      expect(text(status.shadowRoot), 'the kept data, not the forged').to.contain('Gas leak in Lombok').and.not.contain('All fixed');
    } finally {
      localStorage.removeItem(CACHE_PREFIX + `status:${url}`);
    }
  });
});
