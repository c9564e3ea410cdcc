// A US electric cooperative's night desk (America/Los_Angeles) pressed "+1 h" for the next update: the field said
// "12:30" and, right under it, "Promised: 12:30 PM"; its hint says "a time such as 2:30 PM". On a US clock the field
// now holds the time as the desk reads and types it ("12:30 PM"); on a European clock it stays "12:30".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { statusFeed } from './helpers.js';
import { click, field, text } from './editor-helpers.js';

for (const [zone, form] of [['America/Los_Angeles', /^\d{1,2}:\d\d [AP]M$/], ['Europe/Amsterdam', /^\d\d:\d\d$/]] as const) {
  it(`"+1 h" fills in the next update as the desk on ${zone} reads it`, async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${statusFeed({ time_zone: zone })}></clearline-editor>`);
    await waitUntil(() => text(el).includes('Post update'), 'opened');
    await click(el, 'Post update');
    await click(el, '+1 h');
    await el.updateComplete;
    const typed = field(el, 'Next update').value;
    expect(typed).to.match(form);
    // The promise under it says the same clock time.
    expect(text(el).replace(/\s+/g, ' ')).to.contain(`Promised: ${zone.startsWith('America/') ? typed : ''}`);
  });
}
