// A bus company's desk resolved a strike in the studio (trial, 2026-12-05): the customer-service line's 25-minute wait
// went with it, silently, while the queue was at its longest; the phone message then said "U wordt zo geholpen". The
// wait still goes with the incident (as `update --resolve`), but the field says so, and a wait or reason the desk
// changes now stays.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { verifyDocument } from '../../src/feed/verify.js';
import { keygen, statusFeed, type TestKey } from './helpers.js';
import { click, fill, pickKey, resolveWith, root } from './editor-helpers.js';

let key: TestKey;
before(async () => (key = await keygen()));

async function resolved(change: boolean) {
  const feed = statusFeed();
  feed.channels = [{ id: 'service', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31301234567', wait_minutes: 25, reason: { nl: 'veel vragen over de staking', en: 'many questions about the strike' } }];
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed}></clearline-editor>`);
  await click(el, 'Post update');
  await resolveWith(el, 'The strike is over; buses run again from 13:30.', 'De staking is voorbij; vanaf 13:30 rijden de bussen weer.');
  const note = root(el).querySelector('[data-note="resolve-wait"]')?.textContent?.trim() ?? '';
  if (change) {
    await fill(el, 'Reason for the wait — English (Customer service)', 'many questions after the strike');
    await fill(el, 'Reason for the wait — Dutch (Customer service)', 'veel vragen na de staking');
  }
  await pickKey(el, key);
  const event = new Promise<CustomEvent>((ok) => el.addEventListener('clearline-signed', (e) => ok(e as CustomEvent), { once: true }));
  await click(el, 'Sign');
  const { payload } = await verifyDocument(JSON.stringify((await event).detail.envelope), { kind: 'status', keys: key.publicJwk, store: null });
  return { note, channel: payload.channels[0]! };
}

describe('<clearline-editor> resolving, and a line\'s wait', () => {
  it('says at the wait that it goes with the incident; left as it was, it goes', async () => {
    const { note, channel } = await resolved(false);
    expect(note).to.match(/^When this is resolved, this wait is removed: it was about the incident\. Still busy\? Change the wait or its reason now/);
    expect(channel.wait_minutes).to.equal(undefined);
  });

  it('a reason changed now keeps the wait', async () => {
    const { channel } = await resolved(true);
    expect(channel.wait_minutes).to.equal(25);
    expect(channel.reason).to.deep.equal({ nl: 'veel vragen na de staking', en: 'many questions after the strike' });
  });
});
