import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/banner/banner.js';
import { BANNER_SPACE } from '../../src/components/banner/page-space.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import { statusFeed } from './helpers.js';

// At 360 px the floating bottom banner covered the last lines of the page for good, however far
// one scrolled: a footer with the contact links could not be read or tapped without dismissing it.

const root = document.documentElement;
const card = (b: ClearlineBanner) => b.shadowRoot!.querySelector('[part~=banner]')!.getBoundingClientRect();

async function page(tall: boolean) {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <clearline-banner lang="nl" .data=${statusFeed()}></clearline-banner>
    <div style=${`block-size:${tall ? 2000 : 100}px`}>Content</div>
    <footer id="end">Contact</footer>
  </div>`);
  const banner = wrap.querySelector<ClearlineBanner>('clearline-banner')!;
  await banner.updateComplete;
  await waitUntil(() => root.style.getPropertyValue(BANNER_SPACE), 'room published');
  return { banner, footer: wrap.querySelector('#end')! };
}

describe('the room after the end of the page (floating bottom banner)', () => {
  before(() => setViewport({ width: 360, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    root.style.removeProperty(BANNER_SPACE);
    root.style.paddingBlockEnd = '';
    scrollTo(0, 0);
  });

  it('scrolled to the end, the last line of a long page sits above the banner, not under it', async () => {
    const { banner, footer } = await page(true);
    scrollTo(0, root.scrollHeight);
    const f = footer.getBoundingClientRect();
    expect(f.bottom, `footer ${f.top}-${f.bottom}, banner from ${card(banner).top}`).to.be.at.most(card(banner).top);
    // Dismissed: the room goes with it.
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~=dismiss]')!.click();
    await waitUntil(() => !root.style.getPropertyValue(BANNER_SPACE), 'room released');
    expect(root.style.paddingBlockEnd).to.equal('');
  });

  it("leaves the page's own inline bottom padding (a cookie bar's room) alone while it has nothing to show", async () => {
    root.style.paddingBlockEnd = '300px';
    const empty = await fixture<ClearlineBanner>(html`<clearline-banner lang="nl" .data=${statusFeed({ incidents: [] })}></clearline-banner>`);
    await empty.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(empty.hidden).to.equal(true);
    expect(root.style.paddingBlockEnd).to.equal('300px');
  });

  it('a page that does not scroll gets no room (no scroll bar that would move it)', async () => {
    await page(false);
    expect(root.style.paddingBlockEnd).to.equal('');
    expect(root.scrollHeight).to.be.at.most(root.clientHeight);
  });
});
