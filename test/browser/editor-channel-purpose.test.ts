// The studio's field for who a line is for (a channel's `purpose`), under its name: "Who this line is for" / "Voor wie deze
// lijn is", per language. A transport company's desk wrote "For disabled passengers …" as the reason for the wait, and
// Resolved took it away with the wait (trial O). The purpose is signed with the feed and stays when the incident is resolved.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { verifyDocument } from '../../src/feed/verify.js';
import { applyIdentity } from '../../src/components/editor/identity-change.js';
import { keygen, statusFeed, type TestKey } from './helpers.js';
import { click, field, fill, pickKey, resolveWith, root } from './editor-helpers.js';

let key: TestKey;
before(async () => (key = await keygen()));

const withLines = () => {
  const feed = statusFeed();
  feed.channels = [{ id: 'assist', kind: 'phone', label: { nl: 'Reisassistentie', en: 'Assisted travel' }, href: 'tel:+31301234567', wait_minutes: 25, reason: { nl: 'veel vragen over de staking', en: 'many questions about the strike' } }];
  return feed;
};

async function signed(el: ClearlineEditor) {
  await pickKey(el, key, el.lang === 'nl' ? 'Ondertekeningssleutel' : 'Signing key');
  const event = new Promise<CustomEvent>((ok) => el.addEventListener('clearline-signed', (e) => ok(e as CustomEvent), { once: true }));
  await click(el, el.lang === 'nl' ? 'Ondertekenen' : 'Sign');
  return (await verifyDocument(JSON.stringify((await event).detail.envelope), { kind: 'status', keys: key.publicJwk, store: null })).payload;
}

describe('<clearline-editor> who a line is for', () => {
  it('English: a field per language with a hint; what is typed is signed, and stays when the incident is resolved (the wait goes)', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${withLines()}></clearline-editor>`);
    await click(el, 'Post update');
    const en = field(el, 'Who this line is for — English (Assisted travel)');
    const hint = root(el).getElementById(en.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent ?? '';
    expect(hint).to.equal('Readers see it under the name, also after the all-clear, e.g. For disabled people and anyone who needs extra help.');
    await fill(el, 'Who this line is for — English (Assisted travel)', 'For disabled passengers and anyone who needs help to travel');
    await fill(el, 'Who this line is for — Dutch (Assisted travel)', 'Voor reizigers met een beperking');
    await resolveWith(el, 'The strike is over; trams run again from 13:30.', 'De staking is voorbij; vanaf 13:30 rijden de trams weer.');
    const line = (await signed(el)).channels[0]!;
    expect(line.purpose).to.deep.equal({ nl: 'Voor reizigers met een beperking', en: 'For disabled passengers and anyone who needs help to travel' });
    expect([line.wait_minutes, line.reason]).to.deep.equal([undefined, undefined]);
  });

  it('Dutch: "Voor wie deze lijn is"; emptied in every language, the member goes', async () => {
    const feed = withLines();
    feed.channels[0]!.purpose = { nl: 'Voor reizigers met een beperking', en: 'For disabled passengers' };
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(field(el, 'Voor wie deze lijn is — Nederlands (Reisassistentie)').value).to.equal('Voor reizigers met een beperking');
    await fill(el, 'Voor wie deze lijn is — Nederlands (Reisassistentie)', '');
    await fill(el, 'Voor wie deze lijn is — Engels (Reisassistentie)', ' ');
    await fill(el, 'Wat we weten — Nederlands', 'De trams rijden om 14:00 weer.');
    await fill(el, 'Wat we weten — Engels', 'Trams run again at 14:00.');
    await fill(el, 'Volgende update', '+30m');
    expect('purpose' in (await signed(el)).channels[0]!).to.equal(false);
  });

  it('a new feed\'s languages chosen: the purpose keeps those languages only, as the name', () => {
    const feed = withLines();
    feed.channels[0]!.purpose = { nl: 'Voor reizigers met een beperking', en: 'For disabled passengers' };
    const { channels } = applyIdentity({ base: feed, channels: feed.channels, idTyped: true }, { languages: ['en'] });
    expect([channels[0]!.label, channels[0]!.purpose]).to.deep.equal([{ en: 'Assisted travel' }, { en: 'For disabled passengers' }]);
  });
});
