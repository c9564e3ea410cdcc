// An e-mail channel in the reader elements showed only its name ("Report a suspicious e-mail"), a
// mailto: link: for a customer on webmail the link does nothing, and whoever forwards a phishing
// e-mail needs the address. A UK accounting-software company's data breach (walk-through 2026-12-02).
// Now the address follows the name, as a phone line's number does.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/status/status.js';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { Channel } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

const CHANNELS: Channel[] = [
  { id: 'phone', kind: 'phone', label: 'Customer support', href: 'tel:+442079460000' },
  { id: 'security', kind: 'email', label: 'Report a suspicious e-mail', href: 'mailto:security@ledgerly.example' },
  { id: 'help', kind: 'email', label: 'Write to help@ledgerly.example', href: 'mailto:help@ledgerly.example' },
];
const links = (root: ShadowRoot) => [...root.querySelectorAll('[part~=channel] a')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
const WANT = ['Customer support: 020 7946 0000', 'Report a suspicious e-mail: security@ledgerly.example', 'Write to help@ledgerly.example'];

describe('e-mail channels in the elements', () => {
  it('the status shows the address after the name, once', async () => {
    const status = await fixture<HTMLElement>(html`<clearline-status lang="en-GB" .data=${statusFeed({ channels: CHANNELS })}></clearline-status>`);
    expect(links(status.shadowRoot!)).to.have.members(WANT);
  });

  it('so does the help launcher', async () => {
    const help = await fixture<ClearlineHelp>(html`<clearline-help lang="en-GB" .data=${statusFeed({ channels: CHANNELS })} .entries=${[]}></clearline-help>`);
    help.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
    await help.updateComplete;
    help.shadowRoot!.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
    await help.updateComplete;
    expect(links(help.shadowRoot!)).to.have.members(WANT);
  });
});
