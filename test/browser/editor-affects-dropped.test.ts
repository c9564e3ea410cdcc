// A telecom's overnight lead emptied "Affects" in a tired 03:00 update (trial G): readers no longer saw that Leeds and
// Bradford were affected, and nothing said so. In an update of an open incident, an emptied Affects now says under its
// first field what readers saw and asks whether that still holds; typing again, or resolving, brings back the usual hint.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, field, fill, root } from './editor-helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function telecom(): FeedDraft {
  const now = Date.now();
  return emptyFeed({
    feed_id: 'northline',
    publisher: { name: 'Northline Telecom', url: 'https://example.com' },
    time_zone: 'Europe/London',
    incidents: [
      {
        id: 'leeds-outage',
        severity: 'major',
        phase: 'identified',
        title: 'Broadband and landline down in parts of Leeds and Bradford',
        affects: ['Leeds', 'Bradford'],
        known: 'A fibre cut and a power failure at the exchange.',
        unknown: 'When power is back.',
        started_at: iso(now - 3_600_000),
        updated_at: iso(now - 1_800_000),
        next_update_at: iso(now + 1_800_000),
      },
    ],
  } as Partial<FeedDraft>);
}

const hint = (el: ClearlineEditor) => {
  const input = field(el, 'Affects');
  const id = input.getAttribute('aria-describedby')!.split(' ')[0]!;
  return root(el).getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim();
};

describe('<clearline-editor> an update that empties Affects', () => {
  it('says what readers saw and asks, in the field\'s description; typing again brings back the example', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${telecom()}></clearline-editor>`);
    await click(el, 'Post update');
    expect(field(el, 'Affects').value).to.equal('Leeds, Bradford');
    expect(hint(el)).to.match(/^Comma-separated, e\.g\./);
    await fill(el, 'Affects', '');
    expect(hint(el)).to.equal('Readers saw “Leeds, Bradford” under Affects. Emptied, they no longer see who is affected. Still them? Leave it. Everyone now? Say so, e.g. “all customers”.');
    await fill(el, 'Affects', 'All of Yorkshire');
    expect(hint(el)).to.match(/^Comma-separated, e\.g\./);
  });

  it('a new incident with an empty Affects gets the usual example', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${telecom()}></clearline-editor>`);
    await click(el, 'Post update');
    await fill(el, 'Affects', '');
    expect(hint(el)).to.include('Readers saw');
    const fresh = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${emptyFeed({ time_zone: 'Europe/London' })}></clearline-editor>`);
    await click(fresh, 'New incident');
    expect(hint(fresh)).to.match(/^Comma-separated, e\.g\./);
  });
});
