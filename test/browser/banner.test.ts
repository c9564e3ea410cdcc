import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/banner/banner.js';
import { ClearlineBanner } from '../../src/components/banner/banner.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { iso, keygen, MIN, nextSeq, outcome, serve, shadowText, shownTime, sign, statusFeed } from './helpers.js';

const mount = (data: StatusPayload | undefined, opts: { lang?: string; href?: string } = {}) =>
  fixture<ClearlineBanner>(html`<clearline-banner lang=${opts.lang ?? 'en'} href=${opts.href ?? ''} .data=${data}></clearline-banner>`);

function twoIncidents(): StatusPayload {
  const feed = statusFeed({ status_url: 'https://example.com/status' });
  feed.incidents.push({
    ...structuredClone(feed.incidents[0]!),
    id: 'strike',
    title: { en: 'Strike: baggage delays', nl: 'Staking: vertraging bagage' },
    severity: 'critical',
    updated_at: iso(-30 * MIN),
    next_update_at: iso(45 * MIN),
  });
  return feed;
}

const hiddenish = (el: HTMLElement) => el.hidden && el.getBoundingClientRect().height === 0 && getComputedStyle(el).display === 'none';

beforeEach(() => localStorage.clear());

describe('<clearline-banner>', () => {
  it('shows the most severe open incident with its next update and a link to status_url', async () => {
    // One feed, mounted and read back: a second twoIncidents() a moment later can promise the next minute.
    const feed = twoIncidents();
    const el = await mount(feed);
    const banner = el.shadowRoot!.querySelector('[part~=banner]')!;
    expect(el.hidden).to.equal(false);
    expect(banner.querySelector('[part~=title]')!.textContent).to.equal('Strike: baggage delays');
    expect(banner.textContent).to.contain('Critical disruption');
    expect(banner.querySelector('svg')).to.exist;
    const at = Date.parse(feed.incidents[1]!.next_update_at!);
    // Late in the evening the promised time is tomorrow, and then the day is named before it.
    expect(banner.querySelector('[part~=next-update]')!.textContent).to.equal(`Next update ${shownTime(at)}`);
    const link = banner.querySelector<HTMLAnchorElement>('a[part~=link]')!;
    expect(link.href).to.equal('https://example.com/status');
    // The title is the link, with the other open incident it leads to: a major one under a critical one is named, not
    // only counted (banner-also.test.ts, trial W; a minor one is counted, banner-more.test.ts).
    expect(link.textContent, 'the title is the link').to.equal('Strike: baggage delays. Also: Storm: flights cancelled');
  });

  it('links to its href attribute when given', async () => {
    const el = await mount(twoIncidents(), { href: '/status' });
    expect(el.shadowRoot!.querySelector('a[part~=link]')!.getAttribute('href')).to.equal('/status');
  });

  it('speaks Dutch and says when an update is late', async () => {
    const feed = statusFeed();
    feed.incidents[0]!.next_update_at = iso(-5 * MIN);
    const el = await mount(feed, { lang: 'nl' });
    const text = shadowText(el);
    expect(text).to.contain('Storm: vluchten geannuleerd');
    expect(text).to.contain('Grote hinder');
    expect(text).to.match(/Update van .+ is te laat/);
    const en = await mount(feed);
    expect(shadowText(en)).to.match(/Update promised for .+ is late/);
  });

  it('keeps the incident of an expired feed, marked "Not confirmed since" instead of its next update (never vanishes like an all-clear)', async () => {
    const issued = iso(-120 * MIN);
    const expired = () => statusFeed({ issued_at: issued, expires_at: iso(-60 * MIN) });
    const el = await mount(expired());
    expect(hiddenish(el)).to.equal(false);
    const banner = el.shadowRoot!.querySelector('[part~=banner]')!;
    expect(banner.querySelector('[part~=title]')!.textContent).to.equal('Storm: flights cancelled');
    expect(banner.querySelector('[part~=outdated]')!.textContent).to.equal(`Not confirmed since ${shownTime(Date.parse(issued))}`);
    expect(banner.querySelector('[part~=next-update]'), 'no stale promise').to.equal(null);
    const nl = await mount(expired(), { lang: 'nl' });
    expect(nl.shadowRoot!.querySelector('[part~=outdated]')!.textContent).to.match(/^Niet meer bevestigd sinds .*\d{1,2}:\d{2}$/); // with the day when that was not today (after midnight); Dutch writes 0:02 before 10:00
  });

  for (const [name, data] of [
    ['there is no open incident', statusFeed({ incidents: [] })],
    ['only incidents resolved over an hour ago', statusFeed({ incidents: [{ ...statusFeed().incidents[0]!, phase: 'resolved', next_update_at: null, resolved_at: iso(-61 * MIN) }] })],
    ['the expired data has no open incident', statusFeed({ incidents: [], issued_at: iso(-120 * MIN), expires_at: iso(-60 * MIN) })],
    ['there is no data', undefined],
  ] as const) {
    it(`is hidden and takes no space when ${name}`, async () => {
      const el = await mount(data as StatusPayload | undefined);
      expect(hiddenish(el)).to.equal(true);
      expect(shadowText(el).trim()).to.equal('');
    });
  }

  it('is hidden for a feed that fails verification', async () => {
    const el = document.createElement('clearline-banner');
    el.setAttribute('src', serve(JSON.stringify(await sign(statusFeed(), [await keygen()]))));
    el.setAttribute('public-key', JSON.stringify((await keygen()).publicJwk));
    const done = outcome(el);
    document.body.append(el);
    expect((await done).detail.code).to.equal('signature');
    await el.updateComplete;
    expect(hiddenish(el)).to.equal(true);
    el.remove();
  });

  it('stays dismissed on this page when storage refuses to save', async () => {
    const original = ClearlineBanner.store;
    ClearlineBanner.store = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    try {
      const el = await mount(statusFeed({ feed_id: 'full-storage' }));
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~=dismiss]')!.click();
      await el.updateComplete;
      expect(el.hidden, 'dismissed despite the full storage').to.equal(true);
    } finally {
      ClearlineBanner.store = original;
    }
  });

  it('keyboard: after the last dismissal focus goes on to the next control after the banner, not back to the top of the page', async () => {
    const page = await fixture<HTMLElement>(html`<div><a href="#top">Home</a><clearline-banner lang="en" .data=${twoIncidents()}></clearline-banner>
      <button disabled>Off</button><a href="#main" id="after">Skip to the news</a></div>`);
    const el = page.querySelector('clearline-banner')!;
    await el.updateComplete;
    const dismiss = () => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~=dismiss]')!;
    dismiss().focus();
    dismiss().click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === dismiss(), 'the next incident\'s dismiss button keeps the focus').to.equal(true);
    dismiss().click();
    await el.updateComplete;
    await el.updateComplete;
    expect(document.activeElement?.id || document.activeElement?.tagName).to.equal('after');
  });

  it('is dismissed with a named button, remembered, and back when that incident changes', async () => {
    const feed = twoIncidents();
    const el = await mount(feed);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~=dismiss]')!;
    expect(button.getAttribute('aria-label')).to.equal('Dismiss: Strike: baggage delays');
    const dismissed = new Promise<CustomEvent>((r) => el.addEventListener('clearline-dismiss', (e) => r(e as CustomEvent), { once: true }));
    button.focus();
    button.click();
    expect((await dismissed).detail).to.deep.equal({ feedId: 'example-air', incidentId: 'strike' });
    await el.updateComplete;
    // The next open incident takes its place.
    expect(el.shadowRoot!.querySelector('[part~=title]')!.textContent).to.equal('Storm: flights cancelled');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~=dismiss]')!.click();
    await el.updateComplete;
    expect(hiddenish(el)).to.equal(true);

    // A reload (a new element, a re-signed feed with the same incidents) stays dismissed.
    const again = await mount({ ...structuredClone(feed), seq: nextSeq() });
    expect(hiddenish(again)).to.equal(true);

    // The strike incident changes: it comes back; the unchanged storm stays dismissed.
    const changed = structuredClone(feed);
    changed.seq = nextSeq();
    changed.incidents[1]!.known = 'Unions and management agreed to talk.';
    changed.incidents[1]!.updated_at = iso(0);
    const third = await mount(changed);
    expect(third.hidden).to.equal(false);
    expect(third.shadowRoot!.querySelector('[part~=title]')!.textContent).to.equal('Strike: baggage delays');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('clearline:dismissed:example-air:'))).to.have.length(2);
  });

  it('loads a signed feed and emits clearline-load', async () => {
    const key = await keygen();
    const el = document.createElement('clearline-banner');
    el.lang = 'en';
    el.setAttribute('src', serve(JSON.stringify(await sign(statusFeed({ feed_id: 'banner-feed' }), [key]))));
    el.setAttribute('public-key', JSON.stringify(key.publicJwk));
    el.setAttribute('feed-id', 'banner-feed');
    const done = outcome(el);
    document.body.append(el);
    const event = await done;
    expect(event.type).to.equal('clearline-load');
    expect(event.detail.feedId).to.equal('banner-feed');
    await el.updateComplete;
    expect(el.hidden).to.equal(false);
    expect(shadowText(el)).to.contain('Storm: flights cancelled');
    el.remove();
  });
});
