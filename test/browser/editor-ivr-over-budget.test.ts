// Trial V (a Belgian bank's desk, 11:06, a phishing wave): the studio's phone preview showed a message over its 45 s as if
// it were fine, with only "50 of 45 seconds" in its caption; `clearline export --to ivr` then wrote nothing, after
// signing, and the second urgent action ("Do not click links…") had no room. Now the preview says so under the message,
// in the words of lint's phone-message-too-long: the seconds against 45, what was left out and the sentence to shorten.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, root } from './editor-helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function bank(long: boolean): FeedDraft {
  const now = Date.now();
  const first = long
    ? 'Did you click the link and fill in your card number, your PIN or the code from your card reader? Then call Card Stop on 078 170 170 at once to have your card blocked, even if you are not sure whether money has already left your account, and then report it to the police in your town or through Police on web, with the date and time of the text message too'
    : 'Did you fill in your card details? Call Card Stop on 078 170 170 at once.';
  return emptyFeed({
    feed_id: 'bank-be',
    time_zone: 'Europe/Brussels',
    publisher: { name: 'Voorbeeldbank', url: 'https://www.voorbeeldbank.example/' },
    channels: [
      { id: 'cardstop', kind: 'phone', label: { en: 'Card Stop (block your card)' }, href: 'tel:+3278170170', emergency: true },
      { id: 'phone', kind: 'phone', label: { en: 'Customer service' }, href: 'tel:+3222221111', wait_minutes: 25, reason: { en: 'many calls about fake text messages' } },
    ],
    incidents: [
      {
        id: 'phishing',
        severity: 'major',
        phase: 'identified',
        title: { en: 'Fake text messages in the name of Voorbeeldbank' },
        known: { en: 'Since this morning many people get a fake text saying their card will be blocked. The messages are not from us.' },
        unknown: { en: 'How many people filled in their details.' },
        started_at: iso(now - 5_400_000),
        updated_at: iso(now - 600_000),
        next_update_at: iso(now + 3_600_000),
        actions: [
          { label: { en: first }, href: 'tel:+3278170170', urgent: true },
          { label: { en: 'Do not click links in text messages about your card, and never give your PIN or the code from your card reader' }, urgent: true },
        ],
      },
    ],
  } as Partial<FeedDraft>);
}

const figure = (el: ClearlineEditor) => root(el).querySelector('.channel-preview [data-channel="ivr"][data-line="phone"]');
const note = (el: ClearlineEditor) => figure(el)?.querySelector('[data-note="ivr-over-budget"]')?.textContent?.trim() ?? '';

describe('<clearline-editor> a phone message over its 45 seconds', () => {
  it('says plainly that it is too long, that export writes nothing, and what to shorten', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${bank(true)}></clearline-editor>`);
    await click(el, 'Post update');
    expect(figure(el)?.getAttribute('data-fits')).to.equal('no');
    expect(figure(el)?.querySelector('figcaption')?.textContent).to.match(/of 45 seconds: too long for the phone line$/);
    expect(note(el)).to.match(/^The English phone message for "Customer service" is too long for the phone line: \d+(?:\.\d)? s of at most 45 s, even without .*urgent action 2 \("Do not click links.*so exporting it for the phone system writes nothing\. Shorten the longest sentence \(\d+(?:\.\d)? s, urgent action 1\): "Did you click the link/);
    expect(note(el)).not.to.match(/clearline|--/);
    // Shown as a problem, as the preview's other refusals are, not as a hint.
    expect(figure(el)?.querySelector('[data-note="ivr-over-budget"]')?.classList.contains('problem')).to.equal(true);
  });

  it('no such note when the message fits', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${bank(false)}></clearline-editor>`);
    await click(el, 'Post update');
    expect(figure(el)?.getAttribute('data-fits')).to.equal('yes');
    expect(note(el)).to.equal('');
    expect(figure(el)?.querySelector('figcaption')?.textContent).not.to.contain('too long');
  });
});
