// Trial W, an Irish gas network, 10 minutes after "Gas back on in Naas and Newbridge" while a fraud warning ("People posing
// as Éirgas engineers", major) is still open. The page led with the fraud card, the all-clear was folded away under
// "1 resolved incident", and the "In an emergency" box (the gas emergency line, 112/999) had left the top with the
// critical gas incident: the gas line was only in Contact at the bottom. Now, for a day after an all-clear, the resolved
// list is unfolded after the open incidents, and the emergency lines of a critical incident that ended today stay under
// the title of the top card. A day later both are as before: folded, and no lines on top of a major incident.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/status/status.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { iso, MIN, statusFeed } from './helpers.js';

const HOUR = 60 * MIN;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The feed at 18:10 on the trial's Thursday: the gas all-clear `ago` ms ago, the fraud warning open. */
const feed = (ago: number): StatusPayload =>
  statusFeed({
    channels: [
      { id: 'emergency', kind: 'phone', emergency: true, label: { en: 'Smell gas? Call the 24-hour gas emergency line' }, href: 'tel:+3531800205555' },
      { id: 'emergency-services', kind: 'phone', emergency: true, label: { en: 'Fire, ambulance, Gardaí: 112 or 999' }, href: 'tel:112' },
      { id: 'customer', kind: 'phone', label: { en: 'Customer service' }, href: 'tel:+35315550100' },
    ],
    incidents: [
      {
        id: 'scam',
        title: { en: 'People posing as Éirgas engineers' },
        severity: 'major',
        phase: 'identified',
        started_at: iso(-50 * HOUR),
        updated_at: iso(-10 * MIN),
        known: { en: 'Real Éirgas engineers carry a photo ID card and never ask for money.' },
        unknown: { en: 'Who is behind it.' },
        next_update_at: iso(16 * HOUR),
      },
      {
        id: 'gas',
        title: { en: 'Gas back on in Naas and Newbridge' },
        severity: 'critical',
        phase: 'resolved',
        started_at: iso(-60 * HOUR),
        updated_at: iso(-ago),
        resolved_at: iso(-ago),
        known: { en: 'Every home has gas again.' },
        unknown: '',
        next_update_at: null,
      },
    ],
  });

const mount = (ago: number) => fixture<ClearlineStatus>(html`<clearline-status lang="en" .data=${feed(ago)} style="width: 360px"></clearline-status>`);

describe('<clearline-status> after a gas all-clear, with a fraud warning still open', () => {
  it('10 minutes after: the all-clear is unfolded after the open incident, its closing words readable', async () => {
    const root = (await mount(10 * MIN)).shadowRoot!;
    const titles = [...root.querySelectorAll('[part~=incident] [part~=title]')].map((h) => text(h));
    expect(titles, 'the open warning first, the all-clear after it').to.deep.equal(['People posing as Éirgas engineers', 'Gas back on in Naas and Newbridge']);
    const details = root.querySelector<HTMLDetailsElement>('details[part~=resolved]')!;
    expect(details.open, '"1 resolved incident" starts open').to.equal(true);
    expect(text(details)).to.contain('Every home has gas again.');
  });

  it('10 minutes after: the gas emergency line and 112/999 stay at the top, under the first title', async () => {
    const root = (await mount(10 * MIN)).shadowRoot!;
    const first = root.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(first.getAttribute('href'), 'the first number on the page').to.equal('tel:+3531800205555');
    const title = root.querySelector('[part~=incident] [part~=title]')!;
    expect(text(title)).to.equal('People posing as Éirgas engineers');
    expect(title.nextElementSibling?.contains(first), 'right under the title').to.equal(true);
    expect([...title.nextElementSibling!.querySelectorAll<HTMLElement>('[data-channel]')].map((d) => d.dataset.channel)).to.deep.equal(['emergency', 'emergency-services']);
    expect(text(title.nextElementSibling)).to.contain('In an emergency');
    // Still in Contact too, once.
    expect(root.querySelectorAll('[part~=emergency] a[href="tel:+3531800205555"]').length).to.equal(1);
  });

  it('25 hours after: the all-clear is folded again and the major warning has no lines on top', async () => {
    const root = (await mount(25 * HOUR)).shadowRoot!;
    expect(root.querySelector<HTMLDetailsElement>('details[part~=resolved]')!.open).to.equal(false);
    expect(root.querySelector('[part~=incident] .emergency'), 'only in Contact').to.equal(null);
  });
});
