// The same next update, read by the desk in the studio and by customers in <clearline-status>:
// the studio wrote "07:05" where readers saw "7:05", and for a feed in a zone it had no region for
// (Asia/Tokyo, America/Toronto, UTC) "07:05" where an English page showed "7:05 AM". The studio
// now writes times by the readers' rule (locale.ts). The next update is tomorrow at 07:05 in the
// feed's zone: never today, and before 10:00, so the leading zero shows, whatever the time now.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import '../../src/components/status/status.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { previewPayload } from '../../src/components/editor/preview.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { fromWallClock, wallClock } from '../../src/feed/times.js';
import { formatDateTime } from '../../src/i18n/lang.js';
import { emptyFeed, root } from './editor-helpers.js';

// The browser's own zone, so the reader shows the feed's clock without naming a zone.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

function feedAt(next: number): FeedDraft {
  const now = Date.now();
  return emptyFeed({
    time_zone: zone,
    incidents: [{ id: 'burst', title: { nl: 'Geen water', en: 'No tap water' }, severity: 'major', phase: 'identified', started_at: new Date(now - 3_600_000).toISOString(), updated_at: new Date(now - 600_000).toISOString(), known: { nl: 'Een leiding is gesprongen.', en: 'A main burst.' }, unknown: { nl: 'Wanneer.', en: 'When.' }, next_update_at: new Date(next).toISOString().replace(/\.\d{3}Z$/, 'Z') }],
  } as Partial<FeedDraft>);
}

const tomorrowAt705 = () => {
  const w = wallClock(Date.now() + 86_400_000, zone);
  return fromWallClock(w.year, w.month, w.day, 7, 5, zone);
};

for (const lang of ['en', 'nl'] as const) {
  describe(`<clearline-editor lang="${lang}"> and <clearline-status lang="${lang}"> say the same time`, () => {
    it(`the studio's "next update" is the reader's (${zone})`, async () => {
      const next = tomorrowAt705();
      const feed = feedAt(next);
      const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} .feed=${feed}></clearline-editor>`);
      const status = await fixture(html`<clearline-status lang=${lang} .data=${previewPayload(feed, Date.now())}></clearline-status>`);
      const read = formatDateTime(next, lang, Date.now(), zone);
      await waitUntil(() => (status.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').includes(read), `the reader shows ${read}`);
      const studio = root(el).querySelector('.incidents .when')?.textContent?.replace(/\s+/g, ' ') ?? '';
      expect(studio, 'the studio writes the time as the reader shows it').to.contain(read);
    });
  });
}
