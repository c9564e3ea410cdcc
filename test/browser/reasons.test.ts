import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { allChannels } from '../../src/components/shared/contact.js';
import { withoutStaleWaits } from '../../src/feed/channels.js';
import { listedReasons, reasonActions, reasonChannels, reasonEntries } from '../../src/feed/reasons.js';
import type { Channel, StatusPayload } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

const CHANNELS: Channel[] = [
  { id: 'phone', kind: 'phone', label: 'Call us', href: 'tel:+31201234567', wait_minutes: 45 },
  { id: 'chat', kind: 'chat', label: 'Chat', href: 'https://example.com/chat', wait_minutes: 5 },
  { id: 'callback', kind: 'callback', label: 'Call back', href: 'https://example.com/callback' },
  { id: 'web', kind: 'web', label: 'Online form', href: 'https://example.com/form' },
  { id: 'gas', kind: 'phone', label: 'Gas leak line', href: 'tel:0800-9009', emergency: true },
];

function feed(crisis = true): StatusPayload {
  return statusFeed({
    channels: CHANNELS,
    contact_reasons: [
      { id: 'smell', label: 'I smell gas', urgent: true, faq: ['smell-gas'], channels: ['phone', 'chat', 'callback'] },
      { id: 'bill', label: 'My bill', faq: ['bill', 'unknown-entry'], channels: ['phone', 'callback', 'web', 'gas'] },
      { id: 'other', label: 'Something else' },
    ],
    ...(crisis ? {} : { incidents: [] }),
  });
}
const ids = (c: Channel[]) => c.map((x) => x.id);
const reason = (p: StatusPayload, id: string) => p.contact_reasons!.find((r) => r.id === id)!;

