// A municipality's desk pastes its advice from Word into "What we know": "•⇥Stay indoors" on each line. The preview (and
// readers) showed one run-on paragraph, "• Stay indoors • Close windows and doors". It now shows a list (feed/pasted-lists.ts).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { click, fill, operatorFeed, root } from './editor-helpers.js';

describe('<clearline-editor> a list pasted from Word', () => {
  it('reads as a list in the preview, one item per bullet', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${operatorFeed()}></clearline-editor>`);
    await click(el, 'Post update');
    await fill(el, 'What we know — English', 'Smoke over the north of the town.\n•\tStay indoors\n•\tClose windows and doors\n•\tTurn off ventilation');
    const status = () => root(el).querySelector('[part=preview] clearline-status');
    await waitUntil(() => [...(status()?.shadowRoot?.querySelectorAll('li') ?? [])].some((li) => li.textContent!.includes('Stay indoors')), 'the preview lists the advice');
    const items = [...status()!.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.trim()).filter((t) => /Stay indoors|Close windows|Turn off/.test(t));
    expect(items).to.deep.equal(['Stay indoors', 'Close windows and doors', 'Turn off ventilation']);
  });
});
