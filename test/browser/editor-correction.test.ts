// "This corrects a mistake in the update now published": a typo fixed right after publishing
// replaces the text in place, so customers do not read the mistake as an "earlier update".
import { expect, waitUntil } from '@open-wc/testing';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { click, field, fill, resolveWith, root, text } from './editor-helpers.js';
import { FakeStudio, outageWritten, signAndPublish, TEXT } from './fake-studio.js';

const CORRECT = 'This corrects a mistake in the update now published';
let key: TestKey;
let studio: FakeStudio | undefined;
before(async () => {
  key = await keygen();
  await forgetKey();
});
afterEach(() => studio?.uninstall());

async function published(): Promise<ClearlineEditor> {
  const made = await outageWritten(key);
  studio = made.studio;
  await signAndPublish(made.el, /Saved feed\.json/);
  return made.el;
}

const phaseSelect = (el: ClearlineEditor) => field(el, 'Phase') as unknown as HTMLSelectElement;
async function check(el: ClearlineEditor, on = true) {
  const box = field(el, CORRECT);
  box.checked = on;
  box.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<clearline-editor>: correcting the update now published', () => {
  it('a corrected typo keeps the update time and adds no earlier update; after the save the box is off again', async () => {
    const el = await published();
    const first = studio!.feed.incidents[0]!;
    // Wait a second so that a new update would get another updated_at.
    await new Promise((r) => setTimeout(r, 1100));
    el.tick();
    await check(el);
    expect(phaseSelect(el).disabled, 'a correction keeps the phase').to.equal(true);
    await fill(el, 'What we know — English', 'A main pipe burst at 01:40. About 3,500 homes have no water.');
    await signAndPublish(el, /Saved feed\.json/);
    const inc = studio!.feed.incidents[0]!;
    expect((inc.known as Record<string, string>).en).to.equal('A main pipe burst at 01:40. About 3,500 homes have no water.');
    expect(inc.updated_at).to.equal(first.updated_at);
    expect(inc.updates, 'the mistake is not kept as an earlier update').to.equal(undefined);
    expect(inc.next_update_at, 'the promised next update stays').to.equal(first.next_update_at);
    expect(field(el, CORRECT).checked, 'the next edit is news again').to.equal(false);

    // The next edit, left as news, goes into the history as before.
    await fill(el, 'What we know — English', 'Repairs have started.');
    await click(el, '+1 h');
    await signAndPublish(el, /Saved feed\.json/);
    const news = studio!.feed.incidents[0]!;
    expect(news.updates?.length).to.equal(1);
    expect((news.updates![0]!.known as Record<string, string>).en).to.equal('A main pipe burst at 01:40. About 3,500 homes have no water.');
  });

  it('checking the box puts back the published phase; a resolution corrected keeps its time and its closing history', async () => {
    const el = await published();
    const was = studio!.feed.incidents[0]!.phase;
    const phase = phaseSelect(el);
    phase.value = 'monitoring';
    phase.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await check(el);
    expect(phaseSelect(el).value).to.equal(was);

    await check(el, false);
    await resolveWith(el, 'The water is back evrywhere.', 'Het water is overal terug.');
    await signAndPublish(el, /Saved feed\.json/);
    const resolved = studio!.feed.incidents[0]!;
    await new Promise((r) => setTimeout(r, 1100));
    el.tick();
    await check(el);
    expect(phaseSelect(el).value).to.equal('resolved');
    await fill(el, 'What we know — English', 'The water is back everywhere.');
    await signAndPublish(el, /Saved feed\.json/);
    const inc = studio!.feed.incidents[0]!;
    expect((inc.known as Record<string, string>).en).to.equal('The water is back everywhere.');
    expect(inc.resolved_at).to.equal(resolved.resolved_at);
    expect(inc.updated_at).to.equal(resolved.updated_at);
    expect(inc.updates).to.deep.equal(resolved.updates, 'no entry for the typo');
  });

  it('is offered only on an update, and its hint says what customers see', async () => {
    const made = await outageWritten(key);
    studio = made.studio;
    expect(() => field(made.el, CORRECT), 'a new incident has nothing to correct').to.throw();
    await signAndPublish(made.el, /Saved feed\.json/);
    const box = field(made.el, CORRECT);
    expect(root(made.el).getElementById(box.getAttribute('aria-describedby')!)?.textContent).to.contain('same update, at the same time');
    await waitUntil(() => text(made.el).includes(TEXT['Title — English']));
  });
});
