// A telecom's site (trial G) had the usual cookie-consent bar, `position: fixed; bottom: 0; z-index: 9998`. The banner
// floated at z-index 1000, under it: at every hour of the outage, at 360 and 1280 px, nobody saw the banner, and the
// keyboard focus went to its link and Dismiss behind the bar. The banner shows only in a crisis, so a web team does not
// see the clash on a quiet day. It now floats above such bars by default (a reader can dismiss it, and then reaches the
// bar); `--clearline-banner-z-index` still sets another order, and `--clearline-banner-offset` lifts it above the bar.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/banner/banner.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import { statusFeed } from './helpers.js';

const BARS = html`<style>
  .test-header { position: sticky; top: 0; z-index: 9999; height: 60px; background: #123; }
  .test-cookies { position: fixed; inset-inline: 0; bottom: 0; z-index: 9998; height: 120px; background: #eee; }
  .test-consent-tool { position: fixed; inset-inline: 0; bottom: 0; z-index: 2147483645; height: 120px; background: #ddd; }
</style>`;

const card = (b: ClearlineBanner) => b.shadowRoot!.querySelector<HTMLElement>('[part~=banner]')!;
/** What a tap at the centre of `el` reaches, by its tag and class ("clearline-banner", "div.test-cookies"). */
const centre = (el: Element) => {
  const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return hit ? `${hit.localName}${hit.className ? `.${hit.className}` : ''}` : 'nothing';
};

async function page(bar: string, style = '', placement = 'bottom'): Promise<ClearlineBanner> {
  await setViewport({ width: 360, height: 640 });
  const wrap = await fixture<HTMLDivElement>(html`<div>${BARS}<header class="test-header"></header><p>Content</p>
    <clearline-banner lang="en" placement=${placement} style=${style} .data=${statusFeed()}></clearline-banner><div class=${bar}></div></div>`);
  const banner = wrap.querySelector<ClearlineBanner>('clearline-banner')!;
  await waitUntil(() => card(banner)?.getBoundingClientRect().height, 'the banner shown');
  return banner;
}

describe('<clearline-banner> over a site’s own fixed bars', () => {
  it('a cookie bar at z-index 9998 does not hide it, nor its Dismiss button', async () => {
    const banner = await page('test-cookies');
    expect(centre(card(banner)), 'at the banner’s centre').to.equal('clearline-banner');
    expect(centre(banner.shadowRoot!.querySelector('button')!), 'at Dismiss').to.equal('clearline-banner');
  });

  it('nor a consent tool’s 2147483645, nor a sticky header at the top (placement="top")', async () => {
    const tool = await page('test-consent-tool');
    expect(centre(card(tool))).to.equal('clearline-banner');
    const top = await page('', '', 'top');
    expect(centre(card(top))).to.equal('clearline-banner');
  });

  it('a site that wants its bar on top still says so with --clearline-banner-z-index', async () => {
    const banner = await page('test-cookies', '--clearline-banner-z-index: 10');
    expect(centre(card(banner))).to.equal('div.test-cookies');
  });
});
