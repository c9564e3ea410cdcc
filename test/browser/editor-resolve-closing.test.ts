// A bank's night desk chose "Opgelost" in the studio and signed: "Wat we weten" still said "Sinds 01:40 werken pinnen
// en de app niet", and readers got that under "Opgelost" as the closing text (`clearline update --resolve` asks for
// one). Lint's closing-text-unchanged now says so at "Wat we weten" until the text is rewritten.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { statusFeed } from './helpers.js';
import { click, field, fill, root, text } from './editor-helpers.js';

const SAID = 'bij dit opgeloste incident staat nog de tekst van de vorige update';

describe('<clearline-editor> resolving with the outage text in "Wat we weten"', () => {
  it('is told at the field, and the warning goes once the closing text is written', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${statusFeed()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(text(el)).not.to.contain(SAID);
    const phase = field(el, 'Fase') as unknown as HTMLSelectElement;
    phase.value = 'resolved';
    phase.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el)).to.contain(SAID);
    // Next to the field: the field points to it.
    const described = (field(el, 'Wat we weten — Nederlands').getAttribute('aria-describedby') ?? '').split(' ').map((id) => root(el).getElementById(id)?.textContent ?? '').join(' ');
    expect(described).to.contain(SAID);
    await fill(el, 'Wat we weten — Nederlands', 'Sinds 04:20 werken pinnen en de app weer.');
    await fill(el, 'Wat we weten — Engels', 'Since 04:20 cards and the app work again.');
    expect(text(el)).not.to.contain(SAID);
  });
});
