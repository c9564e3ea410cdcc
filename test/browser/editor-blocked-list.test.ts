// A bus company's desk (trial, 2026-12-05) pressed Ondertekenen at the bottom of a 4,900 px page and read "Niet
// ondertekend: eerst 1 probleem oplossen, zie bij de velden", with the field far above. The problems at the fields are
// now also listed at the Sign button, each named by where it is, as the problems elsewhere in the feed already were.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, field, root } from './editor-helpers.js';

const emptyFeed = (): FeedDraft => ({ type: 'status', version: 1, feed_id: 'streekvervoer', publisher: { name: 'Streekvervoer', url: 'https://streekvervoer.example' }, time_zone: 'Europe/Amsterdam', channels: [], incidents: [] });

describe('<clearline-editor> Sign refused', () => {
  it('lists the problems at the fields beside the refusal, in the desk language', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed()}></clearline-editor>`);
    const select = field(el, 'Sjabloon');
    select.value = 'strike';
    select.dispatchEvent(new Event('change'));
    await click(el, 'Nieuw incident');
    await click(el, 'Ondertekenen');
    const blocked = root(el).querySelector('.sign .blocked')!;
    expect(blocked.querySelector('p')!.textContent).to.match(/^Niet ondertekend: eerst \d+ problemen oplossen \(ook te zien bij hun velden\):$/);
    const items = [...blocked.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items.some((t) => /volgende update/i.test(t) && /niet wanneer de volgende update komt/.test(t)), items.join(' | ')).to.equal(true);
    expect(items.some((t) => t.includes('voorbeeldtekst')), items.join(' | ')).to.equal(true);
    expect(items.join(' | ')).not.to.match(/incidents\/\d/);
  });
});
