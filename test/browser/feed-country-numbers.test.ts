// Trials Q (a Dutch hospital) and R (a Dutch grid operator): their English pages said "Smell gas? Call now: +31 800 9009"
// while the Dutch ones said "Bel direct: 0800 9009"; a caller in the Netherlands does not dial the + form. Now a number
// of the feed's own country (its time zone) is shown as dialled there in every language (content/links.ts numberLang);
// the link keeps +31, so tapping still works from abroad; another country's number keeps its +; 112 is as it was.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/status/status.js';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

function gasFeed(): StatusPayload {
  const f = statusFeed({
    time_zone: 'Europe/Amsterdam',
    channels: [
      { id: 'gas', kind: 'phone', label: { nl: 'Ruikt u gas? Bel direct', en: 'Smell gas? Call now' }, href: 'tel:+318009009', emergency: true },
      { id: '112', kind: 'phone', label: { nl: 'Levensgevaar', en: 'Life in danger' }, href: 'tel:112', emergency: true },
      { id: 'service', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31881234567' },
      { id: 'uk', kind: 'phone', label: { nl: 'Onze Britse partner', en: 'Our UK partner' }, href: 'tel:+442079460018' },
    ],
  });
  const i = f.incidents[0]!;
  i.severity = 'critical';
  i.actions = [{ who: { nl: 'U ruikt gas', en: 'You smell gas' }, label: { nl: 'Ga naar buiten en bel het storingsnummer', en: 'Go outside and call the emergency line' }, href: 'tel:+318009009', urgent: true }];
  return f;
}
const numbers = (root: ParentNode, sel = '[part~=channel] .number') => [...root.querySelectorAll(sel)].map((n) => n.textContent);

describe('a Dutch feed\'s own numbers as dialled in the Netherlands, in English too (trials Q, R)', () => {
  it('<clearline-status lang="en">: 0800 9009, the link tel:+318009009; a British line +44; 112 as it is', async () => {
    const el = await fixture<HTMLElement>(html`<clearline-status lang="en" .data=${gasFeed()}></clearline-status>`);
    const root = el.shadowRoot!;
    expect(numbers(root)).to.deep.equal(['0800 9009', '112', '088 123 4567', '+44 20 7946 0018']);
    const gas = root.querySelector<HTMLAnchorElement>('[part~=channel] a')!;
    expect(gas.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Smell gas? Call now: 0800 9009');
    expect(gas.getAttribute('href') === 'tel:+318009009', 'the link dials +31 from anywhere').to.equal(true);
    expect(numbers(root.querySelector('[part~=incident]')!, '.emergency .number'), 'the lines on top of the critical incident').to.deep.equal(['0800 9009', '112']);
    expect(numbers(root, '[part~=action] .number'), 'act now').to.deep.equal(['(0800 9009)']);
    expect(root.textContent!.includes('+31'), 'no +31 anywhere on the English page').to.equal(false);
  });

  it('<clearline-help lang="en">: the action on the first screen and the channels', async () => {
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${gasFeed()} .entries=${[]}></clearline-help>`);
    await el.show();
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[part~=still-need-us]'), 'the first screen');
    expect(numbers(root, '[part~=incident] .number')).to.include('(0800 9009)');
    root.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
    await el.updateComplete;
    expect(numbers(root)).to.deep.equal(['0800 9009', '112', '088 123 4567', '+44 20 7946 0018']);
  });
});
