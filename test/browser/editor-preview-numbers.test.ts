// A London bank's desk (cards and the app down after a cyber-attack) read in the studio's preview "Fraud line: +44 800 015
// 4456", and right under it, in the phone message and the e-mail of the same feed, "0800 015 4456", as its en-GB page shows
// it. The preview's reader elements now write numbers for the feed's own region, as the exports do (export/dial.ts).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, root } from './editor-helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function bank(zone: string, href: string): FeedDraft {
  const now = Date.now();
  return emptyFeed({
    time_zone: zone,
    channels: [{ id: 'fraud', kind: 'phone', label: { en: 'Fraud line' }, href, emergency: true }],
    incidents: [
      {
        id: 'cyber',
        title: { en: 'Card payments and the app are down' },
        severity: 'critical',
        phase: 'investigating',
        started_at: iso(now - 3_600_000),
        updated_at: iso(now - 600_000),
        known: { en: 'Your money is safe.' },
        unknown: { en: 'When it works again.' },
        next_update_at: iso(now + 30 * 60_000),
      },
    ],
  } as Partial<FeedDraft>);
}

const fraudLine = async (el: ClearlineEditor) => {
  await click(el, 'Post update');
  const status = () => root(el).querySelector('[part=preview] clearline-status');
  await waitUntil(() => status()?.shadowRoot?.querySelector('a[href^="tel:"]'), 'the preview shows the fraud line');
  return status()!.shadowRoot!.querySelector('a[href^="tel:"]')!.textContent!.replace(/\s+/g, ' ').trim();
};

describe('<clearline-editor> preview: phone numbers as the feed\'s own region writes them', () => {
  it('a British feed\'s English preview says 0800 015 4456, as its page and every export do', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${bank('Europe/London', 'tel:+448000154456')}></clearline-editor>`);
    expect(await fraudLine(el)).to.equal('Fraud line: 0800 015 4456');
  });

  it('a Dutch feed\'s English preview says its number as dialled in the Netherlands, as its English page does (trials Q, R)', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${bank('Europe/Amsterdam', 'tel:+31800123456')}></clearline-editor>`);
    expect(await fraudLine(el)).to.match(/^Fraud line: 0800/);
  });
});
