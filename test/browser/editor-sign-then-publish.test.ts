// A telecom's desk pressed the blue "Ondertekenen" in the studio, read "Ondertekend om 11:38, geldig tot 13:08" and took
// it for published; feed.jws.json did not exist until Publiceren (trial L). Once signed, Publish is the primary button
// and the outcome says the update is not on the website yet; once published, that line is gone.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { button, click, pickKey, text } from './editor-helpers.js';
import { emptyFeed, FakeStudio, writeNewOutageNl } from './fake-studio.js';

let key: TestKey;
let studio: FakeStudio;
before(async () => {
  key = await keygen();
  await forgetKey();
});
afterEach(() => studio?.uninstall());

describe('<clearline-editor> in the studio: after Sign, Publish is the next step', () => {
  it('Dutch: "Nog niet op de website: … Druk op Publiceren (dat heeft de focus) …" and Publiceren primary, until it is published', async () => {
    studio = new FakeStudio(emptyFeed());
    studio.install();
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
    await waitUntil(() => text(el).includes('Geen open incidenten'), 'opened');
    await writeNewOutageNl(el);
    await pickKey(el, key, 'Ondertekeningssleutel');
    expect(button(el, 'Ondertekenen').classList.contains('primary'), 'Sign is the step before signing').to.equal(true);
    await click(el, 'Ondertekenen');
    await waitUntil(() => !button(el, 'Publiceren').hidden, 'signed');
    expect(text(el)).to.contain('Nog niet op de website: lezers zien deze update niet. Druk op Publiceren (dat heeft de focus) om hem live te zetten.');
    expect(button(el, 'Publiceren').classList.contains('primary'), 'Publish is the next step').to.equal(true);
    expect(button(el, 'Ondertekenen').classList.contains('primary')).to.equal(false);
    expect(studio.saves.length, 'signing saved nothing').to.equal(0);

    await click(el, 'Publiceren');
    await waitUntil(() => studio.saves.length === 1 && !text(el).includes('Bezig'), 'published', { timeout: 5000 });
    expect(text(el)).not.to.contain('Nog niet op de website');
    expect(button(el, 'Publiceren').classList.contains('primary')).to.equal(false);
  });
});
