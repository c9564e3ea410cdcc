import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/status/status.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import { b64, iso, keygen, MIN, outcome, serve, shadowText, sign, statusFeed, unb64, type TestKey } from './helpers.js';

let key: TestKey;
let n = 0;
before(async () => {
  key = await keygen();
});
beforeEach(() => localStorage.clear());

async function mountAndWait(src: string, opts: { lang?: string; keyJson?: string; feedId?: string } = {}) {
  const el = document.createElement('clearline-status');
  const done = outcome(el);
  el.lang = opts.lang ?? 'en';
  el.setAttribute('src', src);
  el.setAttribute('public-key', opts.keyJson ?? JSON.stringify(key.publicJwk));
  el.setAttribute('feed-id', opts.feedId ?? 'example-air');
  document.body.append(el);
  const event = await done;
  await el.updateComplete;
  return { el, event };
}

afterEach(() => document.querySelectorAll('clearline-status').forEach((e) => e.remove()));

describe('<clearline-status>', () => {
  it('renders the four parts of a verified incident, with triage and channels', async () => {
    const { el, event } = await mountAndWait(serve(JSON.stringify(await sign(statusFeed(), [key]))));
    expect(event.type).to.equal('clearline-load');
    expect(event.detail.feedId).to.equal('example-air');
    expect(event.detail.seq).to.be.a('number');
    expect(event.detail.issuedAt).to.be.a('string');
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~=incident]')).to.exist;
    expect(root.querySelector('[part~=known]')!.textContent).to.contain('Schiphol closed its runways');
    expect(root.querySelector('[part~=known] strong')!.textContent).to.equal('runways');
    expect(root.querySelector('[part~=unknown]')!.textContent).to.contain('When flights will resume');
    expect(root.querySelector('[part~=next-update]')!.textContent).to.match(/Next update (?:at |\w{3}, ).+\(in 20 minutes\)/); // after 23:40 the day is named
    const actions = [...root.querySelectorAll('[part~=action]')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
    expect(actions[0]).to.contain('You fly today');
    expect(actions[1]).to.contain('You fly later this week');
    expect(root.querySelector('[data-group=urgent]')!.textContent).to.contain('Act now');
    expect(root.querySelector('[data-group=later]')!.textContent).to.contain('Can wait');
    const link = root.querySelector<HTMLAnchorElement>('[part~=action] a')!;
    expect(link.href).to.equal('https://example.com/rebook');
    const channels = [...root.querySelectorAll('[part~=channel]')];
    expect(channels[0]!.getAttribute('data-kind'), 'call-back before the phone when the wait is long').to.equal('callback');
    expect(channels[1]!.textContent!.replace(/\s+/g, ' ')).to.contain('Expected wait about 45 minutes: very many calls because of the storm');
    const shown = /\+[\d ]+/.exec(channels[1]!.textContent!)![0];
    expect(shown.replace(/\D/g, ''), 'the number shown is the number dialled').to.equal('31201234567');
  });

  it('speaks Dutch from lang, also inherited from an ancestor', async () => {
    const url = serve(JSON.stringify(await sign(statusFeed(), [key])));
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const el = document.createElement('clearline-status');
    const done = outcome(el);
    el.setAttribute('src', url);
    el.setAttribute('public-key', JSON.stringify(key.publicJwk));
    wrapper.append(el);
    await done;
    await el.updateComplete;
    const text = shadowText(el);
    expect(text).to.contain('Wat we weten');
    expect(text).to.contain('Schiphol heeft om 10:00 de banen gesloten');
    expect(text).to.contain('Kom nu in actie');
    expect(text).to.contain('Verwachte wachttijd ongeveer 45 minuten');
  });

  it('shows a calm all-clear only for a verified, unexpired feed without open incidents', async () => {
    const { el } = await mountAndWait(serve(JSON.stringify(await sign(statusFeed({ incidents: [] }), [key]))));
    expect(el.shadowRoot!.querySelector('[part~=all-clear]')!.textContent).to.contain('No known disruptions');
  });

  for (const [name, make, code] of [
    ['tampered', async () => {
      const env = await sign(statusFeed(), [key]);
      return JSON.stringify({ ...env, payload: b64(unb64(env.payload).replace('Schiphol', 'Scamphol')) });
    }, 'signature'],
    ['unpinned key', async () => JSON.stringify(await sign(statusFeed(), [await keygen()])), 'signature'],
    ['long expired', async () => JSON.stringify(await sign(statusFeed({ issued_at: iso(-5 * 1440 * MIN), expires_at: iso(-4 * 1440 * MIN) }), [key])), 'expired'],
    ['wrong typ', async () => JSON.stringify(await sign(statusFeed(), [key], 'faq')), 'signature'],
  ] as const) {
    it(`refuses a ${name} feed with "${code}" and shows none of its content`, async () => {
      const { el, event } = await mountAndWait(serve(await make()));
      expect(event.type).to.equal('clearline-error');
      expect(event.detail.code).to.equal(code);
      const text = shadowText(el);
      expect(text).not.to.contain('Schiphol');
      expect(text).not.to.contain('Scamphol');
      expect(text).not.to.contain('No known disruptions');
      expect(text).to.contain('Status unknown');
      expect(text, 'the reader never sees a code').not.to.contain(`[${code}]`);
    });
  }

  it('a first visit to a feed that expired an hour ago: its incident and channels, marked outdated once, never current', async () => {
    const events: string[] = [];
    const record = (e: Event) => events.push(`${e.type} ${(e as CustomEvent).detail.code ?? ''}`.trim());
    document.addEventListener('clearline-load', record);
    document.addEventListener('clearline-error', record);
    const { el } = await mountAndWait(serve(JSON.stringify(await sign(statusFeed({ issued_at: iso(-120 * MIN), expires_at: iso(-60 * MIN) }), [key]))));
    document.removeEventListener('clearline-load', record);
    document.removeEventListener('clearline-error', record);
    expect(events, 'a genuine document arrived, and it is out of date').to.deep.equal(['clearline-load', 'clearline-error expired']);
    const notices = [...el.shadowRoot!.querySelectorAll('[part~=notice]')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
    expect(notices.length, notices.join(' | ')).to.equal(1);
    // Two hours back is yesterday just after midnight, and then the day is named: "from Tue, Dec 1, 10:35 PM".
    expect(notices[0]).to.match(/^Outdated: this information dates from (\p{L}+, \p{L}+ \d{1,2}, )?\d/u);
    const text = shadowText(el);
    expect(text).to.contain('Schiphol');
    expect(text).not.to.match(/Last confirmed|No known disruptions|Expected wait/);
    expect([...el.shadowRoot!.querySelectorAll('[part~=channel]')].map((c) => c.textContent).join(' ')).to.contain('+31');
  });

  it('reports "config" and fetches nothing without a public key', async () => {
    let fetched = false;
    const original = window.fetch;
    window.fetch = (...args) => ((fetched = true), original(...args));
    try {
      const { el, event } = await mountAndWait(serve('{}'), { keyJson: '' });
      expect(event.detail.code).to.equal('config');
      expect(fetched).to.equal(false);
      expect(shadowText(el)).to.contain('not set up correctly');
    } finally {
      window.fetch = original;
    }
  });

  it('refuses a rollback after a reload, keeping the remembered seq in localStorage', async () => {
    const seq = Date.now() + 10_000_000;
    const first = await mountAndWait(serve(JSON.stringify(await sign(statusFeed({ seq }), [key]))), { feedId: 'example-air' });
    expect(first.event.type).to.equal('clearline-load');
    first.el.remove();
    expect(Object.keys(localStorage).some((k) => k.startsWith('clearline:seq:'))).to.equal(true);
    const old = statusFeed({ seq: seq - 1 });
    old.incidents[0]!.known = 'OLD CONTENT';
    const second = await mountAndWait(serve(JSON.stringify(await sign(old, [key]))), { feedId: 'example-air' });
    expect(second.event.detail.code).to.equal('rollback');
    expect(shadowText(second.el)).not.to.contain('OLD CONTENT');
  });

  it('keeps the last verified data, marked with its time, when a new load fails', async () => {
    const { el } = await mountAndWait(serve(JSON.stringify(await sign(statusFeed({ feed_id: `stale-${++n}` }), [key]))), { feedId: `stale-${n}` });
    const bad = await sign(statusFeed({ feed_id: `stale-${n}` }), [await keygen()]);
    const failed = new Promise<CustomEvent>((r) => el.addEventListener('clearline-error', (e) => r(e as CustomEvent), { once: true }));
    // Same source, new fetch: the host now serves a document signed by somebody else.
    const source = (el as unknown as { feed: { source: { options: { url: string }; refresh(): Promise<void> } } }).feed.source!;
    source.options.url = serve(JSON.stringify(bad));
    await source.refresh();
    expect((await failed).detail.code).to.equal('signature');
    await el.updateComplete;
    const notice = el.shadowRoot!.querySelector('[part~=notice]')!;
    expect(notice.textContent).to.match(/Last confirmed at \d/);
    expect(notice.textContent).to.contain('could not be confirmed as genuine');
    expect(shadowText(el)).to.contain('Schiphol closed its runways');
  });

  it('lang="en" with a feed on a European clock: "Last confirmed at" in British time, as the next update (no AM/PM)', async () => {
    const id = `uk-${++n}`;
    const feed = (k: Awaited<ReturnType<typeof keygen>>) => sign(statusFeed({ feed_id: id, time_zone: 'Europe/London' }), [k]);
    const { el } = await mountAndWait(serve(JSON.stringify(await feed(key))), { feedId: id });
    const source = (el as unknown as { feed: { source: { options: { url: string }; refresh(): Promise<void> } } }).feed.source!;
    source.options.url = serve(JSON.stringify(await feed(await keygen())));
    await source.refresh();
    await el.updateComplete;
    const notice = el.shadowRoot!.querySelector('[part~=notice]')!.textContent!;
    expect(notice, notice).to.match(/Last confirmed at \d/);
    expect(/AM|PM/.test(notice), notice).to.equal(false);
    expect(/AM|PM/.test(el.shadowRoot!.querySelector('[part~=next-update]')!.textContent!)).to.equal(false);
  });

  it('says honestly when a promised update is late', async () => {
    const feed = statusFeed();
    feed.incidents[0]!.next_update_at = iso(-15 * MIN);
    const el = await fixture<ClearlineStatus>(html`<clearline-status lang="en" .data=${feed}></clearline-status>`);
    expect(el.shadowRoot!.querySelector('[part~=next-update]')!.textContent).to.match(/late|overdue/);
  });

  it('never shows an all-clear for expired data given directly', async () => {
    const el = await fixture<ClearlineStatus>(html`<clearline-status lang="en" .data=${statusFeed({ incidents: [], issued_at: iso(-120 * MIN), expires_at: iso(-60 * MIN) })}></clearline-status>`);
    const text = shadowText(el);
    expect(text).not.to.contain('No known disruptions');
    expect(text).to.contain('Outdated');
  });

  it('keeps the channels of expired data, without their waits (hours-old "45 minutes" would mislead)', async () => {
    const el = await fixture<ClearlineStatus>(html`<clearline-status lang="en" .data=${statusFeed({ issued_at: iso(-120 * MIN), expires_at: iso(-60 * MIN) })}></clearline-status>`);
    const channels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=channel]')];
    expect(channels.length).to.be.greaterThan(1);
    expect(channels.map((c) => c.textContent).join(' ')).to.contain('+31');
    expect(shadowText(el)).not.to.match(/Expected wait|No wait expected/);
  });

  it('shows a skeleton, not a blank, while loading', async () => {
    const el = await fixture<ClearlineStatus>(html`<clearline-status src="/never-answers" public-key=${JSON.stringify(key.publicJwk)}></clearline-status>`);
    expect(el.shadowRoot!.querySelector('[part~=skeleton]')).to.exist;
  });
});
