// Trial T, finding 2: a US electric co-op takes outage reports by text in a storm ("Text OUT to (316) 555-0142"), as its
// phone lines jam. Written as a phone line, readers got a tel: link: tapping it dialled the jammed lines. A channel of
// kind sms now links `sms:` (the phone opens a text with OUT in it) and says it is a text, in its visible words and so its
// accessible name, with the number as a phone line's is written there: in <clearline-status>, the help dialog and the
// FAQ's no-answer box.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/status/status.js';
import '../../src/components/help/help.js';
import '../../src/components/faq/faq.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { Channel, StatusPayload } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

const stopNavigation = (e: Event) => e.preventDefault();
before(() => window.addEventListener('click', stopNavigation));
after(() => window.removeEventListener('click', stopNavigation));

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const member: Channel = { id: 'phone', kind: 'phone', label: { en: 'Member services', nl: 'Klantenservice' }, href: 'tel:+13165550100', wait_minutes: 45, reason: { en: 'many calls about the storm', nl: 'veel telefoontjes over de storm' } };
const outage: Channel = { id: 'sms', kind: 'sms', label: { en: 'Report an outage by text', nl: 'Storing melden per sms' }, href: 'sms:+13165550142?body=OUT' };
const coop = (): StatusPayload => statusFeed({ time_zone: 'America/Chicago', channels: [member, outage] });
const dutch = (): StatusPayload =>
  statusFeed({ time_zone: 'Europe/Amsterdam', channels: [{ ...member, href: 'tel:+318009009' }, { ...outage, href: 'sms:+31612345678?body=STORING' }] });

/** The sms channel's link: its href and what it says (its accessible name: no aria-label, its words). */
function smsLink(root: ParentNode) {
  const a = root.querySelector<HTMLAnchorElement>('[data-channel=sms] a[href]');
  return { href: a?.getAttribute('href'), said: text(a), labelled: !!a?.hasAttribute('aria-label') || !!a?.hasAttribute('aria-labelledby') };
}
const US = { href: 'sms:+13165550142?body=OUT', said: 'Report an outage by text: Text OUT to (316) 555-0142', labelled: false };

describe('a channel people text (kind sms)', () => {
  it('<clearline-status>: links sms: and says "Text OUT to (316) 555-0142"; in Dutch "Sms STORING naar 06 1234 5678"', async () => {
    const el = await fixture<ClearlineStatus>(html`<clearline-status lang="en" .data=${coop()}></clearline-status>`);
    expect(smsLink(el.shadowRoot!)).to.deep.equal(US);
    const nl = await fixture<ClearlineStatus>(html`<clearline-status lang="nl" .data=${dutch()}></clearline-status>`);
    expect(smsLink(nl.shadowRoot!)).to.deep.equal({ href: 'sms:+31612345678?body=STORING', said: 'Storing melden per sms: Sms STORING naar 06 1234 5678', labelled: false });
    // The phone line is still a call.
    expect(nl.shadowRoot!.querySelector('[data-channel=phone] a')?.getAttribute('href')).to.equal('tel:+318009009');
  });

  it('<clearline-help>: the channels under "Still need us?" link the text line as a text', async () => {
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${coop()} .entries=${[]}></clearline-help>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=still-need-us]'), 'dialog open', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=contact] [data-channel=sms]'), 'the channels', { timeout: 5000 });
    expect(smsLink(el.shadowRoot!.querySelector('[part~=contact]')!)).to.deep.equal(US);
  });

  it('<clearline-faq> without an answer: the no-answer box links the text line as a text', async () => {
    const entries = [{ id: 'bill', question: 'How do I pay my bill?', answer: 'Online or by mail.' }];
    const el = await fixture<HTMLElement>(html`<clearline-faq lang="en" .statusData=${coop()} .entries=${entries}></clearline-faq>`);
    await waitUntil(() => el.shadowRoot!.querySelector('input'), 'the search field');
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'parking garage tickets';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=no-answer] [data-channel=sms]'), 'the no-answer box', { timeout: 5000 });
    expect(smsLink(el.shadowRoot!.querySelector('[part~=no-answer]')!)).to.deep.equal(US);
  });

  it('a name that says the number and that it is a text is shown alone; one that only says the number gets the words', async () => {
    const said = { ...outage, label: 'Text OUT to (316) 555-0142' };
    const el = await fixture<ClearlineStatus>(html`<clearline-status lang="en" .data=${statusFeed({ time_zone: 'America/Chicago', channels: [said] })}></clearline-status>`);
    expect(smsLink(el.shadowRoot!).said).to.equal('Text OUT to (316) 555-0142');
    const bare = { ...outage, label: 'Outages (316) 555-0142' };
    const el2 = await fixture<ClearlineStatus>(html`<clearline-status lang="en" .data=${statusFeed({ time_zone: 'America/Chicago', channels: [bare] })}></clearline-status>`);
    expect(smsLink(el2.shadowRoot!).said).to.equal('Outages (316) 555-0142: Text OUT to (316) 555-0142');
  });
});
