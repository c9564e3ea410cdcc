// A desk whose own clock is not on the feed's zone (a London desk for an Amsterdam feed) saw the
// studio's preview say "Next update 11:31 GMT" while the studio, its SMS and phone message said
// 12:31, and the customers, most of them in the feed's zone, read 12:31. The preview's reader
// elements now show times as readers in the feed's zone see them; a reader element on a page
// without the studio still shows its own reader's clock, with the zone named.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import '../../src/components/status/status.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, root } from './editor-helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
// A feed zone far from this browser's clock, whatever the machine's zone.
const far = -new Date().getTimezoneOffset() === 9 * 60 ? 'America/New_York' : 'Asia/Tokyo';
const zoneName = (ms: number) => new Intl.DateTimeFormat('en', { timeZoneName: 'short' }).formatToParts(ms).find((p) => p.type === 'timeZoneName')!.value;
/** "9:05 PM": the clock readers in the feed's zone read (an English page on a non-European zone). */
const feedClock = (ms: number) => new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: far }).format(ms).replace(/\s+/g, ' ');

function feed(next: number): FeedDraft {
  const now = Date.now();
  return emptyFeed({
    time_zone: far,
    incidents: [
      {
        id: 'burst',
        title: { en: 'No tap water', nl: 'Geen water' },
        severity: 'major',
        phase: 'identified',
        started_at: iso(now - 3_600_000),
        updated_at: iso(now - 600_000),
        known: { en: 'A main burst.', nl: 'Een leiding is gesprongen.' },
        unknown: { en: 'When.', nl: 'Wanneer.' },
        next_update_at: iso(next),
      },
    ],
  } as Partial<FeedDraft>);
}

const nextUpdate = (status: Element) => status.shadowRoot?.querySelector('[part~=next-update]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<clearline-editor> preview: times as readers in the feed zone see them', () => {
  it('the preview says the feed-zone time without naming a zone; the example next update agrees with the studio', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed(Date.now() + 45 * 60_000)}></clearline-editor>`);
    await click(el, 'Post update');
    const status = () => root(el).querySelector('[part=preview] clearline-status')!;
    await waitUntil(() => nextUpdate(status()), 'the preview shows a next update');
    const at = Date.parse(status().shadowRoot!.querySelector('[part~=next-update] time')!.getAttribute('datetime')!);
    const shown = nextUpdate(status());
    expect(shown).to.contain(feedClock(at));
    expect(shown).to.not.contain(zoneName(at));
    expect(shown).to.not.match(/GMT|UTC/);
    // The studio's own words above the preview give the same clock.
    expect(root(el).querySelector('#preview-example')?.textContent?.replace(/\s+/g, ' ')).to.contain(feedClock(at));
  });

  it('once the studio is gone, a reader element shows its reader\'s own clock with the zone named again', async () => {
    const next = Date.now() + 45 * 60_000;
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed(next)}></clearline-editor>`);
    await click(el, 'Post update');
    await waitUntil(() => root(el).querySelector('[part=preview] clearline-status'), 'the preview');
    el.remove();
    const { previewPayload } = await import('../../src/components/editor/preview.js');
    const reader = await fixture(html`<clearline-status lang="en" .data=${previewPayload(feed(next), Date.now())}></clearline-status>`);
    await waitUntil(() => nextUpdate(reader), 'the reader shows a next update');
    expect(nextUpdate(reader)).to.contain(zoneName(next));
  });
});
