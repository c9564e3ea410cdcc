// A phone 360 px wide at 200 % zoom is 180 CSS px; a host page keeps its own 16 px margins (here the body's 8 and 8 more). The emergency line sits in the
// incident card in a box of its own, and there were 87 px left for its name and number: "Gasstori/ng of gaslucht:" and
// "Gas emerge/ncy", words cut in two, where a frightened reader has to put the line back together. Now the card's and the
// box's padding shrink on so narrow a screen and the name is the size of the text: every word of the line stays whole
// (in the demo's font, system-ui: DejaVu Sans here, wider than the test page's default serif).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/status/status.js';
import { statusFeed } from './helpers.js';

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

/** The words of `el`'s text that the browser laid out over more than one line. */
function brokenWords(el: Element): string[] {
  const text = el.firstChild?.nodeType === Node.TEXT_NODE ? (el.firstChild as Text) : undefined;
  const node = text ?? document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode()!;
  const out: string[] = [];
  for (const m of node.textContent!.matchAll(/\S+/g)) {
    const r = document.createRange();
    r.setStart(node, m.index!);
    r.setEnd(node, m.index! + m[0].length);
    const tops = new Set([...r.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top)));
    if (tops.size > 1) out.push(m[0]);
  }
  return out;
}

describe('the emergency line on a phone at 200 % zoom', () => {
  // The demo energy company's line (demo/energy/feed.json).
  const label = { nl: 'Gasstoring of gaslucht', en: 'Gas emergency or gas smell' };
  const reason = { nl: 'Ruikt u gas? Ga naar buiten en bel direct, dag en nacht.', en: 'Smell gas? Go outside and call at once, day and night.' };
  for (const lang of ['nl', 'en'] as const) {
    const name = label[lang];
    it(`${lang}: "${name}" and its number keep their words whole in 180 px with the page's margins`, async () => {
      await setViewport({ width: 180, height: 370 });
      const channels = [{ id: 'nood', kind: 'phone' as const, label, href: 'tel:+318009009', wait_minutes: 2, reason, emergency: true }];
      // A critical incident lists the line at the top of its card too (as on the demo energy page), and the contact section.
      const feed = statusFeed({ channels });
      const data = { ...feed, incidents: feed.incidents.map((i) => ({ ...i, severity: 'critical' as const })) };
      const wrap = await fixture<HTMLElement>(html`<div style="padding: 0 8px; font-family: system-ui, sans-serif"><clearline-status lang=${lang} .data=${data}></clearline-status></div>`);
      const el = wrap.querySelector('clearline-status')!;
      await waitUntil(() => el.shadowRoot!.querySelector('.incident .is-emergency a'), 'emergency line shown in the incident');
      const links = [...el.shadowRoot!.querySelectorAll('.is-emergency a')];
      expect(links.length, 'in the incident and under contact').to.equal(2);
      for (const link of links) {
        expect(link.textContent).to.contain(name);
        expect(brokenWords(link), `words cut in two in ${Math.round(link.parentElement!.getBoundingClientRect().width)} px`).to.deep.equal([]);
      }
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(180);
    });
  }
});

// The trial on a phone found the emergency line's wait ("Verwachte wachttijd ongeveer 2 minuten") only in Contact, about
// 2,200 px below the box on top of the critical incident. It is in that box too now, as in Contact: after the reason.
describe('the emergency line on top of a critical incident', () => {
  const line = { id: 'nood', kind: 'phone' as const, label: { nl: 'Gasstoring of gaslucht', en: 'Gas emergency or gas smell' }, href: 'tel:+318009009', wait_minutes: 2, reason: { nl: 'Ruikt u gas? Bel direct.', en: 'Smell gas? Call at once.' }, emergency: true };
  const critical = (expiresIn?: number) => {
    const feed = statusFeed({ channels: [line] });
    const data = { ...feed, incidents: feed.incidents.map((i) => ({ ...i, severity: 'critical' as const })) };
    return expiresIn === undefined ? data : { ...data, expires_at: new Date(Date.now() + expiresIn).toISOString() };
  };
  const top = (el: Element) => el.shadowRoot!.querySelector('.incident .is-emergency')!;

  it('says its expected wait after the reason, in the reader\'s language', async () => {
    const el = await fixture<HTMLElement>(html`<clearline-status lang="nl" .data=${critical()}></clearline-status>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.incident .is-emergency'), 'the line on top');
    const parts = [...top(el).children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(parts).to.deep.equal(['Gasstoring of gaslucht: 0800 9009', 'Ruikt u gas? Bel direct.', 'Verwachte wachttijd ongeveer 2 minuten']);
  });

  it('not once the document has expired: a wait from hours ago would mislead (as in Contact)', async () => {
    const el = await fixture<HTMLElement>(html`<clearline-status lang="en" .data=${critical(-60_000)}></clearline-status>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.incident .is-emergency'), 'the line on top');
    expect(top(el).textContent).to.contain('Smell gas? Call at once.');
    expect(top(el).textContent).not.to.contain('Expected wait');
  });
});
