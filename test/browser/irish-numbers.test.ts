// Trial W (an Irish gas network, Europe/Dublin, en-IE): readers saw the gas emergency line as "+35 318 002 05555" and the
// customer line as "+35 315 550 100", the country code +353 cut after two digits. Now a number of an Irish feed is shown as
// dialled in Ireland: the freephone 1800 20 55 55 without a 0, 01 555 0100 with it; the link keeps +353.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/status/status.js';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

function gasFeed(): StatusPayload {
  const f = statusFeed({
    time_zone: 'Europe/Dublin',
    channels: [
      { id: 'gas', kind: 'phone', label: { en: 'Smell gas? Call the 24-hour gas emergency line' }, href: 'tel:+3531800205555', emergency: true },
      { id: 'service', kind: 'phone', label: { en: 'Customer service' }, href: 'tel:+35315550100' },
      { id: 'mobile', kind: 'phone', label: { en: 'Engineer on site' }, href: 'tel:+353871234567' },
      { id: 'lux', kind: 'phone', label: { en: 'Our Luxembourg office' }, href: 'tel:+352123456' },
    ],
  });
  const i = f.incidents[0]!;
  i.severity = 'critical';
  i.actions = [{ label: { en: 'Smell gas? Go outside and call the emergency line at once' }, href: 'tel:+3531800205555', urgent: true }];
  return f;
}
const numbers = (root: ParentNode, sel = '[part~=channel] .number') => [...root.querySelectorAll(sel)].map((n) => n.textContent);

describe('an Irish feed\'s numbers as dialled in Ireland (trial W)', () => {
  for (const lang of ['en', 'en-IE']) {
    it(`<clearline-status lang="${lang}">: the gas emergency line 1800 20 55 55, not +35 318 002 05555`, async () => {
      const el = await fixture<HTMLElement>(html`<clearline-status lang=${lang} .data=${gasFeed()}></clearline-status>`);
      const root = el.shadowRoot!;
      expect(numbers(root)).to.deep.equal(['1800 20 55 55', '01 555 0100', '087 123 4567', '+352 123 456']);
      const gas = root.querySelector<HTMLAnchorElement>('[part~=channel] a')!;
      expect(gas.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Smell gas? Call the 24-hour gas emergency line: 1800 20 55 55');
      expect(gas.getAttribute('href')).to.equal('tel:+3531800205555');
      expect(numbers(root.querySelector('[part~=incident]')!, '.emergency .number'), 'the line on top of the critical incident').to.deep.equal(['1800 20 55 55']);
      expect(numbers(root, '[part~=action] .number'), 'act now').to.deep.equal(['(1800 20 55 55)']);
      expect(root.textContent!.includes('+35 '), 'the country code is never cut').to.equal(false);
    });
  }

  it('<clearline-help lang="en">: the action on the first screen and the channels', async () => {
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${gasFeed()} .entries=${[]}></clearline-help>`);
    await el.show();
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[part~=still-need-us]'), 'the first screen');
    expect(numbers(root, '[part~=incident] .number')).to.include('(1800 20 55 55)');
    root.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
    await el.updateComplete;
    expect(numbers(root)).to.deep.equal(['1800 20 55 55', '01 555 0100', '087 123 4567', '+352 123 456']);
  });
});