describe('contact reasons', () => {
  it('an urgent reason: the emergency line first, nothing that makes the reader wait', () => {
    const p = feed();
    expect(ids(reasonChannels(p, reason(p, 'smell')))).to.deep.equal(['gas', 'chat']);
  });

  it('an urgent reason without an emergency line still offers a direct line, even with a queue', () => {
    const p = feed();
    p.channels = CHANNELS.filter((c) => !c.emergency && c.kind !== 'chat');
    expect(ids(reasonChannels(p, reason(p, 'smell')))).to.deep.equal(['phone']);
  });

  it('a non-urgent reason during a disruption: call-back and self-service before the phone', () => {
    const p = feed();
    expect(ids(reasonChannels(p, reason(p, 'bill')))).to.deep.equal(['callback', 'web', 'phone', 'gas']);
    expect(ids(reasonChannels(p, reason(p, 'other')))).to.deep.equal(['callback', 'web', 'chat', 'phone']);
  });

  // Trial L, a mobile network down: "I cannot make calls" named chat, form, phone and social, and the launcher offered
  // the form and the social page first, the chat third.
  it('a non-urgent reason that names its channels keeps their order during a disruption, call-back first and the phone last', () => {
    const p = feed();
    p.channels = [...CHANNELS, { id: 'social', kind: 'web', label: 'X and Facebook', href: 'https://example.com/social' }];
    p.contact_reasons!.push({ id: 'cannot-call', label: 'I cannot make calls', channels: ['chat', 'web', 'phone', 'social'] });
    expect(ids(reasonChannels(p, reason(p, 'cannot-call')))).to.deep.equal(['chat', 'web', 'social', 'phone']);
    reason(p, 'cannot-call').channels = ['phone', 'chat', 'callback'];
    expect(ids(reasonChannels(p, reason(p, 'cannot-call'))), 'call-back first').to.deep.equal(['callback', 'chat', 'phone']);
  });

  it('without a disruption: the feed order, never the emergency line unless named', () => {
    const p = feed(false);
    expect(ids(reasonChannels(p, reason(p, 'other')))).to.deep.equal(['phone', 'chat', 'callback', 'web']);
  });

  it('answers in the reason order, unknown ids skipped; urgent reasons get only "act now" actions', () => {
    const p = feed();
    const entries = [{ id: 'bill', question: 'q', answer: 'a' }, { id: 'smell-gas', question: 'q', answer: 'a' }];
    expect(reasonEntries(reason(p, 'bill'), entries).map((e) => e.id)).to.deep.equal(['bill']);
    expect(reasonActions(p, reason(p, 'smell')).every((a) => a.urgent)).to.equal(true);
    expect(reasonActions(p, reason(p, 'bill'))[0]!.urgent).to.equal(true);
    expect(reasonActions(p, reason(p, 'bill'))).to.have.length(2);
  });

  it('without reasons the launcher lists channels like groupChannels: emergency first; reordered for a long queue only during a disruption', () => {
    expect(ids(allChannels(feed()))).to.deep.equal(['gas', 'callback', 'web', 'chat', 'phone']);
    expect(ids(allChannels(feed(false)))).to.deep.equal(['gas', 'phone', 'chat', 'callback', 'web']);
    // An emergency line's own wait never reorders the ordinary channels (as in <clearline-status>).
    const p = feed();
    p.channels = [{ ...CHANNELS[4]!, wait_minutes: 60 }, ...CHANNELS.slice(1, 4)];
    expect(ids(allChannels(p))).to.deep.equal(['gas', 'chat', 'callback', 'web']);
  });

  it('withoutStaleWaits: an expired status keeps its channels (and what each is for) without waits; a current one is passed through', () => {
    const p = feed();
    p.channels = CHANNELS.map((c) => ({ ...c, wait_minutes: 45, reason: 'busy' }));
    expect(withoutStaleWaits(p, false)).to.equal(p);
    const old = withoutStaleWaits(p, true);
    expect(ids(old.channels)).to.deep.equal(ids(p.channels));
    expect(old.channels.some((c) => 'wait_minutes' in c)).to.equal(false);
    expect(old.channels.every((c) => c.reason === 'busy'), 'reason also says what a line is for').to.equal(true);
    expect(old.incidents).to.equal(p.incidents);
    expect(withoutStaleWaits(p, true), 'the same object each render').to.equal(old);
    expect(p.channels[0]!.wait_minutes, 'the input is left alone').to.equal(45);
  });

  it('an urgent reason lists every emergency line of the feed, in the feed order, before its own channels', () => {
    const p = feed();
    p.channels = [...CHANNELS, { id: 'gas2', kind: 'phone', label: 'Second line', href: 'tel:+31800900901', emergency: true }];
    expect(ids(reasonChannels(p, reason(p, 'smell')))).to.deep.equal(['gas', 'gas2', 'chat']);
  });

  it('an urgent reason that names an emergency line gets only the lines it names (a failed alarm or a gas smell, not also the fraud line)', () => {
    const p = feed();
    p.channels = [...CHANNELS, { id: 'fraud', kind: 'phone', label: 'Fraud line', href: 'tel:+318000247', emergency: true }];
    reason(p, 'smell').channels = ['chat', 'gas'];
    expect(ids(reasonChannels(p, reason(p, 'smell')))).to.deep.equal(['gas', 'chat']);
    reason(p, 'smell').channels = ['chat'];
    expect(ids(reasonChannels(p, reason(p, 'smell'))), 'naming none: every emergency line, as before').to.deep.equal(['gas', 'fraud', 'chat']);
  });

  // A tax office's login outage (2026-12-02): "I think this is a phishing message" (urgent) was written
  // after "I cannot log in", and the help launcher listed it below the question that can wait.
  it('the urgent reasons are listed first in the help launcher, the rest in the feed order', async () => {
    const p = feed();
    p.contact_reasons = [
      { id: 'log-in', label: 'I cannot log in' },
      { id: 'phishing', label: 'I think this is a phishing message', urgent: true },
      { id: 'other', label: 'Something else' },
      { id: 'deadline', label: 'I cannot meet the deadline', urgent: true },
    ];
    expect(listedReasons(p).map((r) => r.id)).to.deep.equal(['phishing', 'deadline', 'log-in', 'other']);
    expect(p.contact_reasons.map((r) => r.id), 'the feed is left alone').to.deep.equal(['log-in', 'phishing', 'other', 'deadline']);
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${p} .entries=${[]}></clearline-help>`);
    el.shadowRoot!.querySelector<HTMLElement>('button.launcher')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=still-need-us]'), 'help open', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLElement>('[part~=still-need-us]')!.click();
    await el.updateComplete;
    const listed = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button.reason')].map((b) => b.dataset.reason);
    expect(listed).to.deep.equal(['phishing', 'deadline', 'log-in', 'other']);
  });
});
