// A service desk at 2 a.m. types an update, then presses "Update plaatsen" again, or "Nieuwe
// storing", believing it posts. Before, the form was silently replaced and the text was gone.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { statusFeed } from './helpers.js';
import { click, field, fill, newIncident } from './editor-helpers.js';

const realConfirm = window.confirm;
let asked: string[] = [];
/** The browser's confirm, answered `answer`; what it asked is kept in `asked`. */
const answer = (yes: boolean) => (window.confirm = (q?: string) => (asked.push(String(q)), yes));
afterEach(() => {
  window.confirm = realConfirm;
  asked = [];
});

async function updateTyped(): Promise<ClearlineEditor> {
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${statusFeed() as unknown as FeedDraft}></clearline-editor>`);
  await click(el, 'Update plaatsen');
  await fill(el, 'Wat we weten — Nederlands', 'Er zijn extra schade-experts ingezet.');
  return el;
}

describe('<clearline-editor> text not published yet is not thrown away by starting again', () => {
  it('"Update plaatsen" for the update already open keeps the typed text, without a question', async () => {
    const el = await updateTyped();
    answer(true);
    await click(el, 'Update plaatsen');
    expect(field(el, 'Wat we weten — Nederlands').value).to.equal('Er zijn extra schade-experts ingezet.');
    expect(asked.length).to.equal(0);
  });

  it('"Nieuw incident" asks first, in Dutch; "Annuleren" keeps the text, "OK" starts the new incident', async () => {
    const el = await updateTyped();
    answer(false);
    await newIncident(el, 'storm', true);
    expect(asked).to.deep.equal(['In het formulier staat tekst die nog niet is gepubliceerd. Die weggooien en hiermee opnieuw beginnen?']);
    expect(field(el, 'Wat we weten — Nederlands').value).to.equal('Er zijn extra schade-experts ingezet.');
    answer(true);
    await newIncident(el, 'storm', true);
    expect(field(el, 'Wat we weten — Nederlands').value).to.match(/^\[\[TODO/);
  });

  it('a form nobody typed in is replaced without a question', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${statusFeed() as unknown as FeedDraft}></clearline-editor>`);
    answer(false);
    await newIncident(el, 'storm', true);
    await newIncident(el, 'water', true);
    expect(asked.length).to.equal(0);
    expect(field(el, 'Titel — Nederlands').value).to.match(/^\[\[TODO/);
  });
});
