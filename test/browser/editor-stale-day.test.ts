// A bus operator wrote "Morgen rijden de bussen niet" the evening before a strike; on the strike
// day the studio listed the incident under its title and said nothing, so the desk did not know
// readers took "morgen" as the day after the strike. Lint's relative-day-stale is now said in the
// list of open incidents, before the incident is opened, and next to the field once it is. The
// text is written three days ago, so it is an earlier day in Amsterdam whatever the time now.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, root, text } from './editor-helpers.js';

const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function strikeFeed(title: { nl: string; en: string }): FeedDraft {
  const now = Date.now();
  return emptyFeed({
    incidents: [{ id: 'staking', title, severity: 'minor', phase: 'identified', started_at: iso(now - 3 * 1440 * MIN - 60 * MIN), updated_at: iso(now - 3 * 1440 * MIN), known: { nl: 'De chauffeurs staken.', en: 'The drivers are on strike.' }, unknown: { nl: 'Hoe lang.', en: 'How long.' }, next_update_at: iso(now + 30 * MIN) }],
  } as Partial<FeedDraft>);
}

describe('<clearline-editor>: a text that says "morgen" but was written on an earlier day', () => {
  it('is said under the incident in the list, read with its Post update button, and next to the title once opened', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${strikeFeed({ nl: 'Morgen rijden de bussen niet', en: 'Tomorrow the buses do not run' })}></clearline-editor>`);
    const stale = root(el).querySelector('.incidents .stale');
    expect(stale?.textContent).to.match(/^Verouderd: "Morgen" in “Titel” is geschreven op \S+ \d+ \S+ en bedoelde \S+ \d+ \S+; wie het vandaag \(\S+ \d+ \S+\) leest, denkt aan \S+ \d+ \S+\. Plaats een update met de datum\.$/);
    const post = [...root(el).querySelectorAll('.incidents button')].find((b) => b.textContent!.trim() === 'Update plaatsen')!;
    expect(post.getAttribute('aria-describedby')!.split(' ')).to.include(stale!.id);
    await click(el, 'Update plaatsen');
    expect(text(el)).to.contain('Oplossen: "Morgen" in “Titel” is geschreven op');
    expect(text(el)).to.contain('Schrijf de datum in plaats van "Morgen"');
  });

  it('says nothing for a title without such a word, written as long ago; in English in an English studio', async () => {
    const calm = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${strikeFeed({ nl: 'Staking bij de bussen', en: 'Bus strike' })}></clearline-editor>`);
    expect(root(calm).querySelector('.incidents .stale')).to.equal(null);
    const en = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${strikeFeed({ nl: 'Morgen rijden de bussen niet', en: 'Tomorrow the buses do not run' })}></clearline-editor>`);
    expect(root(en).querySelector('.incidents .stale')?.textContent).to.match(/^Out of date: "Tomorrow" in “Title” was written on .* take it as .*\. Post an update with the date instead\.$/, 'the English title in an English studio');
  });
});
