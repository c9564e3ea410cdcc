import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/banner/banner.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { iso, MIN, nextSeq, statusFeed } from './helpers.js';

// A page with only a banner (and badge) told screen readers nothing when an incident appeared,
// changed or was resolved: only <clearline-status> had a live region.
const mount = (data: StatusPayload | undefined, lang = 'en') => fixture<ClearlineBanner>(html`<clearline-banner lang=${lang} .data=${data}></clearline-banner>`);
const region = (el: ClearlineBanner) => el.shadowRoot!.querySelector('[role=status][aria-live=polite]');
const said = (el: ClearlineBanner) => region(el)?.textContent?.trim() ?? null;
const next = (doc: StatusPayload, change: (d: StatusPayload) => void = () => {}) => {
  const d = structuredClone(doc);
  d.seq = nextSeq();
  change(d);
  return d;
};
const setData = async (el: ClearlineBanner, data: StatusPayload) => {
  el.data = data;
  await el.updateComplete;
};

beforeEach(() => localStorage.clear());

describe('<clearline-banner> live region', () => {
  it('announces a changed document once, politely; not on the first load, a re-poll or a re-signed identical document', async () => {
    const first = statusFeed();
    const el = await mount(first);
    expect(said(el), 'nothing on first load').to.equal(null);
    await setData(el, structuredClone(first)); // the same document again (a poll)
    await setData(el, next(first)); // re-signed, same content
    expect(said(el), 'nothing for the same content').to.equal(null);
    const second = next(first, (d) => (d.incidents[0]!.phase = 'monitoring'));
    await setData(el, second);
    expect(said(el), 'the region is in the page before its text').to.equal('');
    await waitUntil(() => said(el), 'announced');
    expect(said(el)).to.match(/^New update: Storm: flights cancelled\. Monitoring the fix\. Next update (?:at |\w{3}, )/); // after 23:40 the day is named
    await setData(el, next(second)); // re-signed again: the region keeps its text, no new announcement
    expect(said(el)).to.match(/^New update: Storm/);
  });

  it('announces the all-clear when the last incident is resolved, and stays in the page without a box for it once the all-clear is over an hour old', async () => {
    const first = statusFeed();
    const el = await mount(first, 'nl');
    await setData(el, next(first, (d) => Object.assign(d.incidents[0]!, { phase: 'resolved', next_update_at: null, resolved_at: iso(-MIN) })));
    expect(el.hidden, 'not hidden: a hidden region says nothing').to.equal(false);
    // The all-clear of the last hour stays on the line (banner-recent-all-clear.test.ts).
    expect(el.shadowRoot!.querySelector('[part~=banner] .sev')!.textContent).to.match(/^Opgelost om /);
    await waitUntil(() => said(el), 'announced');
    expect(said(el)).to.equal('Nieuwe update: Storm: vluchten geannuleerd. Opgelost. Geen storingen bekend.');
    await setData(el, next(first, (d) => Object.assign(d.incidents[0]!, { phase: 'resolved', next_update_at: null, resolved_at: iso(-61 * MIN) })));
    expect(el.hidden, 'not hidden: a hidden region says nothing').to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~=banner]'), 'no banner line').to.equal(null);
    await waitUntil(() => document.documentElement.style.getPropertyValue('--clearline-banner-space') === '', 'no room taken at the bottom');
  });

  it('announces an incident that appears on a page that had none', async () => {
    const none = statusFeed({ incidents: [] });
    const el = await mount(none);
    expect(el.hidden).to.equal(true);
    await setData(el, next(none, (d) => (d.incidents = statusFeed().incidents)));
    expect(el.hidden).to.equal(false);
    await waitUntil(() => said(el), 'announced');
    expect(said(el)).to.match(/^New update: Storm: flights cancelled\./);
  });

  it('leaves it to a <clearline-status> on the same page, so nothing is said twice', async () => {
    const status = document.createElement('clearline-status'); // only its presence matters here
    document.body.append(status);
    try {
      const first = statusFeed();
      const el = await mount(first);
      await setData(el, next(first, (d) => (d.incidents[0]!.phase = 'monitoring')));
      expect(said(el)).to.equal(null);
    } finally {
      status.remove();
    }
  });
});
