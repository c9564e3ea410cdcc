// A municipality's tired desk typed "bel 0599 132 456" for its urgent line 0599 123 456 (two digits swapped): the note at
// the field was right, but it was a suggestion, Sign went ahead, and residents with no money for food read a stranger's
// number (trial F). The studio now holds it as a problem until the desk ticks that the number is meant (a scammer's
// number quoted in a warning may be one digit off); lint and the CLI keep it a suggestion.
import { expect } from '@open-wc/testing';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { button, click, emptyFeed, root } from './editor-helpers.js';
import { FakeStudio, outageWritten, signAndPublish } from './fake-studio.js';

let key: TestKey;
let studio: FakeStudio | undefined;
before(async () => {
  key = await keygen();
  await forgetKey();
});
afterEach(() => studio?.uninstall());

async function written(known: string): Promise<ClearlineEditor> {
  const made = await outageWritten(key, emptyFeed({ channels: [{ id: 'spoed', kind: 'phone', label: { en: 'Urgent income line', nl: 'Spoedlijn Inkomen' }, href: 'tel:+31599123456' }] }), { 'What we know — English': known });
  studio = made.studio;
  return made.el;
}

describe('<clearline-editor>: a number one digit off one of the feed’s own lines', () => {
  it('is held as a problem until the desk ticks that it is meant; then it signs', async () => {
    const el = await written('No money for food today? Call 0599 132 456.');
    await click(el, 'Sign');
    expect(button(el, 'Publish').hidden, 'not signed').to.equal(true);
    const item = root(el).querySelector('.blocked li[data-rule="number-near-channel"]')!;
    expect(item.textContent!.replace(/\s+/g, ' ')).to.match(/two digits swapped.*0599 123 456/i);
    const tick = item.querySelector('input[type=checkbox]') as HTMLInputElement;
    tick.checked = true;
    tick.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await signAndPublish(el, /Saved feed\.json/);
    expect((studio!.feed.incidents[0]!.known as Record<string, string>).en).to.equal('No money for food today? Call 0599 132 456.');
  });

  it('the right number signs at once, as before', async () => {
    const el = await written('No money for food today? Call 0599 123 456.');
    await signAndPublish(el, /Saved feed\.json/);
    expect(root(el).querySelector('li[data-rule="number-near-channel"]')).to.equal(null);
  });
});
