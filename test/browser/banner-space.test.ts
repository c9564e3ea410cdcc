import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/banner/banner.js';
import '../../src/components/help/help.js';
import { BANNER_SPACE, setBannerSpace } from '../../src/components/banner/page-space.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { HELP_ENTRIES } from './help-fixtures.js';
import { statusFeed } from './helpers.js';

// A floating bottom banner and the help launcher on one phone screen: the launcher rises above
// the banner (it sat on the banner's next-update line at 360 px), by a transform, so its move is
// no layout shift; it comes back down when the banner goes.

const space = () => document.documentElement.style.getPropertyValue(BANNER_SPACE);
const rectOf = (el: Element) => el.getBoundingClientRect();
const card = (b: ClearlineBanner) => b.shadowRoot!.querySelector('[part~=banner]')!;
const launcher = (h: ClearlineHelp) => h.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!;
const settled = () => aTimeout(350); // the launcher's 0.2 s move

async function page(placement = 'bottom') {
  const shifts: { value: number; sources: string[] }[] = [];
  const po = new PerformanceObserver((l) => {
    for (const e of l.getEntries() as unknown as { value: number; sources?: { node?: Node }[] }[]) shifts.push({ value: e.value, sources: (e.sources ?? []).map((s) => s.node?.nodeName ?? '?') });
  });
  po.observe({ type: 'layout-shift' });
  const feed = statusFeed();
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <clearline-help lang="nl" .data=${feed} .entries=${HELP_ENTRIES}></clearline-help>
    <p>Content</p>
    <clearline-banner lang="nl" placement=${placement} .data=${feed}></clearline-banner>
  </div>`);
  const help = wrap.querySelector<ClearlineHelp>('clearline-help')!;
  const banner = wrap.querySelector<ClearlineBanner>('clearline-banner')!;
  await help.updateComplete;
  await banner.updateComplete;
  await waitUntil(() => launcher(help) && (placement !== 'bottom' || space()), 'launcher shown and room published');
  await settled();
  return { help, banner, shifts, stop: () => po.disconnect() };
}

describe('the room a floating bottom banner takes (--clearline-banner-space)', () => {
  before(() => setViewport({ width: 360, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => document.documentElement.style.removeProperty(BANNER_SPACE));

  it('at 360 px the help launcher sits above the banner, not on it; no layout shift from its move', async () => {
    const { help, banner, shifts, stop } = await page();
    const b = rectOf(card(banner));
    const l = rectOf(launcher(help));
    expect(parseFloat(space())).to.be.closeTo(innerHeight - rectOf(banner).top, 1);
    expect(l.bottom, `launcher ${l.top}-${l.bottom}, banner ${b.top}-${b.bottom}`).to.be.at.most(b.top);
    expect(l.bottom).to.be.greaterThan(b.top - 40, 'just above it, not far off');
    stop();
    expect(shifts.filter((s) => s.sources.some((n) => /CLEARLINE-HELP|BUTTON/i.test(n)))).to.deep.equal([]);
  });

  it('on a wide screen the open dialog sits above the raised launcher, clear of the banner', async () => {
    await setViewport({ width: 1000, height: 700 });
    try {
      const { help, banner, stop } = await page();
      stop();
      launcher(help).click();
      const dialog = await waitUntil(() => help.shadowRoot!.querySelector('dialog[open]'), 'dialog opens').then(() => help.shadowRoot!.querySelector('dialog')!);
      await settled();
      const d = rectOf(dialog);
      const l = rectOf(launcher(help));
      expect(d.bottom, `dialog ${d.top}-${d.bottom}, launcher ${l.top}-${l.bottom}`).to.be.at.most(l.top);
      expect(d.bottom).to.be.at.most(rectOf(card(banner)).top);
      expect(d.top).to.be.at.least(0);
      dialog.close();
    } finally {
      await setViewport({ width: 360, height: 740 });
    }
  });

  it('dismissed: the room is released and the launcher goes back to its corner', async () => {
    const { help, banner, stop } = await page();
    stop();
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~=dismiss]')!.click();
    await waitUntil(() => space() === '', 'room released');
    await settled();
    expect(innerHeight - rectOf(launcher(help)).bottom).to.be.closeTo(16, 1);
  });

  it('a banner at the top, or in the flow, takes no room at the bottom; moving it to the top releases it', async () => {
    for (const placement of ['top', 'inline']) {
      const { stop } = await page(placement);
      stop();
      await aTimeout(50);
      expect(space(), placement).to.equal('');
    }
    const { banner, stop } = await page('bottom');
    stop();
    expect(space()).to.not.equal('');
    banner.placement = 'top';
    await banner.updateComplete;
    expect(space()).to.equal('');
  });

  it('removed from the page: the room is released', async () => {
    const { banner, stop } = await page();
    stop();
    banner.remove();
    expect(space()).to.equal('');
  });

  it('a keyboard user tabbing down a long page at 360 px never has focus hidden behind the banner', async () => {
    // Chromium scrolls a focused control only when it is outside the viewport; one on screen but
    // under the banner stayed there: the search button and the contact links were wholly hidden
    // (WCAG 2.4.11). The page's scroll padding makes the banner's room count as off screen.
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <button id="first">First</button>
      <div style=${`height: ${innerHeight - 100}px`}></div>
      <button id="next">Next</button>
      <div style="height: 1400px"></div>
      <clearline-banner lang="nl" .data=${statusFeed()}></clearline-banner>
    </div>`);
    await waitUntil(() => space(), 'room published');
    wrap.querySelector<HTMLButtonElement>('#first')!.focus();
    await sendKeys({ press: 'Tab' });
    const next = wrap.querySelector<HTMLButtonElement>('#next')!;
    const r = rectOf(next);
    expect(document.activeElement?.id).to.equal('next');
    const seen = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    expect(seen?.id || seen?.nodeName, `button ${Math.round(r.top)}-${Math.round(r.bottom)}, room ${space()}`).to.equal('next');
  });

  it('several banners: the largest room counts; each releases only its own', () => {
    const root = document.createElement('div');
    const [a, b] = [{}, {}];
    setBannerSpace(a, 80.2, root);
    setBannerSpace(b, 120, root);
    expect(root.style.getPropertyValue(BANNER_SPACE)).to.equal('120px');
    setBannerSpace(b, 0, root);
    expect(root.style.getPropertyValue(BANNER_SPACE)).to.equal('81px');
    setBannerSpace(a, undefined, root);
    expect(root.style.getPropertyValue(BANNER_SPACE)).to.equal('');
  });
});
