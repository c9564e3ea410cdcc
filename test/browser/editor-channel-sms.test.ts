// Trial T, finding 2: a US co-op's storm line people text ("Text OUT to (316) 555-0142"). The studio's Kind offers a
// text message channel; choosing it makes the line's number an sms: link, its Link field shows the number as dialled
// there (no sms: to read), and a new number keeps the word people send (OUT).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import type { Channel } from '../../src/feed/schema.js';
import { emptyFeed, field, fill, newIncident } from './editor-helpers.js';

afterEach(() => forgetKey());

const channels: Channel[] = [
  { id: 'phone', kind: 'phone', label: { en: 'Member services', nl: 'Klantenservice' }, href: 'tel:+13165550100' },
  { id: 'sms', kind: 'sms', label: { en: 'Report an outage by text', nl: 'Storing melden per sms' }, href: 'sms:+13165550142?body=OUT' },
];
const coop = () => emptyFeed({ feed_id: 'prairie', publisher: { name: 'Prairie Electric Co-op', url: 'https://www.prairie.example' }, time_zone: 'America/Chicago', channels });
const hrefs = (el: ClearlineEditor) => (el as unknown as { session: { channels: Channel[] } }).session.channels.map((c) => c.href);
const findingOf = (el: ClearlineEditor, name: string) => field(el, name).closest('[data-field]')!.querySelector('.findings')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<clearline-editor> a channel people text', () => {
  it('offers "Text message (SMS)" as a kind, shows the number as dialled, keeps OUT with a new number, and makes a phone line\'s number a text link', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${coop()}></clearline-editor>`);
    await newIncident(el, 'outage');
    const kind = field(el, 'Kind — Report an outage by text') as unknown as HTMLSelectElement;
    expect(kind.value).to.equal('sms');
    expect(kind.selectedOptions[0]!.textContent!.trim()).to.equal('Text message (SMS)');
    expect(field(el, 'Link — Report an outage by text').value).to.equal('(316) 555-0142');
    expect(findingOf(el, 'Link — Report an outage by text')).to.equal('');
    await fill(el, 'Link — Report an outage by text', '316-555-0143');
    expect(hrefs(el)).to.deep.equal(['tel:+13165550100', 'sms:+13165550143?body=OUT']);
    expect(field(el, 'Link — Report an outage by text').value).to.equal('(316) 555-0143');
    await fill(el, 'Kind — Member services', 'sms');
    expect(hrefs(el)[0]).to.equal('sms:+13165550100');
    await fill(el, 'Kind — Member services', 'phone');
    expect(hrefs(el)[0]).to.equal('tel:+13165550100');
  });
});
