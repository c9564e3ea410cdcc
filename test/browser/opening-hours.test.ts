// A telecom's web chat (8am–10pm) and support line (8am–8pm) were offered at 3 a.m. with "Expected wait about 15/40
// minutes" (trial G): their hours were words, so nothing could tell that they were closed. With `opening_hours` a line
// outside its hours says "Closed now, opens at …" instead of its wait, and comes after the lines open now; an emergency
// line stays first. The hours here are set around the real clock (UTC), so the test holds at any time of day.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/status/status.js';
import '../../src/components/help/help.js';
import '../../src/components/faq/faq.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { Channel, StatusPayload } from '../../src/feed/schema.js';
import { around, statusFeed } from './helpers.js';


function telecom(): StatusPayload {
  const channels: Channel[] = [
    { id: 'chat', kind: 'chat', label: 'Web chat', href: 'https://example.com/chat', wait_minutes: 15, hours: '8am to 10pm', opening_hours: around(90, 180) },
    { id: 'support', kind: 'phone', label: 'Customer support', href: 'tel:+443300884000', wait_minutes: 40, reason: 'very many calls about the outage', opening_hours: around(-60, 60) },
    { id: '999', kind: 'phone', label: '999', href: 'tel:999', emergency: true, opening_hours: '24/7' },
  ];
  return statusFeed({ time_zone: 'UTC', channels });
}
/** The help dialog's panel for contact reason `id`, once it lists a channel. */
async function reasonPanel(f: StatusPayload, id: string): Promise<Element> {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${f} .entries=${[]}></clearline-help>`);
  await el.show();
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelector('[part~=still-need-us]'), 'the help dialog');
  root.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
  await waitUntil(() => root.querySelector(`button.reason[data-reason="${id}"]`), 'the reasons');
  root.querySelector<HTMLButtonElement>(`button.reason[data-reason="${id}"]`)!.click();
  await waitUntil(() => root.querySelector('[part~=reason-panel] [part~=channel]'), 'the reason panel');
  return root.querySelector('[part~=reason-panel]')!;
}
const said = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
const item = (root: ParentNode, id: string) => root.querySelector(`[part~=channel][data-channel="${id}"]`)!;

describe('a line outside its opening hours', () => {
  it('<clearline-status>: "Closed now, opens at …" instead of its wait, after the open line; the emergency line first', async () => {
    const el = await fixture<HTMLElement>(html`<clearline-status lang="en" .data=${telecom()}></clearline-status>`);
    const root = el.shadowRoot!;
    const chat = said(item(root, 'chat'));
    expect(chat).to.match(/Closed now, opens (at )?/);
    expect(chat).not.to.include('Expected wait');
    // Its words for readers stay.
    expect(chat).to.include('8am to 10pm');
    expect(said(item(root, 'support'))).to.include('Expected wait about 40 minutes');
    expect(said(item(root, 'support'))).not.to.include('Closed');
    expect(said(item(root, '999'))).not.to.include('Closed');
    const order = [...root.querySelectorAll('[part~=channel]')].map((c) => c.getAttribute('data-channel'));
    expect(order.join()).to.equal('999,support,chat');
    // The long-wait hint still comes from the open line (40 minutes), not from the closed chat's old wait.
    expect(root.querySelector('[part~=self-service]')).to.exist;
  });

  // Trial P: "Klantenservice: … / Nu gesloten, weer open om 8:00 / Heel veel telefoontjes over de cyberaanval": the reason
  // for a wait nobody has while the line is closed.
  it('a closed line does not show the reason for its wait; the help dialog neither', async () => {
    const f = telecom();
    f.channels[0]!.reason = 'very many chats about the outage';
    const el = await fixture<HTMLElement>(html`<clearline-status lang="en" .data=${f}></clearline-status>`);
    expect(said(item(el.shadowRoot!, 'chat'))).to.match(/Closed now/);
    expect(said(item(el.shadowRoot!, 'chat'))).not.to.match(/very many chats/i);
    expect(said(item(el.shadowRoot!, 'support'))).to.include('very many calls about the outage');
    f.contact_reasons = [{ id: 'wfh', label: 'I work from home tomorrow', channels: ['chat', 'support'] }];
    const panel = await reasonPanel(f, 'wfh');
    expect(said(item(panel, 'chat'))).not.to.match(/very many chats/i);
    expect(said(item(panel, 'support'))).to.include('very many calls about the outage');
  });

  it('in Dutch: "Nu gesloten, weer open om …"', async () => {
    const el = await fixture<HTMLElement>(html`<clearline-status lang="nl" .data=${telecom()}></clearline-status>`);
    expect(said(item(el.shadowRoot!, 'chat'))).to.match(/Nu gesloten, weer open /);
  });

  it('without opening_hours nothing changes: the wait shows', async () => {
    const f = telecom();
    f.channels = f.channels.map(({ opening_hours: _o, ...c }) => c);
    const el = await fixture<HTMLElement>(html`<clearline-status lang="en" .data=${f}></clearline-status>`);
    expect(said(item(el.shadowRoot!, 'chat'))).to.include('Expected wait about 15 minutes');
    expect(el.shadowRoot!.textContent).not.to.include('Closed now');
  });

  it('<clearline-help>: a reason that can wait lists the open line first and the closed one without its wait', async () => {
    const f = telecom();
    f.contact_reasons = [{ id: 'wfh', label: 'I work from home tomorrow', channels: ['chat', 'support'] }];
    const panel = await reasonPanel(f, 'wfh');
    const order = [...panel.querySelectorAll('[part~=channel]')].map((c) => c.getAttribute('data-channel'));
    expect(order.join()).to.equal('support,chat');
    expect(said(item(panel, 'chat'))).to.match(/Closed now, opens (at )?/);
    expect(said(item(panel, 'chat'))).not.to.include('Expected wait');
  });

  // Trial M, a municipality on a Sunday: "Aangifte geboorte of overlijden" (urgent: a legal deadline) named its own line,
  // closed at the weekend, and the panel showed only the emergency line, not its own line or when it opens.
  it('<clearline-help>: an urgent reason lists the closed line it names after the emergency line, with when it opens', async () => {
    const f = telecom();
    f.channels = f.channels.filter((c) => c.id !== 'support');
    f.contact_reasons = [{ id: 'register', label: 'Register a birth or death', urgent: true, channels: ['chat'] }];
    const panel = await reasonPanel(f, 'register');
    const order = [...panel.querySelectorAll('[part~=channel]')].map((c) => c.getAttribute('data-channel'));
    expect(order.join()).to.equal('999,chat');
    expect(said(item(panel, 'chat'))).to.match(/Closed now, opens (at )?/);
  });
});

describe('<clearline-faq> without an answer', () => {
  // The FAQ's contact list shows no waits; at night it listed the closed chat before the open line.
  it('lists the line open now before the closed one', async () => {
    const entries = [{ id: 'router', question: 'How do I restart my router?', answer: 'Turn it off and on.' }];
    const el = await fixture<HTMLElement>(html`<clearline-faq lang="en" .statusData=${telecom()} .entries=${entries}></clearline-faq>`);
    await waitUntil(() => el.shadowRoot!.querySelector('input'), 'the search field');
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'parking garage tickets';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=no-answer] [data-channel]'), 'the no-answer box', { timeout: 5000 });
    const order = [...el.shadowRoot!.querySelectorAll('[part~=no-answer] [data-channel]')].map((c) => c.getAttribute('data-channel'));
    expect(order.join()).to.equal('999,support,chat');
  });
});
