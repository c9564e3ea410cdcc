// An incident keeps at most 100 earlier updates; posting news on a full history drops the oldest, from the feed and
// from what readers see. `clearline update` says so after the fact; the studio said nothing, so a water company's
// desk on the third day of a boil-water notice lost its first update without knowing. Now the form says so before
// Sign, with when that update was published, while a copy can still be kept.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { LIMITS } from '../../src/feed/schema.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, field, root } from './editor-helpers.js';

const MIN = 60_000;
const NOW = Date.parse('2026-12-03T13:20:00Z'); // Thursday, 14:20 in Amsterdam
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const realNow = Date.now;
beforeEach(() => {
  Date.now = () => NOW;
});
afterEach(() => {
  Date.now = realNow;
});

/** A boil-water incident with `count` earlier updates, `gap` minutes apart, the newest an hour ago. */
function waterFeed(count: number, gap: number): FeedDraft {
  const updates = Array.from({ length: count }, (_, k) => ({ at: iso(NOW - 60 * MIN - k * gap * MIN), known: { nl: `Stand ${count - k}.`, en: `Update ${count - k}.` } }));
  return emptyFeed({
    incidents: [
      { id: 'kookadvies', title: { nl: 'Kookadvies Zuid', en: 'Boil-water notice South' }, severity: 'major', phase: 'identified', started_at: iso(NOW - 4 * 1440 * MIN), updated_at: iso(NOW - 30 * MIN), known: { nl: 'Kook uw kraanwater.', en: 'Boil your tap water.' }, unknown: { nl: 'Hoe lang.', en: 'How long.' }, next_update_at: iso(NOW + 30 * MIN), updates },
    ],
  } as Partial<FeedDraft>);
}

async function openUpdate(feed: FeedDraft, lang: 'nl' | 'en') {
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} .feed=${feed}></clearline-editor>`);
  await click(el, lang === 'nl' ? 'Update plaatsen' : 'Post update');
  return el;
}
const note = (el: ClearlineEditor) => root(el).querySelector('[data-note=history-full]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('<clearline-editor>: an update on a full history says the oldest will be dropped', () => {
  it('in Dutch, with the day the oldest was published; gone while the box "corrects a mistake" is checked', async () => {
    const el = await openUpdate(waterFeed(LIMITS.updates, 40), 'nl'); // the oldest 67 hours ago: Monday 19:20
    expect(note(el)).to.equal(
      'Dit incident heeft al 100 eerdere updates, het maximum. Plaatst u nieuws, dan valt de oudste weg, gepubliceerd op ma 30 nov, 19:20: lezers zien hem niet meer en hij staat niet meer in de feed. Moet u hem bewaren? Bewaar dan eerst een kopie van de feed.',
    );
    const box = field(el, 'Dit verbetert een fout in de update die nu online staat');
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(note(el), 'a correction adds nothing to the history').to.equal(undefined);
  });

  it('in English, the same day "at" a time; nothing with room left', async () => {
    const el = await openUpdate(waterFeed(LIMITS.updates, 1), 'en'); // the oldest 159 minutes ago: 11:41
    expect(note(el)).to.match(/^This incident already has 100 earlier updates, the most it keeps\. Post news and the oldest, published at 11:41, is removed: /);
    expect(note(await openUpdate(waterFeed(LIMITS.updates - 1, 40), 'en'))).to.equal(undefined);
  });
});
