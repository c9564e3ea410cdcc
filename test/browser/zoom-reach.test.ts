// A phone at 200 % zoom (180 x 370 CSS px) and at 360 px: what the reader can reach of the banner, the status title and
// the page under the help button. Trial Q (a hospital): the banner took 200 of 370 px and ended on a whole line
// ("…spoedeisende hulp neemt"), so "geen ambulances aan" and "Volgende update" looked like they did not exist; the status
// title broke as "spoede / ende"; the help button sat over the page. Trial R (a grid operator): at 360 px the button hid
// the end of the status page ("Bel direct 0800-9009").
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/banner/banner.js';
import '../../src/components/help/help.js';
import '../../src/components/status/status.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { BANNER_SPACE } from '../../src/components/banner/page-space.js';
import { statusFeed } from './helpers.js';

const root = document.documentElement;
const TITLE = { nl: 'Storing computersysteem: spoedeisende hulp neemt geen ambulances aan', en: 'Computer system down: the emergency department takes no ambulances' };

function hospitalFeed() {
  const feed = statusFeed({ channels: [] });
  Object.assign(feed.incidents[0]!, { title: TITLE, severity: 'critical' });
  return feed;
}

/** How many lines each word of the element's first text takes (1: whole). */
function wordLines(el: Element): Map<string, number> {
  const text = [...el.childNodes].find((n): n is Text => n.nodeType === 3 && !!n.textContent!.trim())!;
  const range = document.createRange();
  const out = new Map<string, number>();
  for (const m of text.data.matchAll(/\S+/g)) {
    range.setStart(text, m.index);
    range.setEnd(text, m.index + m[0].length);
    out.set(m[0], new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size);
  }
  return out;
}

/** The width of a word in the element's font, on one line. */
function wordWidth(el: Element, word: string): number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  const cs = getComputedStyle(el);
  ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  return ctx.measureText(word).width;
}

afterEach(async () => {
  root.style.removeProperty(BANNER_SPACE);
  root.style.paddingBlockEnd = root.style.scrollPaddingBlockEnd = '';
  scrollTo(0, 0);
  await setViewport({ width: 800, height: 600 });
});
beforeEach(() => localStorage.clear());

describe('the floating banner at 200 % and 400 % zoom', () => {
  // 320 x 180: a 1280 x 720 screen at 400 % zoom, where the padding around the text is a larger share.
  for (const [width, height, share] of [[180, 370, 0.4], [320, 180, 0.5]] as const) {
    it(`${width}x${height}: takes at most ${share * 100} % of the viewport; the rest scrolls inside, with a mark at the bottom while more follows`, async () => {
      await setViewport({ width, height });
      const banner = await fixture<ClearlineBanner>(html`<clearline-banner lang="nl" style="font-family: system-ui, sans-serif" .data=${hospitalFeed()}></clearline-banner>`);
      await waitUntil(() => banner.shadowRoot!.querySelector('[part~=next-update]'), 'banner with its next update');
      const card = banner.shadowRoot!.querySelector<HTMLElement>('[part~=banner]')!;
      expect(banner.getBoundingClientRect().height, `banner height of ${height} px`).to.be.at.most(height * share);
      expect(card.scrollHeight, 'more text than shows').to.be.greaterThan(card.clientHeight);
      // The mark: a band fixed to the box's bottom edge, and a cover attached to the end of the text (shown when scrolled there).
      const bg = getComputedStyle(card);
      expect(bg.backgroundImage.match(/linear-gradient/g)?.length, 'two layers').to.equal(2);
      expect(bg.backgroundAttachment.replace(/\s/g, '')).to.equal('local,scroll');
      // All of it can be read: scrolled to the end, the next update is inside the box.
      card.scrollTop = card.scrollHeight;
      const box = card.getBoundingClientRect();
      const next = banner.shadowRoot!.querySelector('[part~=next-update]')!.getBoundingClientRect();
      expect(next.top, 'next update at the end, in the box').to.be.at.least(box.top);
      expect(next.bottom).to.be.at.most(box.bottom);
      expect(box.bottom, 'on screen').to.be.at.most(height);
    });
  }

  it('at 360 x 740 the same banner shows whole, with nothing to scroll', async () => {
    await setViewport({ width: 360, height: 740 });
    const banner = await fixture<ClearlineBanner>(html`<clearline-banner lang="nl" style="font-family: system-ui, sans-serif" .data=${hospitalFeed()}></clearline-banner>`);
    await waitUntil(() => banner.shadowRoot!.querySelector('[part~=next-update]'), 'banner');
    const card = banner.shadowRoot!.querySelector<HTMLElement>('[part~=banner]')!;
    expect(card.scrollHeight - card.clientHeight).to.be.at.most(1);
  });
});

