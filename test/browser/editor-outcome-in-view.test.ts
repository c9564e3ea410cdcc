// A municipality's desk at 200% zoom (a 683 px wide window, 384 px high) pressed Publiceren and saw
// nothing happen: "feed.json en feed.jws.json opgeslagen" was below the window. What Sign and Publish
// did is now brought on screen, below the button still in view, and the focus stays on the button.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { button, root, text } from './editor-helpers.js';
import { FakeStudio, outageWritten } from './fake-studio.js';

let key: TestKey;
let studio: FakeStudio | undefined;
before(async () => {
  key = await keygen();
  await forgetKey();
  await setViewport({ width: 683, height: 384 });
});
after(() => setViewport({ width: 800, height: 600 }));
afterEach(() => studio?.uninstall());

/** True when the whole element is inside the window (to the pixel: scrolling leaves fractions). */
const inView = (e: Element | null | undefined) => {
  const r = e?.getBoundingClientRect();
  return !!r && r.top >= -1 && r.bottom <= window.innerHeight + 1;
};

/** Presses the button as the keyboard does: Tab brought it just into view at the bottom of the window, then Enter. */
function press(el: ClearlineEditor, name: string) {
  const b = button(el, name);
  b.scrollIntoView({ block: 'end' });
  b.focus({ preventScroll: true });
  b.click();
  return b;
}

describe('<clearline-editor> brings what Sign and Publish did on screen', () => {
  it('after Sign, "Signed at …"; after Publish, "Saved …" and what was sent, with the button pressed still in view', async () => {
    const made = await outageWritten(key);
    studio = made.studio;
    const el = made.el;
    press(el, 'Sign');
    await waitUntil(() => !button(el, 'Publish').hidden, 'signed');
    await el.updateComplete;
    expect(inView(root(el).querySelector('.outcome > p:last-of-type')), 'Signed at … on screen').to.equal(true);
    const publish = press(el, 'Publish');
    await waitUntil(() => /Saved feed\.json/.test(text(el)), 'saved');
    await el.updateComplete;
    const last = root(el).querySelector('.outcome > p:last-of-type');
    expect(last?.textContent).to.contain('Nothing was sent to the website');
    expect(inView(last), 'the last line of what happened on screen').to.equal(true);
    expect(inView(publish), 'Publish still in view').to.equal(true);
    expect(root(el).activeElement === publish, 'the focus stays on Publish').to.equal(true);
  });
});
