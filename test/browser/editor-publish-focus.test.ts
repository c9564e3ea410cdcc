// Trial V (a UK water company's desk, keyboard only at 02:14): after Sign the focus stayed on Sign and the page said
// "Not on the website yet: press Publish."; a tired desk could stop there. Now a successful Sign moves the focus to
// Publish, the status says plainly what is missing, and leaving the page or starting another incident asks first.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { button, click, pickKey, text } from './editor-helpers.js';
import { emptyFeed, FakeStudio, writeNewOutage } from './fake-studio.js';

let key: TestKey;
let studio: FakeStudio;
const realConfirm = window.confirm;
before(async () => {
  key = await keygen();
  await forgetKey();
});
afterEach(() => {
  studio?.uninstall();
  window.confirm = realConfirm;
});

/** Whether leaving the page now asks first: a beforeunload the editor's guard cancels. */
const leavingAsks = () => {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
};

describe('<clearline-editor> in the studio: after Sign, the focus is on Publish', () => {
  it('moves the focus to Publish, says what is missing, and asks before the signed version is left behind', async () => {
    studio = new FakeStudio(emptyFeed());
    studio.install();
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
    await waitUntil(() => text(el).includes('No open incidents'), 'opened');
    await writeNewOutage(el);
    await pickKey(el, key);
    button(el, 'Sign').focus();
    await click(el, 'Sign');
    await waitUntil(() => !button(el, 'Publish').hidden, 'signed');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'the focus moved to Publish').to.equal(button(el, 'Publish'));
    expect(text(el)).to.contain('Not on the website yet: readers do not see this update. Press Publish (it has the focus) to put it live.');
    expect(leavingAsks(), 'leaving the page asks while signed and not published').to.equal(true);

    // Another incident would throw the signed version away: asked in those words, and Cancel keeps it.
    let asked = '';
    window.confirm = (q?: string) => ((asked = q ?? ''), false);
    await click(el, 'New incident');
    expect(asked).to.contain('You signed an update that is not on the website yet');
    expect(button(el, 'Publish').hidden, 'still signed').to.equal(false);

    await click(el, 'Publish');
    await waitUntil(() => studio.saves.length === 1 && !text(el).includes('Working'), 'published', { timeout: 5000 });
    expect(text(el)).not.to.contain('Not on the website yet');
    expect(leavingAsks(), 'published: nothing to lose').to.equal(false);
  });
});
