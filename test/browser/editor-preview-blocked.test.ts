// A municipality's desk pressed "Kanaal toevoegen" for a sports hall's temporary number: until the
// number was typed the feed could not be shown to readers, and the preview vanished without a word.
// Now the studio says where it was what readers cannot be shown yet, and the preview comes back.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { click, emptyFeed, fill, newIncident, root } from './editor-helpers.js';

const feed = () =>
  emptyFeed({ feed_id: 'gemeente', publisher: { name: 'Gemeente Voorbeeld', url: 'https://gemeente.example' }, channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Gemeente Voorbeeld' }, href: 'tel:14038' }] });

const preview = (el: ClearlineEditor) => root(el).querySelector('.preview')!;

for (const [lang, add, link, said] of [
  ['nl', 'Kanaal toevoegen', 'Link — Kanaal 2', 'Even geen voorbeeld: lezers kunnen de feed pas zien als dit is ingevuld of klopt: Contactkanaal 2, link.'],
  ['en', 'Add channel', 'Link — Channel 2', 'No preview for now: readers cannot be shown the feed until this is filled in or right: Contact channel 2, link.'],
] as const) {
  describe(`<clearline-editor lang="${lang}"> while a new channel has no link yet`, () => {
    it('says in the preview what is missing, and shows the preview again once it is typed', async () => {
      const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} .feed=${feed()}></clearline-editor>`);
      await newIncident(el, 'flood', lang === 'nl');
      expect(preview(el).querySelector('clearline-status'), 'a preview at first').to.exist;
      await click(el, add);
      expect(preview(el).querySelector('clearline-status'), 'no preview without the link').to.equal(null);
      expect(preview(el).querySelector('.no-preview')?.textContent?.trim()).to.equal(said);
      await fill(el, link, '06-12345678');
      expect(preview(el).querySelector('clearline-status'), 'the preview is back').to.exist;
      expect(preview(el).querySelector('.no-preview')).to.equal(null);
    });
  });
}
