import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/badge/badge.js';
import '../../src/components/banner/banner.js';
import '../../src/components/status/status.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { Incident, StatusPayload } from '../../src/feed/schema.js';
import { formatDateTime } from '../../src/i18n/lang.js';
import { iso, keygen, MIN, nextSeq, outcome, serve, shadowText, shownTime, sign, statusFeed } from './helpers.js';

const incident = (id: string, severity: Incident['severity'], updatedMin: number, extra: Partial<Incident> = {}): Incident => ({
  id,
  title: { en: `Title ${id}`, nl: `Titel ${id}` },
  severity,
  phase: 'investigating',
  started_at: iso(-120 * MIN),
  updated_at: iso(updatedMin * MIN),
  known: 'Known.',
  unknown: 'Unknown.',
  next_update_at: iso(20 * MIN),
  ...extra,
});

const mount = (data: StatusPayload, lang = 'en', attrs = '') =>
  fixture<ClearlineStatus>(html`<clearline-status lang=${lang} faq-href=${attrs} .data=${data}></clearline-status>`);

const titles = (el: Element, scope = '') =>
  [...el.shadowRoot!.querySelectorAll(`${scope} [part~=incident] [part~=title]`)].map((h) => h.textContent!.trim());

beforeEach(() => localStorage.clear());

