import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/status/status.js';
import { statusFeed } from './helpers.js';

// Trial Y, a US water utility: on a 360 px phone with the page's text at 200 % (root font size 32 px, which no media query
// sees), the status card's emergency box read "IN AN EMERGENC / Y": the label kept its 1.25em and the box its padding.
describe('the emergency label on a 360 px phone with text at 200 %', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('"EMERGENCY" stays on one line and inside the card', async () => {
    await setViewport({ width: 360, height: 780 });
    document.documentElement.style.fontSize = '200%';
    const channels = [
      { id: 'em', kind: 'phone' as const, label: { en: 'Water emergency line' }, href: 'tel:+13125550140', emergency: true },
      { id: '911', kind: 'phone' as const, label: { en: '911' }, href: 'tel:911', emergency: true },
    ];
    const feed = statusFeed({ channels });
    feed.incidents[0]!.severity = 'critical';
    const el = await fixture<HTMLElement>(html`<div style="margin:0;padding:0 1rem;font-size:1rem;font-family:sans-serif">
      <clearline-status lang="en" .data=${feed}></clearline-status>
    </div>`);
    const status = el.querySelector('clearline-status')!;
    await waitUntil(() => status.shadowRoot!.querySelector('.emergency-label'), 'emergency line shown');
    const label = status.shadowRoot!.querySelector<HTMLElement>('.emergency-label')!;
    const text = [...label.childNodes].find((n): n is Text => n.nodeType === 3 && /emergency/i.test(n.textContent!))!;
    const at = text.data.toLowerCase().indexOf('emergency');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 'emergency'.length);
    expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size, '"EMERGENCY" on one line').to.equal(1);
    expect(label.parentElement!.getBoundingClientRect().right, 'emergency box right edge, px').to.be.at.most(360 - 32 + 0.5);
    // On a desktop the label keeps its larger size.
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 1000, height: 780 });
    expect(parseFloat(getComputedStyle(label).fontSize)).to.be.closeTo(1.25 * parseFloat(getComputedStyle(label.parentElement!).fontSize), 0.5);
  });
});
