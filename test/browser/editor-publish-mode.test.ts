// A trial desk read "Not on the website yet … Press Publish (it has the focus) to put it live." in a studio started without
// --publish-cmd: Publish only saved feed.jws.json on their computer, and nobody put it online. The studio now tells the page
// what Publish does (publish-mode), and the page says it after Sign and after Publish, with the signed file's full path
// and what to do with it; with a command, that it ran, or plainly that it failed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { button, click, pickKey, text } from './editor-helpers.js';
import { emptyFeed, FakeStudio, writeNewOutage, writeNewOutageNl } from './fake-studio.js';

let key: TestKey;
let studio: FakeStudio;
before(async () => {
  key = await keygen();
  await forgetKey();
});
afterEach(() => studio?.uninstall());

const WORDS = {
  en: { empty: 'No open incidents', keyField: 'Signing key', sign: 'Sign', publish: 'Publish', write: writeNewOutage },
  nl: { empty: 'Geen open incidenten', keyField: 'Ondertekeningssleutel', sign: 'Ondertekenen', publish: 'Publiceren', write: writeNewOutageNl },
} as const;

/** A studio page with `publish-mode` (and the fake's publish command), a new outage written and signed; not published. */
async function signedIn(lang: 'en' | 'nl', mode: string, command?: { exitCode: number; output: string }): Promise<ClearlineEditor> {
  const w = WORDS[lang];
  studio = new FakeStudio(emptyFeed());
  studio.command = command;
  studio.install();
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} feed-src="/api/feed" save-url="/api/save" publish-mode=${mode}></clearline-editor>`);
  await waitUntil(() => text(el).includes(w.empty), 'opened');
  await w.write(el);
  await pickKey(el, key, w.keyField);
  await click(el, w.sign);
  await waitUntil(() => !button(el, w.publish).hidden, 'signed');
  return el;
}

async function publish(el: ClearlineEditor, lang: 'en' | 'nl') {
  await click(el, WORDS[lang].publish);
  await waitUntil(() => studio.saves.length === 1 && /feed\.json en feed\.jws\.json opgeslagen|Saved feed\.json/.test(text(el)), 'saved', { timeout: 5000 });
}

describe('<clearline-editor> in a studio without a publish command (publish-mode="save")', () => {
  it('English: after Sign it says Publish only saves, and what to do next; after Publish, the signed file by its full path', async () => {
    const el = await signedIn('en', 'save');
    expect(text(el)).to.contain('This studio has no publish command, so Publish (it has the focus) only saves the signed file on this computer; after that, copy the file to the website or send it to your web team.');
    expect(text(el)).not.to.contain('to put it live');
    await publish(el, 'en');
    expect(text(el)).to.contain('Nothing was sent to the website: the studio has no publish command, so readers do not see this update yet. The signed file is saved as /srv/water/status/feed.jws.json: copy it to the website, or send it to your web team.');
  });

  it('English: another incident asks before throwing the signed update away, in words that do not promise it goes live', async () => {
    const el = await signedIn('en', 'save');
    let asked = '';
    const realConfirm = window.confirm;
    window.confirm = (q?: string) => ((asked = q ?? ''), false);
    try {
      await click(el, 'New incident');
    } finally {
      window.confirm = realConfirm;
    }
    expect(asked).to.contain('You signed an update that is not saved yet, so it cannot be put on the website.');
    expect(asked).to.contain('this studio has no publish command, so then copy the saved file to the website or send it to your web team');
    expect(asked).not.to.contain('put it live');
    expect(button(el, 'Publish').hidden, 'still signed').to.equal(false);
  });

  it('Dutch: the same in Dutch', async () => {
    const el = await signedIn('nl', 'save');
    expect(text(el)).to.contain('Deze studio heeft geen publicatieopdracht, dus Publiceren (dat heeft de focus) slaat het ondertekende bestand alleen op deze computer op; zet het daarna zelf op de website of stuur het naar uw webteam.');
    expect(text(el)).not.to.contain('om hem live te zetten');
    await publish(el, 'nl');
    expect(text(el)).to.contain('Het ondertekende bestand is opgeslagen als /srv/water/status/feed.jws.json: zet het op de website, of stuur het naar uw webteam.');
  });
});

describe('<clearline-editor> in a studio with a publish command (publish-mode="command")', () => {
  it('English: after Sign, Publish saves and runs the command; after it, that the command ran', async () => {
    const el = await signedIn('en', 'command', { exitCode: 0, output: '' });
    expect(text(el)).to.contain('Press Publish (it has the focus): it saves the update and runs the publish command that puts it on the website.');
    await publish(el, 'en');
    expect(text(el)).to.contain('The publish command finished: it ran without an error, so this update should now be on the website.');
    expect(text(el)).not.to.contain('Nothing was sent');
  });

  it('Dutch: a failing command is said plainly: probably not on the website, files saved, press Publish again', async () => {
    const el = await signedIn('nl', 'command', { exitCode: 255, output: 'ssh: connect to host web port 22: Connection refused\n' });
    expect(text(el)).to.contain('Druk op Publiceren (dat heeft de focus): dat slaat de update op en voert de publicatieopdracht uit die hem op de website zet.');
    await click(el, 'Publiceren');
    await waitUntil(() => /mislukt/.test(text(el)), 'the failure is said', { timeout: 5000 });
    expect(text(el)).to.contain('De publicatieopdracht is mislukt (code 255): deze update staat waarschijnlijk niet op de website, en lezers zien mogelijk nog de vorige versie. De bestanden zijn wel op deze computer opgeslagen.');
    expect(text(el)).to.contain('Connection refused');
  });
});

describe('<clearline-editor> with save-url and no publish-mode (an embedding that does not say)', () => {
  it('keeps the general words after Sign', async () => {
    const el = await signedIn('en', '');
    expect(text(el)).to.contain('Not on the website yet: readers do not see this update. Press Publish (it has the focus) to put it live.');
  });
});
