// Trial H: the desk added the power template's "Bel de leverancier van het apparaat; bel 112 als er levensgevaar is" from
// the studio's suggestions; its "Voor wie" came empty (the CLI's `new incident` keeps it), so every reader, and the SMS to
// every household, got it as meant for them. A suggestion now brings whom it is for, the template's example, to check.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { emptyFeed, field, newIncident, root } from './editor-helpers.js';

describe('<clearline-editor> a template suggestion added', () => {
  it('brings whom it is for, in each language of the feed', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed()}></clearline-editor>`);
    await newIncident(el, 'power', true);
    const add = [...root(el).querySelectorAll<HTMLButtonElement>('.suggestions button')].find((b) => /leverancier/.test(b.getAttribute('aria-label') ?? ''));
    expect(add, 'the medical-equipment suggestion').to.exist;
    add!.click();
    await el.updateComplete;
    expect(field(el, 'Voor wie (actie 1) — Nederlands').value).to.equal('Iemand gebruikt thuis medische apparatuur');
    expect(field(el, 'Voor wie (actie 1) — Engels').value).to.equal('Someone uses medical equipment at home');
  });
});
