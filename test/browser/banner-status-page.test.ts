import { expect } from '@open-wc/testing';
import '../../src/components/banner/banner.js';
import '../../src/components/status/status.js';
import { keygen, outcome, serve, shadowText, sign, statusFeed } from './helpers.js';

// A site puts the banner in its page template, so it is on the status page too. There it repeated the
// incident the page shows in full, floating over that page's content (at 360 px over its emergency line).
async function page(statusSrc: (feedUrl: string) => string, placement = 'bottom') {
  const key = await keygen();
  const url = serve(JSON.stringify(await sign(statusFeed(), [key])));
  const status = document.createElement('clearline-status');
  status.setAttribute('src', statusSrc(url));
  status.setAttribute('public-key', JSON.stringify(key.publicJwk));
  const banner = document.createElement('clearline-banner');
  banner.lang = 'en';
  banner.setAttribute('placement', placement);
  banner.setAttribute('src', url);
  banner.setAttribute('public-key', JSON.stringify(key.publicJwk));
  const done = outcome(banner);
  document.body.append(banner, status);
  expect((await done).type).to.equal('clearline-load');
  await banner.updateComplete;
  return { banner, status, remove: () => (banner.remove(), status.remove()) };
}

beforeEach(() => localStorage.clear());

describe('<clearline-banner> on a page with <clearline-status>', () => {
  it('floating, shows nothing when the status element shows the same feed', async () => {
    const { banner, remove } = await page((url) => url);
    expect(banner.hidden).to.equal(true);
    expect(banner.getBoundingClientRect().height).to.equal(0);
    expect(shadowText(banner)).not.to.contain('Storm: flights cancelled');
    remove();
  });

  it('still shows the incident inline, where the site put it on purpose (a summary at the top linking to the status)', async () => {
    const { banner, remove } = await page((url) => url, 'inline');
    expect(banner.hidden).to.equal(false);
    expect(shadowText(banner)).to.contain('Storm: flights cancelled');
    remove();
  });

  it('still shows an incident of another feed (a page about something else)', async () => {
    const other = serve(JSON.stringify(await sign(statusFeed({ feed_id: 'other' }), [await keygen()])));
    const { banner, remove } = await page(() => other);
    expect(banner.hidden).to.equal(false);
    expect(shadowText(banner)).to.contain('Storm: flights cancelled');
    remove();
  });
});