describe('the status title 180 px wide (a phone at 200 % zoom)', () => {
  it('breaks a word only when it is wider than the title: "spoedeisende" and "ambulances" stay whole', async () => {
    await setViewport({ width: 180, height: 640 });
    const wrap = await fixture<HTMLElement>(html`<div style="margin:0;padding:8px;font-family: system-ui, sans-serif"><clearline-status lang="nl" .data=${hospitalFeed()}></clearline-status></div>`);
    const status = wrap.querySelector('clearline-status')!;
    await waitUntil(() => status.shadowRoot!.querySelector('[part~=title]'), 'title');
    const title = status.shadowRoot!.querySelector('[part~=title]')!;
    const lines = wordLines(title);
    for (const word of ['spoedeisende', 'ambulances']) expect(lines.get(word), `"${word}" on one line`).to.equal(1);
    for (const [word, n] of lines) {
      if (wordWidth(title, word) <= title.clientWidth) expect(n, `"${word}" fits, so it is whole`).to.equal(1);
    }
    expect(title.getBoundingClientRect().right, 'nothing wider than the screen').to.be.at.most(180);
  });
});

describe('the help button leaves the end of the page readable', () => {
  /** A long page with the status and a last line, and the help launcher; scrolled to the very end. */
  async function page(width: number, height: number, banner: boolean) {
    await setViewport({ width, height });
    const feed = hospitalFeed();
    const wrap = await fixture<HTMLElement>(html`<div style="font-family: system-ui, sans-serif">
      <div style="block-size: 1500px">Nieuws</div>
      <clearline-status lang="nl" .data=${feed}></clearline-status>
      <p id="last" style="margin:0">Storing of gaslucht? Bel direct 0800-9009, dag en nacht.</p>
      ${banner ? html`<clearline-banner lang="nl" .data=${feed}></clearline-banner>` : ''}
      <clearline-help lang="nl" style="transition: none" .data=${feed}></clearline-help>
    </div>`);
    const help = wrap.querySelector<ClearlineHelp>('clearline-help')!;
    await waitUntil(() => help.shadowRoot!.querySelector('.launcher') && wrap.querySelector('clearline-status')!.shadowRoot!.querySelector('[part~=title]'), 'launcher and status');
    if (banner) await waitUntil(() => root.style.getPropertyValue(BANNER_SPACE), 'banner room');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    scrollTo(0, root.scrollHeight);
    const last = wrap.querySelector('#last')!.getBoundingClientRect();
    const launcher = help.shadowRoot!.querySelector('.launcher')!.getBoundingClientRect();
    return { wrap, help, last, launcher };
  }

  for (const [width, height] of [[360, 740], [180, 370]] as const) {
    it(`${width}x${height}: scrolled to the end, the last line is above the button, not under it`, async () => {
      const { wrap, last, launcher } = await page(width, height, false);
      expect(last.bottom, `last line ${last.top}-${last.bottom}, button from ${launcher.top}`).to.be.at.most(launcher.top);
      expect(root.style.getPropertyValue('--clearline-help-space'), 'its room, published').to.match(/^\d+px$/);
      // Gone with the button.
      wrap.querySelector('clearline-help')!.remove();
      expect(root.style.getPropertyValue('--clearline-help-space')).to.equal('');
      expect(root.style.paddingBlockEnd).to.equal('');
    });
  }

  it('180x370 with a floating banner: the last line is above the banner and the button raised over it', async () => {
    const { wrap, last, launcher } = await page(180, 370, true);
    const card = wrap.querySelector('clearline-banner')!.shadowRoot!.querySelector('[part~=banner]')!.getBoundingClientRect();
    expect(launcher.bottom, 'the button above the banner').to.be.at.most(card.top);
    expect(last.bottom, `last line ${last.top}-${last.bottom}, button from ${launcher.top}`).to.be.at.most(launcher.top);
  });

  it('a page that does not scroll gets no room from the button (no scroll bar appears)', async () => {
    await setViewport({ width: 360, height: 740 });
    const help = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" .data=${hospitalFeed()}></clearline-help>`);
    await waitUntil(() => root.style.getPropertyValue('--clearline-help-space'), 'room published');
    expect(help.isConnected).to.equal(true);
    expect(root.style.paddingBlockEnd).to.equal('');
  });
});
