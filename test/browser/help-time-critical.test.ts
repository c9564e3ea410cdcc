// Trial S, an airline on a check-in outage: "My flight leaves within 6 hours" marked urgent showed "Call now: Life in
// danger: call 112" and dropped the customer-service line the desk had ticked (45 minutes); marked can-wait it came
// after "stuck abroad" and said "If this is not urgent for you, you do not need to call". Marked time-critical
// (needed soon, no danger) it comes right after the urgent reasons, offers its lines in the desk's order with the wait
// and its reason, no emergency number above them, and never says there is no need to call.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { Channel, ContactReason, StatusPayload } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

const CHANNELS: Channel[] = [
  { id: '112', kind: 'phone', label: { en: 'Life in danger: call 112', nl: 'Levensgevaar: bel 112' }, href: 'tel:112', emergency: true },
  { id: 'spoedlijn', kind: 'phone', label: { en: 'Urgent line abroad', nl: 'Spoedlijn buitenland' }, href: 'tel:+31207946100' },
  { id: 'klantenservice', kind: 'phone', label: { en: 'Customer service', nl: 'Klantenservice' }, href: 'tel:+31207946000', wait_minutes: 45, reason: { en: 'up to 2 hours at the busiest times', nl: 'op de drukste momenten tot 2 uur' } },
  { id: 'whatsapp', kind: 'chat', label: 'WhatsApp', href: 'https://wa.me/31207946000' },
  { id: 'omboeken', kind: 'web', label: { en: 'Rebooking form', nl: 'Omboekformulier' }, href: 'https://example.com/omboeken' },
];
const REASONS: ContactReason[] = [
  { id: 'compensation', label: { en: 'Compensation', nl: 'Compensatie' } },
  { id: 'today', label: { en: 'My flight leaves within 6 hours', nl: 'Mijn vlucht vertrekt binnen 6 uur' }, time_critical: true, channels: ['klantenservice', 'whatsapp', 'omboeken'] },
  { id: 'stuck', label: { en: 'I am stuck abroad tonight', nl: 'Ik zit vannacht vast in het buitenland' }, urgent: true, channels: ['spoedlijn'] },
];
const feed = (): StatusPayload => statusFeed({ channels: CHANNELS, contact_reasons: REASONS });

async function open(lang: string): Promise<ShadowRoot> {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${feed()} .entries=${[]}></clearline-help>`);
  const root = el.shadowRoot!;
  await el.show();
  await waitUntil(() => root.querySelector('[part~=still-need-us]'), 'the first screen');
  root.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
  await el.updateComplete;
  return root;
}

async function panel(lang: string): Promise<HTMLElement> {
  const root = await open(lang);
  root.querySelector<HTMLButtonElement>('button.reason[data-reason="today"]')!.click();
  await (root.host as ClearlineHelp).updateComplete;
  return root.querySelector<HTMLElement>('[part~=reason-panel]')!;
}

const said = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<clearline-help>: a time-critical reason (needed soon, no danger)', () => {
  it('is listed after the urgent reasons and before the others', async () => {
    const root = await open('en');
    const order = [...root.querySelectorAll<HTMLButtonElement>('button.reason')].map((b) => b.dataset.reason);
    expect(order).to.deep.equal(['stuck', 'today', 'compensation']);
  });

  it('en: its lines in the desk order, customer service with its wait and why, no 112 above them, no "do not need to call"', async () => {
    const p = await panel('en');
    expect(p.querySelector('[data-group=emergency]') === null, 'no "Call now" group').to.equal(true);
    expect(said(p)).not.to.contain('112');
    expect([...p.querySelectorAll<HTMLElement>('[part~=channel]')].map((c) => c.dataset.channel)).to.deep.equal(['klantenservice', 'whatsapp', 'omboeken']);
    const service = said(p.querySelector('[data-channel=klantenservice]'));
    expect(service).to.contain('45 minutes');
    expect(service).to.contain('up to 2 hours at the busiest times');
    expect(said(p)).not.to.contain('do not need to call');
    // The next update is still said, without the can-wait sentence.
    expect(said(p.querySelector('[part~=next-update]'))).to.match(/^Next update .+\.$/);
    // The incident's act-now action first, before the lines.
    const actions = p.querySelector('[data-group=actions]');
    expect(said(actions?.querySelector('li'))).to.contain('Do not go to the airport');
    expect(!!(actions!.compareDocumentPosition(p.querySelector('[data-group=channels]')!) & Node.DOCUMENT_POSITION_FOLLOWING)).to.equal(true);
  });

  it('nl: the same, in Dutch', async () => {
    const p = await panel('nl');
    expect(said(p)).not.to.contain('112');
    expect(said(p)).not.to.contain('hoeft u niet te bellen');
    expect(said(p.querySelector('[data-channel=klantenservice]'))).to.contain('op de drukste momenten tot 2 uur');
  });
});
