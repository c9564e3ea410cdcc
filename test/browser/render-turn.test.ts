import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/badge/badge.js';
import '../../src/components/banner/banner.js';
import type { ClearlineBadge } from '../../src/components/badge/badge.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import { statusFeed } from './helpers.js';

const nextTask = () =>
  new Promise<void>((resolve) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => (c.port1.close(), resolve());
    c.port2.postMessage(null);
  });

// Issue 13: banner, badge and launcher given one feed in one task used to render in that one task
// (a long task on a phone); now each renders in a task of its own, and updateComplete still
// means rendered.
describe('elements that get one feed in one task render in consecutive tasks', () => {
  it('renders the first at once and the second in a later task', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><clearline-banner></clearline-banner><clearline-badge></clearline-badge></div>`);
    const banner = wrap.querySelector('clearline-banner') as ClearlineBanner;
    const badge = wrap.querySelector('clearline-badge') as ClearlineBadge;
    await banner.updateComplete;
    await badge.updateComplete;
    await nextTask();
    const log: string[] = [];
    for (const el of [banner, badge]) el.addController({ hostUpdated: () => log.push(el.localName) });
    // A message queued before the data arrives: it runs at the start of the next task.
    const seenInFirstTask = nextTask().then(() => [...log]);
    const feed = statusFeed();
    banner.data = feed;
    badge.data = feed;
    expect(await seenInFirstTask).to.deep.equal(['clearline-banner']);
    await badge.updateComplete;
    expect(log).to.deep.equal(['clearline-banner', 'clearline-badge']);
    expect(badge.shadowRoot!.textContent).to.contain('Disruption');
    expect(banner.shadowRoot!.textContent).to.contain('Storm: flights cancelled');
  });

  it('an element that renders again in the same task does not wait for itself', async () => {
    const banner = await fixture<ClearlineBanner>(html`<clearline-banner lang="en"></clearline-banner>`);
    await banner.updateComplete;
    await nextTask();
    let renders = 0;
    banner.addController({ hostUpdated: () => void renders++ });
    const seenInFirstTask = nextTask().then(() => renders);
    banner.data = statusFeed();
    await banner.updateComplete;
    banner.data = statusFeed({ incidents: [] });
    await banner.updateComplete;
    expect(await seenInFirstTask).to.equal(2);
  });
});
