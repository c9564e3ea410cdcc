// A line only for the people its purpose names (a channel's `restricted`), trial P: a health insurer during a ransomware
// attack. Members wait 45 minutes on "Klantenservice"; the care providers' line (5 minutes) must stay free for pharmacies.
// Members who chose "Mijn declaratie" (no lines ticked) were offered it, and with the member line closed (07:50, opens at
// 08:00) the status page listed it first. Now it comes after every line for everyone, says "Alleen voor …", and a reason
// offers it only when it ticks it. Opening hours are set around the real clock (UTC), so this holds at any time of day.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/status/status.js';
import '../../src/components/help/help.js';
import '../../src/components/faq/faq.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { Channel, StatusPayload } from '../../src/feed/schema.js';
import { around, statusFeed } from './helpers.js';

const stopNavigation = (e: Event) => e.preventDefault();
before(() => window.addEventListener('click', stopNavigation));
after(() => window.removeEventListener('click', stopNavigation));

const said = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const order = (root: ParentNode) => [...root.querySelectorAll('[part~=channel]')].map((c) => c.getAttribute('data-channel')).join();

/** The publisher listed the care providers' line first, as in the trial; `closed`: the member line opens in 10 minutes. */
function insurer(closed = false): StatusPayload {
  const channels: Channel[] = [
    {
      id: 'zorg', kind: 'phone', label: { nl: 'Lijn voor zorgverleners (apotheek, ziekenhuis)', en: 'Line for care providers (pharmacy, hospital)' }, href: 'tel:+31302345699', wait_minutes: 5, restricted: true,
      purpose: { nl: 'Voor apotheken en ziekenhuizen die een dekking controleren', en: 'For pharmacies and hospitals checking cover' },
    },
    {
      id: 'klant', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31302345678', wait_minutes: 45,
      reason: { nl: 'heel veel telefoontjes over de cyberaanval', en: 'very many calls about the cyberattack' }, ...(closed ? { opening_hours: around(10, 600) } : {}),
    },
  ];
  return statusFeed({
    time_zone: 'UTC', channels,
    contact_reasons: [
      { id: 'declaratie', label: { nl: 'Mijn declaratie', en: 'My claim' } },
      { id: 'dekking', label: { nl: 'Dekking controleren (zorgverlener)', en: 'Check cover (care provider)' }, channels: ['zorg'] },
    ],
  });
}

async function reasonPanel(f: StatusPayload, id: string, lang = 'nl'): Promise<Element> {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${f} .entries=${[]}></clearline-help>`);
  await el.show();
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelector('[part~=still-need-us]'), 'the help dialog');
  root.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
  await waitUntil(() => root.querySelector(`button.reason[data-reason="${id}"]`), 'the reasons');
  root.querySelector<HTMLButtonElement>(`button.reason[data-reason="${id}"]`)!.click();
  await waitUntil(() => root.querySelector('[part~=reason-panel] [part~=channel]'), 'the reason panel');
  return root.querySelector('[part~=reason-panel]')!;
}

describe('a line only for the people its purpose names', () => {
  it('<clearline-status>: after the member line, also while that is closed; "Alleen voor …" under its name', async () => {
    for (const closed of [false, true]) {
      const el = await fixture<HTMLElement>(html`<clearline-status lang="nl" .data=${insurer(closed)}></clearline-status>`);
      const root = el.shadowRoot!;
      expect(order(root), closed ? 'member line closed' : 'both open').to.equal('klant,zorg');
      if (closed) expect(said(root.querySelector('[data-channel=klant]'))).to.include('Nu gesloten');
      expect(said(root.querySelector('[data-channel=zorg] .purpose'))).to.equal('Alleen voor apotheken en ziekenhuizen die een dekking controleren');
    }
    const en = await fixture<HTMLElement>(html`<clearline-status lang="en" .data=${insurer()}></clearline-status>`);
    expect(said(en.shadowRoot!.querySelector('[data-channel=zorg] .purpose'))).to.equal('Only for pharmacies and hospitals checking cover');
  });

  it('<clearline-status>: never among "call-back and self-service first", and "You may not need to call" stays above the long queue', async () => {
    const el = await fixture<HTMLElement>(html`<clearline-status lang="en" .data=${insurer()}></clearline-status>`);
    const root = el.shadowRoot!;
    const lists = [...root.querySelectorAll('[part~=channels] > ul.list, [part~=channels] > [part~=self-service]')];
    // The self-service hint comes before the member queue; the care providers' line is not above it as a quick way.
    expect(lists.map((l) => (l.matches('[part~=self-service]') ? 'hint' : [...l.querySelectorAll('[part~=channel]')].map((c) => c.getAttribute('data-channel')).join()))).to.deep.equal(['hint', 'klant,zorg']);
  });

  it('<clearline-help>: "Mijn declaratie" (no lines ticked) offers the member line only; the care providers\' reason offers theirs', async () => {
    const claim = await reasonPanel(insurer(), 'declaratie');
    expect(order(claim)).to.equal('klant');
    const cover = await reasonPanel(insurer(), 'dekking');
    expect(order(cover)).to.equal('zorg');
    expect(said(cover.querySelector('[data-channel=zorg] .purpose'))).to.equal('Alleen voor apotheken en ziekenhuizen die een dekking controleren');
  });

  it('<clearline-faq> without an answer: the list (which shows no purpose) leaves the restricted line out', async () => {
    const entries = [{ id: 'claim', question: 'Hoe dien ik een declaratie in?', answer: 'Via Mijn declaraties.' }];
    const el = await fixture<HTMLElement>(html`<clearline-faq lang="nl" .statusData=${insurer()} .entries=${entries}></clearline-faq>`);
    await waitUntil(() => el.shadowRoot!.querySelector('input'), 'the search field');
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'parkeergarage kaartjes';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=no-answer] [data-channel]'), 'the no-answer box', { timeout: 5000 });
    expect([...el.shadowRoot!.querySelectorAll('[part~=no-answer] [data-channel]')].map((c) => c.getAttribute('data-channel')).join()).to.equal('klant');
  });
});
