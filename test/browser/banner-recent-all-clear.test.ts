// A bus strike's all-clear at 12:29 said "until about 13:30 buses may run late". At 12:35 the home page had no banner
// at all (and the badge "no known disruptions"): what still followed was only on the status page. With no open
// incident, an incident resolved within the last hour now stays in the banner, calm, linking to its closing text.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/banner/banner.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { iso, MIN, shadowText, shownTime, statusFeed } from './helpers.js';

const mount = (data: StatusPayload, lang = 'en') => fixture<ClearlineBanner>(html`<clearline-banner lang=${lang} .data=${data}></clearline-banner>`);

function resolvedFeed(resolvedAgo: number, over: Partial<StatusPayload> = {}): StatusPayload {
  const feed = statusFeed({ status_url: 'https://example.com/status', ...over });
  Object.assign(feed.incidents[0]!, { title: { en: 'Strike over: buses starting again', nl: 'Staking voorbij: bussen komen weer op gang' }, phase: 'resolved', next_update_at: null, resolved_at: iso(-resolvedAgo) });
  return feed;
}
const hiddenish = (el: HTMLElement) => el.hidden && el.getBoundingClientRect().height === 0;

beforeEach(() => localStorage.clear());

describe('<clearline-banner> after an all-clear', () => {
  it('shows an incident resolved within the last hour, calm, with when it ended and a link to what still follows', async () => {
    const feed = resolvedFeed(6 * MIN);
    const el = await mount(feed);
    expect(hiddenish(el)).to.equal(false);
    const banner = el.shadowRoot!.querySelector('[part~=banner]')!;
    expect(banner.classList.contains('sev-ok')).to.equal(true);
    expect(banner.querySelector('.sev')!.textContent!.trim()).to.equal(`Resolved at ${shownTime(Date.parse(feed.incidents[0]!.resolved_at!))}:`);
    expect(banner.querySelector('[part~=title]')!.textContent).to.equal('Strike over: buses starting again');
    expect(banner.querySelector<HTMLAnchorElement>('a[part~=link]')!.href).to.equal('https://example.com/status');
    expect(banner.querySelector('[part~=next-update]'), 'no promise after the all-clear').to.equal(null);
    expect(shadowText(el)).not.to.contain('disruption');
    const nl = await mount(resolvedFeed(6 * MIN), 'nl');
    expect(nl.shadowRoot!.querySelector('.sev')!.textContent!.trim()).to.match(/^Opgelost om \d{1,2}:\d{2}:$/);
    expect(nl.shadowRoot!.querySelector('[part~=title]')!.textContent).to.equal('Staking voorbij: bussen komen weer op gang');
  });

  it('goes once the hour has passed, without a reload', async () => {
    const el = await mount(resolvedFeed(59 * MIN));
    expect(hiddenish(el)).to.equal(false);
    // The element's clock ticks every 30 s; move it on as a tick would.
    (el as unknown as { now: number }).now = Date.now() + 2 * MIN;
    await el.updateComplete;
    expect(hiddenish(el)).to.equal(true);
    expect(shadowText(el).trim()).to.equal('');
  });

  it('is hidden for an all-clear over an hour old, or in a document that has expired', async () => {
    expect(hiddenish(await mount(resolvedFeed(61 * MIN)))).to.equal(true);
    expect(hiddenish(await mount(resolvedFeed(6 * MIN, { issued_at: iso(-70 * MIN), expires_at: iso(-MIN) })))).to.equal(true);
  });

  it('an open incident comes first; a dismissed all-clear stays away', async () => {
    const feed = resolvedFeed(6 * MIN);
    feed.incidents.push({ ...structuredClone(statusFeed().incidents[0]!), id: 'other' });
    const el = await mount(feed);
    expect(el.shadowRoot!.querySelector('[part~=title]')!.textContent).to.equal('Storm: flights cancelled');
    expect(el.shadowRoot!.textContent).not.to.contain('(and');

    const ended = resolvedFeed(6 * MIN);
    const calm = await mount(structuredClone(ended));
    calm.shadowRoot!.querySelector<HTMLButtonElement>('[part~=dismiss]')!.click();
    await calm.updateComplete;
    expect(hiddenish(calm)).to.equal(true);
    expect(hiddenish(await mount(structuredClone(ended)))).to.equal(true);
  });
});
