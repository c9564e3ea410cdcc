// <clearline-editor> on a phone (360 px): posting an update. The form was about 17,800 px tall for a bank with three
// actions, three channels and five contact reasons, with Sign some 11,000 px below the title: a desk worker at 2 a.m.
// could not find it. The sections an update seldom changes (what readers can do, the channels, the contact reasons)
// are now folded behind a summary that says what they hold; they open with a tap, and by themselves when Sign finds
// a problem in them, so the focus reaches the field (and they stay open while it is fixed).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { button, click, emptyFeed, fill, root } from './editor-helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const both = (nl: string, en: string) => ({ nl, en });

function bank(): FeedDraft {
  const now = Date.now();
  return emptyFeed({
    feed_id: 'voorbeeldbank',
    publisher: { name: 'Voorbeeldbank', url: 'https://example.com' },
    channels: [
      { id: 'phone', kind: 'phone', label: both('Klantenservice', 'Customer service'), href: 'tel:+31201234567', wait_minutes: 20 },
      { id: 'phone-2', kind: 'phone', label: both('Blokkeerlijn pas', 'Card blocking line'), href: 'tel:+318000123', emergency: true },
      { id: 'chat', kind: 'chat', label: both('Chat', 'Chat'), href: 'https://example.com/chat' },
    ],
    contact_reasons: ['fraud', 'suspicious', 'log-in', 'payment-failed', 'charged-twice'].map((id) => ({ id, label: both(`Reden ${id}`, `Reason ${id}`), channels: ['phone'] })),
    incidents: [
      {
        id: 'pin',
        severity: 'major',
        phase: 'investigating',
        title: both('Pinnen werkt niet', 'Card payments do not work'),
        known: both('Sinds 01:10 werkt pinnen niet.', 'Card payments have failed since 01:10.'),
        unknown: both('De oorzaak.', 'The cause.'),
        started_at: iso(now - 3_600_000),
        updated_at: iso(now - 1_800_000),
        next_update_at: iso(now + 1_800_000),
        actions: [0, 1, 2].map((i) => ({ label: both(`Actie ${i}`, `Action ${i}`), who: both('Iedereen', 'Everyone'), ...(i ? {} : { urgent: true }) })),
      },
    ],
  } as Partial<FeedDraft>);
}

const fold = (el: ClearlineEditor, name: string) => root(el).querySelector<HTMLDetailsElement>(`details[data-fold="${name}"]`)!;
const top = (e: Element) => e.getBoundingClientRect().top;

async function phone(feed: FeedDraft, start: string): Promise<ClearlineEditor> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px"><clearline-editor lang="en" .feed=${feed}></clearline-editor></div>`);
  const el = wrap.querySelector('clearline-editor')!;
  await el.updateComplete;
  await click(el, start);
  return el;
}
const phoneUpdate = (feed = bank()) => phone(feed, 'Post update');

describe('<clearline-editor> an update on a phone', () => {
  it('Sign is within three phone screens of the form’s top; actions, channels and reasons are folded, their summaries say what they hold', async () => {
    const el = await phoneUpdate();
    const form = root(el).querySelector('form')!;
    const below = top(button(el, 'Sign')) - top(form);
    expect(below, `Sign ${Math.round(below)} px below the form's top`).to.be.below(3 * 780);
    for (const name of ['actions', 'channels', 'contact_reasons']) expect(fold(el, name).open, name).to.equal(false);
    const summary = (name: string) => fold(el, name).querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(summary('actions')).to.equal('What readers can do 3 actions readers still see: “Action 0”, “Action 1”, “Action 2”');
    expect(summary('channels')).to.equal('Contact channels 3 channels: Card blocking line, Customer service, Chat');
    expect(summary('contact_reasons')).to.equal('Contact reasons 5 reasons');
    // Everything stays reachable: a tap on the summary opens it.
    fold(el, 'channels').querySelector('summary')!.click();
    await el.updateComplete;
    expect(fold(el, 'channels').open).to.equal(true);
    expect(fold(el, 'channels').querySelector('input')!.getBoundingClientRect().height).to.be.above(0);
  });

  it('a warning in a folded section is said in its summary', async () => {
    const feed = bank();
    delete feed.incidents[0]!.actions![0]!.urgent;
    const el = await phoneUpdate(feed);
    expect(fold(el, 'actions').querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('What readers can do 3 actions readers still see: “Action 0”, “Action 1”, “Action 2” · 1 thing to check');
  });

  it('a new incident keeps its actions open (the template’s need reading); a feed without channels keeps Contact channels open', async () => {
    const el = await phone(emptyFeed(), 'New incident');
    expect(fold(el, 'actions').open).to.equal(true);
    expect(fold(el, 'channels').open).to.equal(true);
  });

  it('Sign with a problem in a folded section opens it and puts the focus on the field; it stays open once fixed', async () => {
    const feed = bank();
    feed.channels[2]!.href = '';
    const el = await phoneUpdate(feed);
    expect(fold(el, 'channels').open).to.equal(false);
    await click(el, '+30 min');
    await click(el, 'Sign');
    await el.updateComplete;
    expect(fold(el, 'channels').open, 'opened by the problem').to.equal(true);
    const active = root(el).activeElement as HTMLInputElement;
    expect(active?.id).to.equal('f-channels-2-href');
    expect(fold(el, 'channels').querySelector('summary')!.textContent).to.match(/1 problem/);
    await fill(el, 'Link — Chat', 'https://example.com/chat');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(fold(el, 'channels').open, 'still open after the fix').to.equal(true);
  });
});
