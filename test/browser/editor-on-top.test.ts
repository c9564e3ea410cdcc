// Trial M, a municipality's desk: the studio had update 2 open while a colleague published update 3 with the CLI
// ("benefits are paid on time"). The desk changed only "what we don't know yet"; Publish was refused, and "Apply my edit
// on top of the newer feed" put update 2's "what we know" back in the form: signing would have published the older news
// as the latest. The parts of the form the desk left as opened now take the newer feed's; the parts it changed keep its words.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { keygen, statusFeed, type TestKey } from './helpers.js';
import { click, field, fill, pickKey, text } from './editor-helpers.js';
import { FakeStudio, signAndPublish, unstamped } from './fake-studio.js';

let key: TestKey;
let studio: FakeStudio;
before(async () => {
  key = await keygen();
  await forgetKey();
});
afterEach(() => studio?.uninstall());

const COLLEAGUE = 'Benefit payments will be made on time.';

/** The studio open on an incident, "Post update" pressed and `edit` done; then a colleague's update is saved underneath. */
async function refusedAfter(edit: (el: ClearlineEditor) => Promise<void>): Promise<ClearlineEditor> {
  const first = unstamped(statusFeed());
  studio = new FakeStudio(first);
  studio.install();
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
  await waitUntil(() => text(el).includes('Storm: flights cancelled'), 'opened');
  await click(el, 'Post update');
  await edit(el);
  await click(el, '+1 h');
  await pickKey(el, key);
  const newer = structuredClone(first) as FeedDraft;
  const inc = newer.incidents[0]!;
  inc.updates = [{ at: inc.updated_at, known: inc.known }];
  inc.known = { en: COLLEAGUE, nl: 'Uitkeringen worden op tijd betaald.' };
  inc.phase = 'monitoring';
  studio.write(JSON.stringify(newer, null, 2) + '\n');
  await signAndPublish(el, /changed the feed after you opened it/);
  await click(el, 'Apply my edit on top of the newer feed');
  return el;
}

describe('<clearline-editor>: Apply my edit on top of a colleague\'s newer update', () => {
  it('the parts the desk left as opened take the newer feed\'s ("what we know", phase); the part it changed keeps its words', async () => {
    const el = await refusedAfter((e) => fill(e, "What we don't know yet — English", 'When the counters open again.'));
    expect(field(el, 'What we know — English').value).to.equal(COLLEAGUE);
    expect(field(el, "What we don't know yet — English").value).to.equal('When the counters open again.');
    await signAndPublish(el, /Saved feed\.json/);
    const inc = studio.feed.incidents[0]!;
    expect((inc.known as Record<string, string>).en, 'the colleague\'s news stays the latest').to.equal(COLLEAGUE);
    expect((inc.unknown as Record<string, string>).en).to.equal('When the counters open again.');
    expect(inc.phase).to.equal('monitoring');
  });

  it('what the desk wrote itself in "what we know" is kept', async () => {
    const el = await refusedAfter((e) => fill(e, 'What we know — English', 'The counters stay closed on Tuesday.'));
    expect(field(el, 'What we know — English').value).to.equal('The counters stay closed on Tuesday.');
  });
});
