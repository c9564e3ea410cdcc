// Trial W on a 360 px phone, Thursday 18:10 (Dublin), ten minutes after "Gas back on in Naas and Newbridge" (critical)
// while "People posing as Éirgas engineers" (major) is still open. The all-clear was unfolded, but a whole fraud card
// down: someone from Naas asking "is my gas back?" scrolled past the warning first. Now, while the all-clear is fresh
// (a day) and was more severe than the top open incident, one line above the cards names it, "Resolved at 18:00: Gas
// back on in Naas and Newbridge", and jumps to its card; the warning keeps the first card. Screen readers meet the line
// first, in document order, and it is there in the first render with the incidents, so nothing moves after it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/status/status.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

const NOW = Date.parse('2026-12-17T18:10:00Z'); // 18:10 in Dublin (UTC in December)
const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const realNow = Date.now;
beforeEach(() => {
  Date.now = () => NOW;
  localStorage.clear();
});
afterEach(() => {
  Date.now = realNow;
});

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** The trial's feed at 18:10: the gas all-clear at `resolvedAt` (18:00), of `severity`, the fraud warning open. */
const feed = (resolvedAt = Date.parse('2026-12-17T18:00:00Z'), severity: 'critical' | 'minor' = 'critical'): StatusPayload =>
  statusFeed({
    time_zone: 'Europe/Dublin',
    issued_at: at(resolvedAt),
    expires_at: at(NOW + 48 * HOUR),
    channels: [{ id: 'emergency', kind: 'phone', emergency: true, label: { en: 'Smell gas? Call the 24-hour gas emergency line' }, href: 'tel:+3531800205555' }],
    incidents: [
      {
        id: 'scam',
        title: { en: 'People posing as Éirgas engineers' },
        severity: 'major',
        phase: 'identified',
        started_at: at(NOW - 50 * HOUR),
        updated_at: at(NOW - 6 * HOUR),
        known: { en: 'People posing as Éirgas engineers may still call at homes in Naas and Newbridge. Real Éirgas engineers carry a photo ID card and **never** ask for money.' },
        unknown: { en: 'Who is behind it.' },
        next_update_at: at(NOW + 14 * HOUR),
        actions: [{ label: { en: 'Do not let them in and do not pay' }, who: { en: 'Someone at your door asks for money to relight the gas' }, urgent: true }],
      },
      {
        id: 'gas',
        title: { en: 'Gas back on in Naas and Newbridge' },
        severity,
        phase: 'resolved',
        started_at: at(NOW - 60 * HOUR),
        updated_at: at(resolvedAt),
        resolved_at: at(resolvedAt),
        known: { en: 'All 8,500 homes have gas again.' },
        unknown: '',
        next_update_at: null,
      },
    ],
  });

const mount = (data: StatusPayload) => fixture<ClearlineStatus>(html`<clearline-status lang="en" .data=${data} style="display:block;width:360px"></clearline-status>`);
const lineOf = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('.root > .state a');

describe('<clearline-status>: a fresh all-clear more severe than what is open is named in a line at the top', () => {
  it('18:10: "Resolved at 18:00: Gas back on in Naas and Newbridge" above the open warning, first for a screen reader too', async () => {
    const el = await mount(feed());
    const line = lineOf(el);
    expect(text(line)).to.equal('Resolved at 18:00: Gas back on in Naas and Newbridge');
    const card = el.shadowRoot!.querySelector('[part~=incident]')!;
    expect(text(card.querySelector('[part~=title]')), 'the open warning keeps the first card').to.equal('People posing as Éirgas engineers');
    expect(line!.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING, 'read before the cards').to.not.equal(0);
    expect(line!.getBoundingClientRect().bottom).to.be.at.most(card.getBoundingClientRect().top);
    // A link in the tab order, not a heading or a landmark of its own.
    expect(line!.tabIndex).to.equal(0);
    expect(line!.getAttribute('href')).to.equal('#');
  });

  it('the line jumps to the all-clear\'s card: focus on its title, also when the reader had folded "1 resolved incident"', async () => {
    const el = await mount(feed());
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~=resolved]')!;
    expect(details.open, 'unfolded for the day').to.equal(true);
    details.open = false;
    lineOf(el)!.click();
    const title = el.shadowRoot!.querySelector('[data-incident="gas"] [part~=title]')!;
    expect(el.shadowRoot!.activeElement).to.equal(title);
    expect(details.open).to.equal(true);
  });

  it('nothing moves after the first render: the Markdown renderer arriving and the clock ticking leave the line and the cards in place', async () => {
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as PerformanceEntry & { value: number }).value)));
    const el = document.createElement('clearline-status') as unknown as HTMLElement & { data?: unknown; now: number; updateComplete: Promise<unknown> };
    el.lang = 'en';
    el.style.cssText = 'display:block;width:360px';
    el.data = feed();
    document.body.append(el);
    // The first render (the Markdown renderer may still be on its way); positions from the element's top (the page may scroll).
    await new Promise((r) => setTimeout(r));
    await frame();
    const where = () => [lineOf(el), el.shadowRoot!.querySelector('[part~=incident]'), el.shadowRoot!.querySelector('details[part~=resolved]')].map((n) => n!.getBoundingClientRect().top - el.getBoundingClientRect().top);
    const first = where();
    observer.observe({ type: 'layout-shift' });
    await el.updateComplete;
    for (const minutes of [1, 5, 30]) {
      el.now = NOW + minutes * MIN;
      await el.updateComplete;
      await frame();
      await frame();
    }
    observer.disconnect();
    expect(where()).to.deep.equal(first);
    expect(shifts.reduce((a, b) => a + b, 0)).to.be.below(0.001);
    el.remove();
  });

  it('not after a day, and not for an all-clear less severe than the open warning (unfolded below it, as before)', async () => {
    expect(lineOf(await mount(feed(NOW - 25 * HOUR)))).to.equal(null);
    const minor = await mount(feed(undefined, 'minor'));
    expect(lineOf(minor)).to.equal(null);
    expect(minor.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~=resolved]')!.open).to.equal(true);
  });
});