describe('<clearline-status> incident view', () => {
  it('orders open incidents by severity, then the one that began first, not the one updated last (trial V); resolved ones collapsed below with their resolution time', async () => {
    // More than a day ago: within a day the list starts open (status-gas-all-clear.test.ts, trial W).
    const resolvedAt = iso(-25 * 60 * MIN);
    const el = await mount(
      statusFeed({
        incidents: [
          incident('minor-new', 'minor', -1),
          incident('major-old', 'major', -50),
          incident('done', 'critical', -25 * 60, { phase: 'resolved', resolved_at: resolvedAt, next_update_at: null }),
          incident('critical', 'critical', -90),
          incident('major-new', 'major', -5, { started_at: iso(-30 * MIN) }),
          incident('info', 'info', -2),
        ],
      }),
    );
    const open = [...el.shadowRoot!.querySelectorAll('.root > [part~=incident] [part~=title]')].map((h) => h.textContent!.trim());
    expect(open).to.deep.equal(['Title critical', 'Title major-old', 'Title major-new', 'Title minor-new', 'Title info']);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~=resolved]')!;
    expect(details.open, 'resolved incidents are collapsed').to.equal(false);
    expect(titles(el, 'details[part~=resolved]')).to.deep.equal(['Title done']);
    expect(details.querySelector('summary')!.textContent).to.contain('1 resolved incident');
    const shown = shownTime(Date.parse(resolvedAt)); // with its day, and no "at", after midnight (red at 00:10 UTC)
    expect(details.textContent!.replace(/\s+/g, ' ')).to.contain(`Resolved ${/,/.test(shown) ? '' : 'at '}${shown}`);
  });

  it('just over and nothing open: the resolved incident is unfolded, so its closing words are read ("the water is safe"); a day later folded', async () => {
    const over = (ago: number) => statusFeed({ incidents: [incident('done', 'major', -ago - 60, { phase: 'resolved', resolved_at: iso(-ago * MIN), next_update_at: null })] });
    const recent = await mount(over(60));
    expect(recent.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~=resolved]')!.open).to.equal(true);
    const old = await mount(over(25 * 60));
    expect(old.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~=resolved]')!.open).to.equal(false);
  });

  it('shows severity and phase as text with an icon, affects as a list, and "updated 12 minutes ago"', async () => {
    const feed = statusFeed();
    feed.incidents[0]!.updated_at = iso(-12 * MIN);
    feed.incidents[0]!.affects = [{ en: 'Flights from Amsterdam', nl: 'Vluchten vanaf Amsterdam' }, 'KLM'];
    const el = await mount(feed);
    const meta = el.shadowRoot!.querySelector('[part~=incident] .meta')!;
    expect(meta.querySelector('.badge svg')).to.exist;
    expect(meta.textContent).to.contain('Major disruption');
    expect(meta.textContent).to.contain('Cause identified');
    expect(meta.querySelector('.phase svg'), 'phase has an icon too, never colour alone').to.exist;
    expect(meta.textContent).to.contain('Updated 12 minutes ago');
    expect([...el.shadowRoot!.querySelectorAll('ul.affects li')].map((li) => li.textContent)).to.deep.equal(['Flights from Amsterdam', 'KLM']);
    const nl = await mount(feed, 'nl');
    expect(shadowText(nl)).to.contain('Bijgewerkt 12 minuten geleden');
    expect(shadowText(nl)).to.contain('Grote hinder');
  });

  it('a notice re-confirmed this morning says "No change since" its last real change and when it was confirmed, not "Updated 3 hours ago" (confirmed_at, trial V)', async () => {
    const feed = statusFeed();
    const changed = iso(-2 * 24 * 60 * MIN);
    feed.incidents[0]!.updated_at = changed;
    feed.incidents[0]!.confirmed_at = iso(-3 * 60 * MIN);
    const el = await mount(feed);
    const meta = el.shadowRoot!.querySelector('[part~=incident] .meta')!.textContent!.replace(/\s+/g, ' ');
    expect(meta).to.contain(`No change since ${formatDateTime(Date.parse(changed), 'en', Date.now(), feed.time_zone)}, confirmed 3 hours ago`);
    expect(meta).not.to.contain('Updated');
    expect(el.shadowRoot!.querySelector('.publisher')!.textContent).to.contain('Updated 3 hours ago');
    expect(shadowText(await mount(feed, 'nl'))).to.contain(`Niets veranderd sinds ${formatDateTime(Date.parse(changed), 'nl', Date.now(), feed.time_zone)}, bevestigd 3 uur geleden`);
    // A new text removes confirmed_at (feed/update.ts): "Updated …" again, from the new text.
    delete feed.incidents[0]!.confirmed_at;
    feed.incidents[0]!.updated_at = iso(-5 * MIN);
    const news = await mount({ ...feed, seq: nextSeq() });
    expect(news.shadowRoot!.querySelector('[part~=incident] .meta')!.textContent).to.contain('Updated 5 minutes ago');
  });

  it('refreshes the next update while the page stays open, and says so when it is late', async () => {
    const realSetInterval = window.setInterval;
    const realNow = Date.now;
    const ticks: Array<() => void> = [];
    window.setInterval = ((fn: () => void) => (ticks.push(fn), 0)) as typeof window.setInterval;
    let el: ClearlineStatus;
    try {
      el = await mount(statusFeed());
    } finally {
      window.setInterval = realSetInterval;
    }
    const next = () => el.shadowRoot!.querySelector('[part~=next-update]')!.textContent!.replace(/\s+/g, ' ');
    expect(next()).to.contain('in 20 minutes');
    try {
      Date.now = () => realNow() + 10 * MIN;
      ticks.forEach((t) => t());
      await el.updateComplete;
      expect(next()).to.contain('in 10 minutes');
      Date.now = () => realNow() + 35 * MIN;
      ticks.forEach((t) => t());
      await el.updateComplete;
      expect(next()).to.match(/The update promised for .+ is late\. We are still working on it\./);
    } finally {
      Date.now = realNow;
    }
  });

  it('says in Dutch when a promised update is late', async () => {
    const feed = statusFeed();
    feed.incidents[0]!.next_update_at = iso(-5 * MIN);
    const el = await mount(feed, 'nl');
    expect(el.shadowRoot!.querySelector('[part~=next-update]')!.textContent).to.match(/De beloofde update van .+ is te laat/);
  });

  it('puts urgent actions first under "Act now", showing who, then the rest under "Can wait" with a reassuring line', async () => {
    const el = await mount(statusFeed());
    const groups = [...el.shadowRoot!.querySelectorAll('[part~=actions] .group')];
    expect(groups.map((g) => g.getAttribute('data-group'))).to.deep.equal(['urgent', 'later']);
    expect(groups[0]!.querySelector('.who')!.textContent).to.equal('You fly today');
    expect(groups[1]!.textContent).to.contain('the next update will tell you more');
    expect(getComputedStyle(groups[0]!).borderTopWidth, 'the urgent group stands out').to.equal('2px');
  });

  // Trial N, a heat network at 2 a.m.: on a phone "Act now if…" (the warm rooms, the priority line) began at 899 px, below
  // the first screen, under what we know and what we don't know yet. Now right under the title and the area, as in help.
  it('puts "Act now" under the title and the area, before what we know; "Can wait" after the next update', async () => {
    const feed = statusFeed();
    feed.incidents[0]!.affects = ['Amsterdam'];
    const el = await mount(feed);
    const root = el.shadowRoot!;
    const order = ['[part~=title]', '.affects', '[data-group=urgent]', '[part~=known]', '[part~=unknown]', '[part~=next-update]', '[data-group=later]'];
    const nodes = order.map((s) => root.querySelector(s));
    nodes.forEach((n, i) => expect(n, order[i]).to.exist);
    for (let i = 1; i < nodes.length; i++) {
      expect(!!(nodes[i - 1]!.compareDocumentPosition(nodes[i]!) & Node.DOCUMENT_POSITION_FOLLOWING), `${order[i - 1]} before ${order[i]}`).to.equal(true);
    }
  });

  it('shows the earlier updates collapsed, newest first', async () => {
    const feed = statusFeed();
    feed.incidents[0]!.updates = [
      { at: iso(-40 * MIN), note: 'first' },
      { at: iso(-10 * MIN), note: 'third' },
      { at: iso(-25 * MIN), note: 'second' },
    ];
    const el = await mount(feed);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~=timeline]')!;
    expect(details.open).to.equal(false);
    expect([...details.querySelectorAll('li .md')].map((m) => m.textContent!.trim())).to.deep.equal(['third', 'second', 'first']);
  });

  it('offers self-service (actions, FAQ) and call-back before the phone when the wait is long', async () => {
    const el = await mount(statusFeed(), 'en', 'https://example.com/faq');
    const root = el.shadowRoot!;
    const self = root.querySelector('[part~=self-service]')!;
    expect(self.textContent).to.contain('You may not need to call');
    expect(self.querySelector<HTMLAnchorElement>('a[href="https://example.com/faq"]')).to.exist;
    const phone = root.querySelector('[part~=channel][data-kind=phone]')!;
    const callback = root.querySelector('[part~=channel][data-kind=callback]')!;
    const actions = root.querySelector('[part~=actions]')!;
    const before = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(before(actions, phone), 'actions before the phone').to.equal(true);
    expect(before(self, phone), 'FAQ before the phone').to.equal(true);
    expect(before(callback, phone), 'call-back before the phone').to.equal(true);
    expect(phone.textContent!.replace(/\s+/g, ' ')).to.contain('Expected wait about 45 minutes: very many calls because of the storm');
  });

  // Trial N, a heat company at 2 a.m.: "Long wait? You may not need to call" stood above the priority line for vulnerable
  // customers (a 2-minute wait), which read as the line it was about.
  it('a line with a short wait of its own that comes first (for urgent reasons) stays above "You may not need to call"', async () => {
    const feed = statusFeed();
    feed.channels.push({ id: 'priority', kind: 'phone', label: 'Priority line for vulnerable customers', href: 'tel:+318000360', wait_minutes: 2 });
    feed.contact_reasons = [{ id: 'health', label: 'I need warmth for my health', urgent: true, channels: ['priority'] }];
    const el = await mount(feed, 'en', 'https://example.com/faq');
    const root = el.shadowRoot!;
    const self = root.querySelector('[part~=self-service]')!;
    const priority = root.querySelector('[part~=channel][data-channel=priority]')!;
    const phone = root.querySelector('[part~=channel][data-kind=phone]:not([data-channel=priority])')!;
    const before = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(before(priority, self), 'the priority line above the note').to.equal(true);
    expect(before(self, phone), 'the note above the long queue').to.equal(true);
  });

  it('"What you can do" in the self-service list moves focus to the first actions heading ("Act now if…"), a sub-heading the size of the text', async () => {
    const el = await mount(statusFeed(), 'en', 'https://example.com/faq');
    const root = el.shadowRoot!;
    const link = [...root.querySelectorAll<HTMLAnchorElement>('[part~=self-service] a')].find((a) => a.textContent === 'What you can do')!;
    link.click();
    expect(root.activeElement?.localName).to.equal('h3');
    expect(root.activeElement?.textContent).to.equal('Act now if…');
    expect(!!root.activeElement?.closest('[part~=actions]')).to.equal(true);
    expect(getComputedStyle(root.activeElement!).fontSize).to.equal(getComputedStyle(root.querySelector('[part~=known] .md')!).fontSize);
  });

  it('keeps the feed order of channels and shows no self-service when waits are short', async () => {
    const feed = statusFeed();
    feed.channels[0]!.wait_minutes = 10;
    const el = await mount(feed, 'en', 'https://example.com/faq');
    expect(el.shadowRoot!.querySelector('[part~=self-service]')).to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('[part~=channel]')].map((c) => c.getAttribute('data-kind'))).to.deep.equal(['phone', 'callback']);
  });

  it('announces a new update once, politely; not on the first load, a re-poll or a re-signed identical document', async () => {
    const first = statusFeed();
    const el = await mount(first);
    const region = el.shadowRoot!.querySelector('[aria-live=polite]')!;
    expect(region.getAttribute('role')).to.equal('status');
    let changes = 0;
    new MutationObserver((m) => (changes += m.length)).observe(region, { subtree: true, childList: true, characterData: true });
    expect(region.textContent!.trim(), 'nothing on first load').to.equal('');
    el.data = structuredClone(first); // the same document again (a poll)
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('');
    const second = structuredClone(first);
    second.seq = nextSeq();
    second.incidents[0]!.phase = 'monitoring';
    el.data = second;
    await el.updateComplete;
    expect(region.textContent!.trim()).to.match(/^New update: Storm: flights cancelled\. Monitoring the fix\. Next update (?:at |\w{3}, )/); // after 23:40 the day is named
    await new Promise((r) => setTimeout(r));
    const after = changes;
    expect(after).to.be.greaterThan(0);
    el.data = { ...structuredClone(second), seq: nextSeq() }; // re-signed, same content
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(changes, 'no second announcement').to.equal(after);
  });

  it('uses the configured heading level', async () => {
    const el = await fixture<ClearlineStatus>(html`<clearline-status lang="en" heading-level="3" .data=${statusFeed()}></clearline-status>`);
    expect(el.shadowRoot!.querySelector('[part~=incident] [part~=title]')!.tagName).to.equal('H3');
    expect(el.shadowRoot!.querySelector('[part~=known] h4')).to.exist;
  });

  it('follows prefers-color-scheme, overridable with the theme attribute', async () => {
    const el = await mount(statusFeed({ incidents: [] }));
    const text = () => getComputedStyle(el.shadowRoot!.querySelector('.root')!).color;
    try {
      await emulateMedia({ colorScheme: 'light' });
      const light = text();
      await emulateMedia({ colorScheme: 'dark' });
      const dark = text();
      expect(dark).not.to.equal(light);
      el.theme = 'light';
      await el.updateComplete;
      expect(text()).to.equal(light);
      await emulateMedia({ colorScheme: 'light' });
      el.theme = 'dark';
      await el.updateComplete;
      expect(text()).to.equal(dark);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('does not overflow 360 px with long Dutch words', async () => {
    const long = 'Luchtverkeersleidingsonderbrekingsmeldingscentrumcoördinatiegroep';
    const feed = statusFeed();
    feed.incidents[0]!.title = { nl: `Storing ${long}` };
    feed.incidents[0]!.affects = [long];
    feed.incidents[0]!.known = { nl: `Het ${long} is gesloten.` };
    feed.incidents[0]!.actions![0]!.label = { nl: long };
    feed.channels[0]!.label = { nl: long };
    const wrap = await fixture<HTMLDivElement>(html`<div lang="nl" style="width:360px">
      <clearline-status .data=${feed}></clearline-status>
      <clearline-banner placement="inline" .data=${feed}></clearline-banner>
      <clearline-badge .data=${feed}></clearline-badge>
    </div>`);
    // The banner in the flow here; floating (its default) it spans the viewport, which this wrapper stands in for.
    for (const el of wrap.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')) {
      await el.updateComplete;
      const right = wrap.getBoundingClientRect().right;
      const all = [...el.shadowRoot!.querySelectorAll('*')].filter((n) => !n.closest('details:not([open])') && !n.closest('.visually-hidden'));
      expect(all.length).to.be.greaterThan(0);
      for (const n of all) expect(n.getBoundingClientRect().right, `${el.tagName} ${n.tagName}.${n.className}`).to.be.at.most(right + 0.5);
      expect(el.scrollWidth).to.be.at.most(360);
    }
  });
});

describe('shared loading', () => {
  it('a status, a banner and a badge with the same src make ONE request and show one verified result', async () => {
    const key = await keygen();
    const url = serve(JSON.stringify(await sign(statusFeed({ feed_id: 'shared-one' }), [key])));
    const original = window.fetch;
    let calls = 0;
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input) === url) calls++;
      return original(input, init);
    };
    try {
      const wrap = document.createElement('div');
      wrap.lang = 'en';
      for (const tag of ['clearline-status', 'clearline-banner', 'clearline-badge'] as const) {
        const el = document.createElement(tag);
        el.setAttribute('src', url);
        el.setAttribute('public-key', JSON.stringify(key.publicJwk));
        el.setAttribute('feed-id', 'shared-one');
        wrap.append(el);
      }
      const loads = [...wrap.children].map((el) => outcome(el as HTMLElement));
      document.body.append(wrap);
      const events = await Promise.all(loads);
      expect(events.map((e) => e.type)).to.deep.equal(['clearline-load', 'clearline-load', 'clearline-load']);
      expect(new Set(events.map((e) => e.detail.seq)).size).to.equal(1);
      expect(calls).to.equal(1);
      for (const el of wrap.children) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadowText(wrap.children[0]!)).to.contain('Storm: flights cancelled');
      // The banner has the same verified document (its load event above), and shows nothing beside a status of that feed.
      expect((wrap.children[1] as HTMLElement).hidden).to.equal(true);
      expect(shadowText(wrap.children[2]!)).to.contain('Disruption');
      wrap.remove();
    } finally {
      window.fetch = original;
    }
  });
});
