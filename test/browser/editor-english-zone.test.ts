// A London bank's desk (walk-through 2026-12-03) made its feed with `clearline new feed --lang en --time-zone
// Europe/London` (which keeps no languages), opened `clearline studio --lang en` as new feed advised, and pressed New
// incident: the form asked for "Title — Dutch" beside "Title — English", a Dutch "What we know" with the Dutch template's
// iDEAL, and a Dutch "Affects". A feed without texts on a British, Irish, North American or Australasian clock is now
// written in English only; on Amsterdam's clock it stays Dutch and English.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { emptyFeed, newIncident, root } from './editor-helpers.js';

const editor = (time_zone: string) => fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${emptyFeed({ time_zone })}></clearline-editor>`);
const titles = (el: ClearlineEditor) => [...root(el).querySelectorAll<HTMLInputElement>('input[id^="f-title-"]')].map((i) => i.id);

describe('<clearline-editor> a new incident in a feed without texts', () => {
  for (const zone of ['Europe/London', 'Europe/Dublin', 'America/Chicago']) {
    it(`on ${zone}'s clock: English only`, async () => {
      const el = await editor(zone);
      await newIncident(el, 'payments');
      expect(titles(el)).to.deep.equal(['f-title-en']);
      expect(root(el).textContent).not.to.contain('Dutch');
    });
  }

  it("on Amsterdam's clock: Dutch and English, as before", async () => {
    const el = await editor('Europe/Amsterdam');
    await newIncident(el, 'payments');
    expect(titles(el)).to.deep.equal(['f-title-nl', 'f-title-en']);
  });
});
