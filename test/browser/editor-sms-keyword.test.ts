// Trial T: a text line's word to send ("Text OUT to (316) 555-0142"). The studio's Kind offered "Text message (SMS)" but
// no field for the word: a desk had to hand-edit sms:+13165550142?body=OUT. Now "Word to text" / "Woord om te sms'en",
// for a text line only, checked as `clearline new/edit channel --keyword` is, in the same words (feed/sms-keyword.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import type { Channel } from '../../src/feed/schema.js';
import { KEYWORD_SAID } from '../../src/feed/sms-keyword.js';
import { emptyFeed, field, fill, newIncident } from './editor-helpers.js';

afterEach(() => forgetKey());

const channels = (): Channel[] => [
  { id: 'phone', kind: 'phone', label: { en: 'Member services', nl: 'Klantenservice' }, href: 'tel:+13165550100' },
  { id: 'sms', kind: 'sms', label: { en: 'Report an outage by text', nl: 'Storing melden per sms' }, href: 'sms:+13165550142?body=OUT' },
];
const coop = () => emptyFeed({ feed_id: 'prairie', publisher: { name: 'Prairie Electric Co-op', url: 'https://www.prairie.example' }, time_zone: 'America/Chicago', channels: channels() });
const hrefs = (el: ClearlineEditor) => (el as unknown as { session: { channels: Channel[] } }).session.channels.map((c) => c.href);
const labels = (el: ClearlineEditor) => [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim().replace(/\s+/g, ' '));
const findingOf = (el: ClearlineEditor, name: string) => field(el, name).closest('[data-field]')!.querySelector('.findings')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<clearline-editor> the word people text to a text line', () => {
  it('shows "Word to text" for a text line only, writes the word into its link, and says a word readers refuse at the field', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${coop()}></clearline-editor>`);
    await newIncident(el, 'outage');
    expect(labels(el).includes('Word to text — Report an outage by text')).to.equal(true);
    expect(labels(el).some((l) => l.startsWith('Word to text — Member services'))).to.equal(false);
    expect(field(el, 'Word to text — Report an outage by text').value).to.equal('OUT');
    await fill(el, 'Word to text — Report an outage by text', 'STORM OUT');
    expect(hrefs(el)[1]).to.equal('sms:+13165550142?body=STORM%20OUT');
    expect(findingOf(el, 'Word to text — Report an outage by text')).to.equal('');
    // A new number keeps it.
    await fill(el, 'Link — Report an outage by text', '316-555-0143');
    expect(hrefs(el)[1]).to.equal('sms:+13165550143?body=STORM%20OUT');
    // A quote mark: refused by readers, said here in the CLI's words, and the number's field says nothing.
    await fill(el, 'Word to text — Report an outage by text', "it's out");
    expect(field(el, 'Word to text — Report an outage by text').value).to.equal("it's out");
    expect(findingOf(el, 'Word to text — Report an outage by text').includes(KEYWORD_SAID.en.marks())).to.equal(true);
    expect(field(el, 'Word to text — Report an outage by text').getAttribute('aria-invalid')).to.equal('true');
    expect(findingOf(el, 'Link — Report an outage by text')).to.equal('');
    // Emptied: no word, a plain text link.
    await fill(el, 'Word to text — Report an outage by text', '  ');
    expect(hrefs(el)[1]).to.equal('sms:+13165550143');
    expect(findingOf(el, 'Word to text — Report an outage by text')).to.equal('');
    // A phone line made a text line gets the field too.
    await fill(el, 'Kind — Member services', 'sms');
    await fill(el, 'Word to text — Member services', 'BILL');
    expect(hrefs(el)[0]).to.equal('sms:+13165550100?body=BILL');
  });

  it('in Dutch: "Woord om te sms\'en", and a new text line without a number asks for the number first', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${coop()}></clearline-editor>`);
    await newIncident(el, 'outage', true);
    expect(field(el, "Woord om te sms'en — Storing melden per sms").value).to.equal('OUT');
    await fill(el, "Woord om te sms'en — Storing melden per sms", 'X'.repeat(170));
    expect(findingOf(el, "Woord om te sms'en — Storing melden per sms").includes(KEYWORD_SAID.nl.long('X'.repeat(170)))).to.equal(true);
    const empty = emptyFeed({ time_zone: 'America/Chicago', channels: [{ id: 'sms', kind: 'sms', label: { en: 'Text us', nl: 'Sms ons' }, href: '' }] });
    const fresh = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${empty}></clearline-editor>`);
    await newIncident(fresh, 'outage', true);
    expect(fresh.shadowRoot!.querySelector('[data-note="keyword-number"]')?.textContent?.includes('vul eerst het nummer in')).to.equal(true);
  });
});
