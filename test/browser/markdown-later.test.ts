import { expect } from '@open-wc/testing';
import { statusFeed } from './helpers.js';

// Issue 13: the Markdown chunk (marked, DOMPurify) loads after the first content is painted, not
// when an element's code is evaluated: its tasks (15–60 ms each) used to fall between the feed
// check and the first render. This file runs in a page of its own, so nothing loaded it before.

const requested = (pattern: RegExp) => performance.getEntriesByType('resource').some((e) => pattern.test(e.name));
const MARKED = /\/marked[./]|\/dompurify\/|purify/;

describe('the Markdown chunk loads after the first paint', () => {
  it('is not requested when the element code is evaluated, nor before the first content render', async () => {
    const lazy = await import('../../src/content/markdown-lazy.js');
    await import('../../src/components/status/status.js');
    await new Promise((r) => setTimeout(r, 100));
    expect(requested(MARKED), 'marked or DOMPurify requested by evaluating the element code').to.equal(false);
    expect(lazy.markdown()).to.equal(undefined);

    const feed = statusFeed();
    feed.incidents[0]!.known = 'The **runways** are closed. See [the airport](https://example.com/airport).';
    const el = document.createElement('clearline-status') as HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };
    el.lang = 'en';
    el.data = feed;
    // The moment the title is in the shadow DOM (the first content render), the renderer has not been asked for.
    // (The shadow root exists once the element is connected; its first render comes after.)
    let atFirstRender: boolean | undefined;
    document.body.append(el);
    const root = el.shadowRoot!;
    expect(root.textContent).to.not.contain('Storm: flights cancelled');
    await new Promise<void>((resolve) => {
      new MutationObserver((_, observer) => {
        if (!root.textContent!.includes('Storm: flights cancelled')) return;
        atFirstRender = requested(MARKED) || lazy.markdown() !== undefined;
        observer.disconnect();
        resolve();
      }).observe(root, { childList: true, subtree: true, characterData: true });
    });
    expect(atFirstRender, 'Markdown requested before the first content render').to.equal(false);
    // Drawn by the stand-in in the same blocks (markdown-plain.ts), before the renderer arrives.
    expect(root.querySelector('[part~=known] .md')!.textContent).to.contain('runways');

    // Then it arrives by itself (no one awaits updateComplete, which would ask for it), and the element draws the Markdown.
    for (let i = 0; i < 100 && !root.querySelector('[part~=known] .md a'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(lazy.markdown(), 'the renderer arrived').to.not.equal(undefined);
    expect(requested(MARKED)).to.equal(true);
    // The link is a real link only once marked has drawn it (the stand-in draws its text only).
    expect(root.querySelector('[part~=known] .md a')?.getAttribute('href')).to.equal('https://example.com/airport');
    el.remove();
  });
});
