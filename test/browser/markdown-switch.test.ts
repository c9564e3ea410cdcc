import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import '../../src/components/status/status.js';
import { MarkdownReady } from '../../src/components/shared/markdown-ready.js';
import { iso, MIN, statusFeed } from './helpers.js';

// Issue 13: when the Markdown renderer arrives, a status page used to render every text with
// marked and DOMPurify in one task (236 ms at 4× CPU slowdown on the demo status page, its longest
// task). Now the texts drawn plain are rendered each in a task of its own, and the element
// switches over in one render that only inserts them.

function fakeHost() {
  const host = { updates: 0, addController() {}, removeController() {}, requestUpdate() { host.updates++; }, updateComplete: Promise.resolve(true) };
  return host;
}

describe('switching from plain text to Markdown', () => {
  it('renders the texts drawn plain one per task, then uses each prepared text', async () => {
    // A task counter: a chain of timers, each a task of its own, interleaved with the slices' own tasks.
    let task = 0;
    let ticking = true;
    const tick = () => {
      task++;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const calls: { source: string; task: number }[] = [];
    const real = {
      renderMarkdown(source: string) {
        calls.push({ source, task });
        const f = document.createDocumentFragment();
        const a = document.createElement('a');
        a.href = 'https://example.com/';
        a.textContent = source;
        f.append(a);
        return f;
      },
    };
    const host = fakeHost();
    const ready = new MarkdownReady(host as unknown as ReactiveControllerHost, () => true, undefined, async () => real);

    const texts = Array.from({ length: 10 }, (_, i) => `Text **${i}** with [a link](https://example.com/${i}).`);
    for (const text of texts) {
      const plain = ready.renderer().renderMarkdown(text);
      expect(plain.querySelector('a'), 'drawn plain before the renderer arrives').to.equal(null);
    }
    expect(await ready.settle(true, async () => true)).to.equal(true);
    ticking = false;

    expect(calls.map((c) => c.source)).to.deep.equal(texts);
    const perTask = new Map<number, number>();
    for (const c of calls) perTask.set(c.task, (perTask.get(c.task) ?? 0) + 1);
    expect(Math.max(...perTask.values()), 'texts rendered in one task').to.equal(1);
    expect(host.updates, 'one render to switch over').to.equal(1);

    // The switch-over render inserts what was prepared; a text seen again (or new) is rendered then.
    expect(ready.renderer().renderMarkdown(texts[3]!).querySelector('a')?.textContent).to.equal(texts[3]);
    expect(calls.length).to.equal(10);
    ready.renderer().renderMarkdown(texts[3]!);
    ready.renderer().renderMarkdown('New text.');
    expect(calls.length).to.equal(12);
  });

  it('shows every text as Markdown in the status element, also a text that appears twice', async () => {
    const known = 'The **pumping station** failed. See [the map](https://example.com/map).';
    const feed = statusFeed();
    const inc = feed.incidents[0]!;
    inc.known = known;
    inc.unknown = '- When the pressure returns\n- Whether the water must be boiled';
    inc.updates = [{ at: iso(-30 * MIN), known, unknown: 'Where the leak is.' }];
    const el = document.createElement('clearline-status') as HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };
    el.lang = 'en';
    el.data = feed;
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.md a')].filter((a) => a.textContent === 'the map');
    expect(links.length, 'the text in the incident and in its earlier update').to.equal(2);
    for (const a of links) expect(a.getAttribute('href')).to.equal('https://example.com/map');
    expect(root.querySelectorAll('[part~=unknown] .md li').length).to.equal(2);
    el.remove();
  });
});
