// A district-heating company's cyberattack: the studio's SMS preview read "Klik niet op links in
// e-mails of sms-berichten die van ons lijken te komen. https://…", a text with a link telling people
// not to click links in our texts. Now the SMS has no link and says where to look instead, and the
// preview says why under it, in the studio's language, in the words `clearline export` prints.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, root } from './editor-helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function heating(warning = true): FeedDraft {
  const now = Date.now();
  const known = { nl: 'Sinds 02:00 werken onze systemen niet.', en: 'Our systems have been down since 02:00.' };
  return emptyFeed({
    feed_id: 'warmtenet-zuid',
    publisher: { name: 'Warmtenet Zuid', url: 'https://example.com' },
    status_url: 'https://example.com/storingen',
    channels: [{ id: 'klantenservice', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31881234567', wait_minutes: 10, reason: { nl: 'veel vragen', en: 'many questions' } }],
    incidents: [
      {
        id: 'cyberaanval',
        severity: 'critical',
        phase: 'investigating',
        title: { nl: 'Onze systemen zijn aangevallen', en: 'Our systems were attacked' },
        known,
        unknown: { nl: 'Of gegevens zijn gestolen.', en: 'Whether data was stolen.' },
        started_at: iso(now - 3_600_000),
        updated_at: iso(now - 600_000),
        next_update_at: iso(now + 1_800_000),
        actions: [
          warning
            ? { label: { nl: 'Klik niet op links in e-mails of sms-berichten die van ons lijken te komen', en: 'Do not click links in emails or text messages that seem to come from us' }, urgent: true }
            : { label: { nl: 'Betaal uw rekening later', en: 'Pay your bill later' }, urgent: true },
        ],
        updates: [{ at: iso(now - 3_600_000), known }],
      },
    ],
  } as Partial<FeedDraft>);
}

const sms = (el: ClearlineEditor) => root(el).querySelector('.channel-preview [data-channel="sms"] blockquote')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const note = (el: ClearlineEditor) => root(el).querySelector('.channel-preview [data-channel="sms"] [data-note="sms-link-left-out"]')?.textContent?.trim() ?? '';

describe('<clearline-editor> an SMS for an incident that warns against links', () => {
  it('has no link, sends the reader to the website by name, and says why under it (Dutch studio)', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${heating()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(sms(el)).to.match(/^Onze systemen zijn aangevallen\. Klik niet op links .* Kijk zelf op de website van Warmtenet Zuid\.$/);
    expect(sms(el)).to.not.contain('https://');
    expect(note(el)).to.equal('Link weggelaten: incident "Onze systemen zijn aangevallen" zegt "klik niet op links", dus een sms van u met een link zou dat tegenspreken; de sms zegt dat mensen zelf op uw website kijken.');
  });

  it('an English studio says why in English', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${heating()}></clearline-editor>`);
    await click(el, 'Post update');
    expect(note(el)).to.match(/^Link left out: incident "Our systems were attacked" says "(klik niet op links|do not click links)", so a text from you with a link would contradict it/);
  });

  it('without such a warning the SMS keeps its link and there is no note', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${heating(false)}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(sms(el)).to.match(/ https:\/\/example\.com\/storingen$/);
    expect(note(el)).to.equal('');
  });
});
