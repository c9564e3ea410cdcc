// A bank's trial: its site, `<html lang="en">`, with the README embed of a feed on London time, showed customers
// "+44 800 046 0000" and "+44 345 300 0000", while the studio's preview, the text message and the e-mail of the same
// feed said 0800 046 0000. The elements now write numbers for the feed's own region when the page names none
// (content/links.ts numberLang, as the exports' dialLang): English on British time as en-GB. A page that names its
// region keeps it; a line for callers abroad keeps its +44. A Dutch feed's English reader gets 0800 9009 too (trials Q, R:
// a hospital's and a grid operator's English pages said "Call now: +31 800 9009", a form nobody dials in the Netherlands).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/status/status.js';
import '../../src/components/help/help.js';
import '../../src/components/faq/faq.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import type { Channel, StatusPayload } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

const CHANNELS: Channel[] = [
  { id: 'fraud', kind: 'phone', label: { en: 'Fraud line' }, href: 'tel:+448000460000', emergency: true },
  { id: 'service', kind: 'phone', label: { en: 'Customer service' }, href: 'tel:+443453000000' },
  { id: 'abroad', kind: 'phone', label: { en: 'Calling from abroad' }, href: 'tel:+441134960000' },
];
function bank(zone = 'Europe/London'): StatusPayload {
  const f = statusFeed({ time_zone: zone, channels: CHANNELS });
  const i = f.incidents[0]!;
  Object.assign(i, { severity: 'critical', title: { en: 'Online banking is down' } });
  i.actions = [{ label: { en: 'Report a scam text' }, href: 'tel:+447726000000', who: { en: 'You got a text from us' } }];
  return f;
}
const numbers = (root: ParentNode, sel = '[part~=channel] .number') => [...root.querySelectorAll(sel)].map((n) => n.textContent);

describe('phone numbers as dialled where the feed is, when the page names no region', () => {
  it('<clearline-status lang="en"> on a British feed: every number with its 0', async () => {
    const el = await fixture<HTMLElement>(html`<clearline-status lang="en" .data=${bank()}></clearline-status>`);
    const root = el.shadowRoot!;
    expect(numbers(root)).to.deep.equal(['0800 046 0000', '0345 300 0000', '+44 113 496 0000']);
    expect(numbers(root.querySelector('[part~=incident]')!, '.emergency .number'), 'the line on top of the critical incident').to.deep.equal(['0800 046 0000']);
    expect(numbers(root, '[part~=action] .number')).to.deep.equal(['(07726 000000)']);
  });

  it('a page that names its region is written as before; a Dutch feed\'s English reader gets the Dutch form, the link +31', async () => {
    const us = await fixture<HTMLElement>(html`<clearline-status lang="en-US" .data=${bank()}></clearline-status>`);
    expect(numbers(us.shadowRoot!)).to.deep.equal(['+44 800 046 0000', '+44 345 300 0000', '+44 113 496 0000']);
    const dutch = bank('Europe/Amsterdam');
    dutch.channels = [{ id: 'gas', kind: 'phone', label: { en: 'Gas leak line' }, href: 'tel:+318009009', emergency: true }];
    const nl = await fixture<HTMLElement>(html`<clearline-status lang="en" .data=${dutch}></clearline-status>`);
    expect(numbers(nl.shadowRoot!)).to.deep.equal(['0800 9009']);
    expect(nl.shadowRoot!.querySelector('[part~=channel] a')!.getAttribute('href') === 'tel:+318009009', 'the link dials +31 from anywhere').to.equal(true);
  });

  it('<clearline-help lang="en">: the channels and the actions', async () => {
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${bank()} .entries=${[]}></clearline-help>`);
    await el.show();
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[part~=still-need-us]'), 'the first screen');
    expect(numbers(root, '[part~=incident] .number')).to.include('(07726 000000)');
    root.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
    await el.updateComplete;
    expect(numbers(root)).to.deep.equal(['0800 046 0000', '0345 300 0000', '+44 113 496 0000']);
  });

  it('<clearline-faq lang="en">: the channels under "no answer"', async () => {
    const el = await fixture<ClearlineFaq>(html`<clearline-faq lang="en" .statusData=${bank()} .entries=${[{ id: 'a', question: { en: 'Is my card blocked?' }, answer: { en: 'No.' } }]}></clearline-faq>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('input[type=search]'), 'the search field');
    root.querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ type: 'mortgage holiday wibble' });
    await waitUntil(() => root.querySelector('.no-answer .number'), 'the no-answer box with its numbers', { timeout: 5000 });
    expect(numbers(root, '.no-answer .number')).to.deep.equal(['0800 046 0000', '0345 300 0000', '+44 113 496 0000']);
  });

  it('a label that ends on its own question mark takes no colon before the number', async () => {
    const feed = bank();
    feed.channels[0]!.label = { en: 'Lost money or been scammed?' };
    const el = await fixture<HTMLElement>(html`<clearline-status lang="en" .data=${feed}></clearline-status>`);
    const link = el.shadowRoot!.querySelector('[part~=channels] [data-channel=fraud] a')!;
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Lost money or been scammed? 0800 046 0000');
    const service = el.shadowRoot!.querySelector('[part~=channels] [data-channel=service] a')!;
    expect(service.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Customer service: 0345 300 0000');
  });
});
