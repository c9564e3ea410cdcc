// A screen-reader user browsing the status page met the last announcement at the top of it, after it had been spoken:
// "New update: Storm … Next update at 4:53 (in 20 minutes)" before the incident that says the same, and stale ("in 20
// minutes" half an hour on). The live regions of <clearline-status> and <clearline-banner> now empty a while after they
// speak (shared/live-text.ts; 10 s, shortened here); what the page shows stays, and the next change is said again.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/banner/banner.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import { LIVE_TEXT } from '../../src/components/shared/live-text.js';
import '../../src/components/status/status.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { nextSeq, statusFeed } from './helpers.js';

const keep = LIVE_TEXT.keepMs;
beforeEach(() => {
  LIVE_TEXT.keepMs = 300;
  localStorage.clear();
});
afterEach(() => {
  LIVE_TEXT.keepMs = keep;
});

const changed = (doc: StatusPayload, phase: 'monitoring' | 'identified') => {
  const d = structuredClone(doc);
  d.seq = nextSeq();
  d.incidents[0]!.phase = phase;
  return d;
};
const said = (el: HTMLElement) => el.shadowRoot!.querySelector('[role=status][aria-live=polite]')?.textContent?.trim() ?? null;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('live regions empty after they have spoken', () => {
  it('<clearline-status>: the news is said, then leaves the region; the incident stays; the next change is said', async () => {
    const first = statusFeed();
    const el = await fixture<ClearlineStatus>(html`<clearline-status lang="en" .data=${first}></clearline-status>`);
    const second = changed(first, 'monitoring');
    el.data = second;
    await el.updateComplete;
    expect(said(el)).to.match(/^New update: Storm: flights cancelled\. Monitoring the fix\./);
    await sleep(100);
    expect(said(el), 'still there while it is spoken').to.match(/^New update/);
    await waitUntil(() => said(el) === '', 'emptied', { timeout: 2000 });
    expect(el.shadowRoot!.querySelector('[part~=incident] [part~=title]')!.textContent).to.contain('Storm: flights cancelled');
    el.data = changed(second, 'identified');
    await el.updateComplete;
    expect(said(el)).to.match(/^New update: Storm: flights cancelled\. Cause identified\./);
  });

  it('<clearline-banner> alone on a page: the same, its region staying in the page, empty', async () => {
    const first = statusFeed();
    const el = await fixture<ClearlineBanner>(html`<clearline-banner lang="en" .data=${first}></clearline-banner>`);
    el.data = changed(first, 'monitoring');
    await el.updateComplete;
    await waitUntil(() => said(el), 'announced');
    expect(said(el)).to.match(/^New update: Storm: flights cancelled\. Monitoring the fix\./);
    await waitUntil(() => said(el) === '', 'emptied', { timeout: 2000 });
    expect(el.shadowRoot!.querySelector('[role=status]'), 'the region stays, for the next news').not.to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~=banner]')!.textContent).to.contain('Storm: flights cancelled');
  });
});
