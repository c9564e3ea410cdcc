// Correcting an earlier update (feed/earlier.ts, editor/earlier.ts): a Dutch bank's desk pasted English into the Dutch
// "what we know", posted news after it, and the English stayed under "eerdere updates" for Dutch readers for good: the
// studio offered no way to take it out (trial E).
import { expect, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { AxeResults, default as AxeCore } from 'axe-core';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { button, click, field, fill, root, text } from './editor-helpers.js';
import { FakeStudio, outageWritten, signAndPublish, TEXT } from './fake-studio.js';

declare const axe: typeof AxeCore;
const CORRECT = 'This corrects a mistake in the update now published';
let key: TestKey;
let studio: FakeStudio | undefined;
before(async () => {
  key = await keygen();
  await forgetKey();
});
afterEach(() => studio?.uninstall());

/** A published outage, then news: the first texts are an earlier update. */
async function withHistory(): Promise<ClearlineEditor> {
  const made = await outageWritten(key);
  studio = made.studio;
  await signAndPublish(made.el, /Saved feed\.json/);
  await new Promise((r) => setTimeout(r, 1100));
  made.el.tick();
  await fill(made.el, 'What we know — English', 'Repairs have started.');
  await fill(made.el, 'What we know — Dutch', 'Het herstel is begonnen.');
  await click(made.el, '+1 h');
  await signAndPublish(made.el, /Saved feed\.json/);
  return made.el;
}

/** Opens the folded "Earlier updates", as a desk does: a tap on its summary. */
async function openEarlier(el: ClearlineEditor) {
  const fold = root(el).querySelector('details[data-fold="earlier"]') as HTMLDetailsElement;
  fold.querySelector('summary')!.click();
  await waitUntil(() => fold.open && fold.querySelector('button')?.checkVisibility(), 'opened');
  await el.updateComplete;
}

/** The "Correct this update" button of the earlier update at `i` (its name ends with when it was published). */
const correctButton = (el: ClearlineEditor, i = 0) => [...root(el).querySelectorAll('button')].filter((b) => b.getAttribute('aria-label')?.startsWith('Correct this update: Published '))[i]!;

describe('<clearline-editor>: correcting an earlier update', () => {
  it('an earlier update corrected alone keeps its time and place, adds no update, and is published as corrected', async () => {
    const el = await withHistory();
    const before = structuredClone(studio!.feed.incidents[0]!);
    expect(before.updates?.length).to.equal(1);
    const fold = root(el).querySelector('details[data-fold="earlier"]') as HTMLDetailsElement;
    expect(fold.open, 'folded: a desk seldom needs it').to.equal(false);
    expect(fold.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Earlier updates 1 update');
    expect(text(el)).to.contain(TEXT['What we know — English'], 'the earlier text is shown to choose from');

    await openEarlier(el);
    correctButton(el).click();
    await el.updateComplete;
    expect(field(el, 'What we knew — Dutch').value).to.equal(TEXT['What we know — Dutch']);
    const axeResults: AxeResults = await axe.run(root(el).querySelector('fieldset.earlier')!, { resultTypes: ['violations'] });
    expect(axeResults.violations.map((v) => v.id)).to.deep.equal([]);
    await fill(el, 'What we knew — Dutch', 'Om 01:40 is een hoofdleiding gesprongen. Zo’n 3.500 woningen hebben geen water.');
    const box = field(el, CORRECT);
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await signAndPublish(el, /Saved feed\.json/);

    const inc = studio!.feed.incidents[0]!;
    expect(inc.updates?.length, 'no new update').to.equal(1);
    expect(inc.updates![0]!.at, 'the same time').to.equal(before.updates![0]!.at);
    expect(inc.updates![0]!.known).to.deep.equal({ en: TEXT['What we know — English'], nl: 'Om 01:40 is een hoofdleiding gesprongen. Zo’n 3.500 woningen hebben geen water.' });
    expect(inc.updates![0]!.unknown).to.deep.equal(before.updates![0]!.unknown);
    expect(inc.updated_at).to.equal(before.updated_at);
    expect(inc.known).to.deep.equal(before.known);
    // After the save the form posts news again, and the update offers "Correct" again, as now published.
    expect(correctButton(el), 'offered again').to.not.equal(undefined);
    expect(() => field(el, 'What we knew — Dutch')).to.throw();
  });

  it('a correction made with news lands on the update it was made on, not on the one the news puts first', async () => {
    const el = await withHistory();
    const first = studio!.feed.incidents[0]!.updates![0]!;
    await openEarlier(el);
    correctButton(el).click();
    await el.updateComplete;
    await fill(el, 'What we knew — English', 'A main pipe burst at 01:40. About 3,500 homes have no water.');
    await fill(el, 'What we know — English', 'Repairs are half done.');
    await fill(el, 'What we know — Dutch', 'Het herstel is half klaar.');
    await click(el, '+1 h');
    await signAndPublish(el, /Saved feed\.json/);
    const updates = studio!.feed.incidents[0]!.updates!;
    expect(updates.map((u) => (u.known as Record<string, string>).en)).to.deep.equal(['Repairs have started.', 'A main pipe burst at 01:40. About 3,500 homes have no water.']);
    expect(updates[1]!.at).to.equal(first.at);
  });

  it('"Keep it as published" puts it back; a new incident has no such section', async () => {
    const el = await withHistory();
    await openEarlier(el);
    correctButton(el).click();
    await el.updateComplete;
    // A placeholder left in an earlier update is refused at Sign like any other, and said beside Sign.
    await fill(el, 'What we knew — English', '[[TODO: the number of homes]]');
    await click(el, 'Sign');
    expect(button(el, 'Publish').hidden, 'not signed').to.equal(true);
    expect(root(el).querySelector('.sign')!.textContent!.replace(/\s+/g, ' ')).to.match(/earlier update 1, what we know \(English\): a placeholder is still there: \[\[TODO: the number of homes\]\]/);
    await fill(el, 'What we knew — English', 'Wrong again.');
    const undo = [...root(el).querySelectorAll('button')].find((b) => b.getAttribute('aria-label')?.startsWith('Keep it as published: '))!;
    undo.click();
    await el.updateComplete;
    expect(() => field(el, 'What we knew — English')).to.throw();
    expect(root(el).querySelector('[data-fold="earlier"]')).to.not.equal(null);

    studio!.uninstall();
    const made = await outageWritten(key);
    studio = made.studio;
    expect(root(made.el).querySelector('[data-fold="earlier"]'), 'nothing to correct yet').to.equal(null);
  });
});
