// Forward compatibility (found after trial T): embeds built before kind `sms` refused a whole signed feed with an sms
// channel and showed "Status unknown", no incident, no line at all; the next new kind would do the same to today's embeds.
// A channel of a kind this reader does not know ("whatsapp" here) is now left out, said once on the console, and the rest
// shown: the incident, the other lines in their order, and the contact reasons, which point at the lines by id.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/status/status.js';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { keygen, serve, sign, statusFeed } from './helpers.js';

const stopNavigation = (e: Event) => e.preventDefault();
before(() => window.addEventListener('click', stopNavigation));
after(() => window.removeEventListener('click', stopNavigation));

const said = (e: Node | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const lines = (root: ParentNode) => [...root.querySelectorAll('[part~=channel]')].map((c) => c.getAttribute('data-channel')).join();

/** Signed by a newer publisher: a WhatsApp line between the phone line and the call-back form, and reasons that name it. */
async function newerFeed() {
  const key = await keygen();
  const base = statusFeed();
  const payload = {
    ...base,
    channels: [base.channels[0], { id: 'wa', kind: 'whatsapp', label: { en: 'WhatsApp us', nl: 'App ons' }, href: 'https://wa.me/31201234567' }, base.channels[1]],
    contact_reasons: [
      { id: 'rebook', label: { en: 'Rebook my flight', nl: 'Mijn vlucht omboeken' }, channels: ['wa', 'callback'] },
      { id: 'ask', label: { en: 'Ask a question', nl: 'Een vraag stellen' }, channels: ['wa'] },
    ],
  };
  const url = serve(JSON.stringify(await sign(payload, [key])));
  return { src: url, key: JSON.stringify(key.publicJwk) };
}

/** console.warn's first arguments while the test runs. */
let warned: string[] = [];
const warn = console.warn;
beforeEach(() => {
  warned = [];
  console.warn = (...args: unknown[]) => void warned.push(String(args[0]));
});
afterEach(() => {
  console.warn = warn;
});

describe('a channel of a kind this reader does not know', () => {
  it('<clearline-status> shows the feed without it: the incident, the other lines in order; said once on the console', async () => {
    const f = await newerFeed();
    const el = await fixture<HTMLElement>(html`<clearline-status lang="en" src=${f.src} public-key=${f.key} feed-id="example-air"></clearline-status>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[part~=channel]'), 'the lines', { timeout: 5000 });
    expect(said(root)).to.include('Storm: flights cancelled');
    // As the same feed without it: the lines in the order this reader gives them (during the storm, call-back first).
    const without = await fixture<HTMLElement>(html`<clearline-status lang="en" .data=${statusFeed()}></clearline-status>`);
    expect(lines(root)).to.equal(lines(without.shadowRoot!));
    expect(lines(root).split(',').sort().join()).to.equal('callback,phone');
    expect(said(root).includes('WhatsApp')).to.equal(false);
    const about = warned.filter((w) => w.includes('whatsapp'));
    expect(about.length).to.equal(1);
    expect(about[0]).to.include('"wa"');
  });

  it('<clearline-help>: a reason that named it offers its other lines; one that named only it, the general ones', async () => {
    const f = await newerFeed();
    const panel = async (id: string) => {
      const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" src=${f.src} public-key=${f.key} feed-id="example-air" .entries=${[]}></clearline-help>`);
      await waitUntil(() => (el as unknown as { status?: unknown }).status, 'the feed', { timeout: 5000 });
      await el.show();
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part~=still-need-us]'), 'the help dialog');
      root.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
      await waitUntil(() => root.querySelector(`button.reason[data-reason="${id}"]`), 'the reasons');
      root.querySelector<HTMLButtonElement>(`button.reason[data-reason="${id}"]`)!.click();
      await waitUntil(() => root.querySelector('[part~=reason-panel] [part~=channel]'), `the panel of ${id}`);
      return root.querySelector('[part~=reason-panel]')!;
    };
    expect(lines(await panel('rebook'))).to.equal('callback');
    const ask = lines(await panel('ask'));
    expect(ask.includes('phone') && ask.includes('callback'), ask).to.equal(true);
    expect(ask.includes('wa')).to.equal(false);
  });
});
