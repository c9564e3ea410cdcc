// A municipality's desk typed "europe/amsterdam" as the new feed's time zone: accepted as typed, after which every
// hint gave a British number and 0800 numbers were refused for want of a country. The field now takes the zone's
// own spelling when it is left, also from the city alone; what is no zone stays as typed, with its finding.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { field, fill, root } from './editor-helpers.js';

async function newFeed() {
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl"></clearline-editor>`);
  await waitUntil(() => root(el).querySelector('fieldset.identity'), 'new feed fields');
  return el;
}

describe('<clearline-editor>: the new feed\'s time zone as the desk types it', () => {
  for (const [typed, zone] of [
    ['europe/amsterdam', 'Europe/Amsterdam'],
    ['Amsterdam', 'Europe/Amsterdam'],
    ['brussels', 'Europe/Brussels'],
    ['new york', 'America/New_York'],
  ] as const) {
    it(`"${typed}" becomes ${zone}`, async () => {
      const el = await newFeed();
      await fill(el, 'Tijdzone', typed);
      expect(field(el, 'Tijdzone').value).to.equal(zone);
      expect(field(el, 'Tijdzone').getAttribute('aria-invalid')).to.equal('false');
    });
  }

  it('a typo stays as typed and is refused', async () => {
    const el = await newFeed();
    await fill(el, 'Tijdzone', 'Amsterdm');
    expect(field(el, 'Tijdzone').value).to.equal('Amsterdm');
    expect(field(el, 'Tijdzone').getAttribute('aria-invalid')).to.equal('true');
  });
});
