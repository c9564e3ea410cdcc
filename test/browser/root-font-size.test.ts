// A telecom's site (trial G) had the CMS habit `html { font-size: 62.5% }` with its body text set back to 16px. Inside
// every element the headings and labels sized in rem dropped to 8–10 px ("What we know", the FAQ's questions, "Help",
// "Call now", the line under the telecare number that says when to call it), while the paragraphs stayed 16px. Text in
// the elements now follows the element (em), not the page's root: the same sizes on both pages.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/status/status.js';
import '../../src/components/faq/faq.js';
import '../../src/components/help/help.js';
import '../../src/components/banner/banner.js';
import '../../src/components/badge/badge.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';

/** Every element inside `host`'s shadow root (and nested ones) with text of its own: a name for it and its font size. */
function textSizes(host: Element): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim()).join(' ');
      if (own && el.getClientRects().length) out.push([`${host.localName} ${el.localName}.${el.className} “${own.slice(0, 40)}”`, getComputedStyle(el).fontSize]);
    }
  };
  walk(host.shadowRoot!);
  return out;
}

/** The height of every link, button and field inside `host` (tap targets), and the help dialog's width. */
function targets(host: Element): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const el of host.shadowRoot!.querySelectorAll('a, button, input, dialog')) {
    if (!el.getClientRects().length) continue;
    const box = el.getBoundingClientRect();
    out.push([`${host.localName} ${el.localName} “${el.textContent!.trim().slice(0, 30)}”`, Math.round(el.localName === 'dialog' ? box.width : box.height)]);
  }
  return out;
}

async function page(): Promise<Element[]> {
  const feed = helpFeed();
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <clearline-badge lang="en" .data=${feed}></clearline-badge>
    <clearline-banner lang="en" href="/status" .data=${feed}></clearline-banner>
    <clearline-status lang="en" .data=${feed}></clearline-status>
    <clearline-faq lang="en" .statusData=${feed} .entries=${HELP_ENTRIES}></clearline-faq>
    <clearline-help lang="en" .data=${feed} .entries=${HELP_ENTRIES}></clearline-help>
  </div>`);
  const help = wrap.querySelector<ClearlineHelp>('clearline-help')!;
  await help.show();
  await waitUntil(() => help.shadowRoot!.querySelector('[part~=still-need-us]'), 'the help dialog');
  help.shadowRoot!.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
  await help.updateComplete;
  help.shadowRoot!.querySelector<HTMLButtonElement>('button.reason[data-reason="smell-gas"]')!.click();
  await help.updateComplete;
  await waitUntil(() => wrap.querySelector('clearline-faq')!.shadowRoot!.querySelector('input[type=search]'), 'the FAQ');
  return [...wrap.children];
}

describe('text inside the elements does not follow the page’s root font size', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    document.body.style.fontSize = '';
  });

  it('html { font-size: 62.5% } with body text at 16px: every text the same size as on a page without it', async () => {
    const hosts = await page();
    const usual = hosts.flatMap(textSizes);
    expect(usual.length, 'texts measured').to.be.above(40);
    document.documentElement.style.fontSize = '62.5%';
    document.body.style.fontSize = '16px';
    const cms = hosts.flatMap(textSizes);
    const changed = cms.map(([name, size], i) => (size === usual[i]![1] ? '' : `${name}: ${usual[i]![1]} -> ${size}`)).filter(Boolean);
    expect(changed, 'texts whose size followed the root').to.deep.equal([]);
    const smallest = Math.min(...cms.map(([, s]) => parseFloat(s)));
    expect(smallest, 'the smallest text').to.be.at.least(12);
  });

  it('the tap targets keep their height and the help dialog its width (it was 280 px wide on such a page)', async () => {
    const hosts = await page();
    const usual = hosts.flatMap(targets);
    expect(usual.length, 'targets measured').to.be.above(10);
    document.documentElement.style.fontSize = '62.5%';
    document.body.style.fontSize = '16px';
    const cms = hosts.flatMap(targets);
    expect(cms.map(([name, n], i) => (n === usual[i]![1] ? '' : `${name}: ${usual[i]![1]} -> ${n}`)).filter(Boolean)).to.deep.equal([]);
  });
});
