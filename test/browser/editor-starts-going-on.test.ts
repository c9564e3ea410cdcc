// Trial U, finding 6: at 11:03, keyboard only, one Tab too few put "13:00" (meant for Next update) into "Begins later
// (announced ahead)" of a phishing wave going on since 07:39; the only hint was "Begins: 13:00 … readers see „From
// 13:00”", and it was signed. Now the field asks plainly, and lint's starts-while-going-on stops the signing.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { click, emptyFeed, fill, pickKey, root } from './editor-helpers.js';
import type { FeedDraft } from '../../src/feed/update.js';

let key: TestKey;
const realNow = Date.now;
before(async () => {
  key = await keygen();
  await forgetKey();
});
afterEach(() => (Date.now = realNow));

const NOW = Date.parse('2026-12-08T10:03:00Z'); // 11:03 in Brussels
const wave = (): FeedDraft =>
  emptyFeed({
    feed_id: 'waterbedrijf',
    publisher: { name: 'Waterbedrijf', url: 'https://www.water.example' },
    time_zone: 'Europe/Brussels',
    channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Klantendienst', en: 'Customer service' }, href: 'tel:+3227904000', wait_minutes: 10, reason: { nl: 'veel oproepen', en: 'many calls' } }],
    incidents: [
      {
        id: 'nep-sms', title: { nl: "Valse sms'en uit naam van Waterbedrijf", en: 'Fake text messages in the name of Waterbedrijf' }, severity: 'major', phase: 'identified',
        started_at: '2026-12-08T06:39:00Z', updated_at: '2026-12-08T06:41:00Z',
        known: { nl: "Er gaan valse sms'en rond met een link.", en: 'Fake text messages with a link are going round.' },
        unknown: { nl: 'Hoeveel mensen ze kregen.', en: 'How many people got them.' },
        next_update_at: '2026-12-08T10:30:00Z',
        actions: [{ label: { nl: 'Klik niet op de link', en: 'Do not tap the link' }, urgent: true }],
      },
    ],
  } as Partial<FeedDraft>);

const note = (el: ClearlineEditor) => root(el).querySelector('[data-field=starts_at] [data-note=starts-going-on]')?.textContent?.trim() ?? '';

describe('<clearline-editor> "Begins later" on an incident going on', () => {
  it('says it is going on and asks about the next update, and signing is refused with the reason at the field', async () => {
    Date.now = () => NOW;
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${wave()}></clearline-editor>`);
    await click(el, 'Post update');
    await fill(el, 'Begins later (announced ahead)', '13:00');
    expect(note(el)).to.equal('This incident is going on now (since 07:39): readers would see it as announced for 13:00. Did you mean the next update?');
    expect(root(el).querySelector('[data-field=starts_at] .chosen') === null, 'not "Until then readers see …" as if meant').to.equal(true);
    await pickKey(el, key);
    let signed = false;
    el.addEventListener('clearline-signed', () => (signed = true));
    await click(el, 'Sign');
    await new Promise((r) => setTimeout(r, 300));
    expect(signed).to.equal(false);
    expect(root(el).querySelector('#f-starts')?.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector('[data-field=starts_at]')?.textContent).to.contain('Leave “Begins later (announced ahead)” empty');
    // Emptied, and 13:00 where it was meant: it signs.
    await fill(el, 'Begins later (announced ahead)', '');
    expect(note(el)).to.equal('');
    await fill(el, 'Next update', '13:00');
    await click(el, 'Sign');
    await new Promise((r) => setTimeout(r, 300));
    expect(signed).to.equal(true);
  });

  it('in Dutch too; a new incident announced ahead keeps "Begint: … Tot dan zien lezers …"', async () => {
    Date.now = () => NOW;
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${wave()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    await fill(el, 'Begint later (vooraf aangekondigd)', '13:00');
    expect(note(el)).to.equal('Dit incident is nu aan de gang (sinds 07:39): lezers zouden het zien als aangekondigd voor 13:00. Bedoelde u de volgende update?');
    const fresh = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${wave()}></clearline-editor>`);
    await click(fresh, 'Nieuw incident');
    await fill(fresh, 'Begint later (vooraf aangekondigd)', '13:00');
    expect(note(fresh)).to.equal('');
    expect(root(fresh).querySelector('[data-field=starts_at] .chosen')?.textContent?.startsWith('Begint: ')).to.equal(true);
  });
});
