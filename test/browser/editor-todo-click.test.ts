// A municipality's trial: after "Nieuw incident" the title field already has the keys, so a click into it fires no
// `focus`, and the click put the caret where it landed: "Kookadvies Oostzaan" was typed into the middle of the template's
// "[[TODO: korte titel, bijv. …]]". A click into a field that holds only template guidance selects all of it, focused or not.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { emptyFeed, field, newIncident } from './editor-helpers.js';

async function clickInto(f: HTMLElement) {
  const r = f.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

describe('<clearline-editor>: typing over template guidance with the mouse', () => {
  for (const name of ['Titel — Nederlands', 'Wat we weten — Nederlands']) {
    it(`${name}: a click into the field, already focused and selected, then typing replaces the guidance`, async () => {
      const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed()}></clearline-editor>`);
      await newIncident(el, 'water-quality', true);
      const f = field(el, name);
      expect(f.value).to.match(/^\[\[TODO/);
      // As after "Nieuw incident": the field has the keys and its guidance is selected; a click into a selection is
      // where Chrome moves the caret only after the click.
      f.focus();
      f.select();
      await clickInto(f);
      await sendKeys({ type: 'Kookadvies Oostzaan' });
      expect(field(el, name).value).to.equal('Kookadvies Oostzaan');
    });
  }
});

describe('<clearline-editor>: a click into a field with the desk\'s own text', () => {
  it('puts the caret where it lands, as always (nothing is selected)', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed()}></clearline-editor>`);
    await newIncident(el, 'water-quality', true);
    const f = field(el, 'Titel — Nederlands');
    f.value = 'Kookadvies Oostzaan';
    f.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    f.focus();
    f.setSelectionRange(0, 0);
    await clickInto(f);
    expect(f.selectionStart, 'no selection').to.equal(f.selectionEnd);
  });
});
