// Trial X (a Dutch university, 10:07): `clearline export --to sms` now says "Ook: Nep-e-mails." beside the ransomware
// outage and tells the desk on standard error what that left out and the command for the phishing wave's own SMS. The
// studio's SMS preview showed the new text but not the note. Now a line under it says what the SMS said of the other
// incident, in the CLI's words (sms-left-out.ts), and, instead of the command the desk cannot run, where its own SMS is
// shown in the studio. The trial's feed (test/fixtures/export/hzk-1006.json) at a fixed clock.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { withoutCommand } from '../../src/components/editor/sms-also-note.js';
import { ALSO_LINE_NOTE } from '../../src/export/sms-left-out.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { field, root } from './editor-helpers.js';

const AT_1007 = Date.parse('2026-12-14T09:07:00Z');
const realNow = Date.now;
let feed: FeedDraft;
before(async () => {
  feed = (await (await fetch('/test/fixtures/export/hzk-1006.json')).json()) as FeedDraft;
});
beforeEach(() => {
  Date.now = () => AT_1007;
});
afterEach(() => {
  Date.now = realNow;
});

/** The studio in `lang` with the update form open on the incident whose title starts with `title`. */
async function editing(lang: string, title: string): Promise<ClearlineEditor> {
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} .feed=${structuredClone(feed)}></clearline-editor>`);
  const li = [...root(el).querySelectorAll('.incidents li')].find((x) => x.querySelector('.title')!.textContent!.startsWith(title))!;
  li.querySelector('button')!.click();
  await el.updateComplete;
  return el;
}
const sms = (el: ClearlineEditor) => root(el).querySelector('.channel-preview [data-channel="sms"] blockquote')?.textContent?.trim() ?? '';
const note = (el: ClearlineEditor, name: string) => root(el).querySelector(`.channel-preview [data-channel="sms"] [data-note="${name}"]`)?.textContent?.trim().replace(/\s+/g, ' ') ?? '';

describe('<clearline-editor> the SMS preview says what the SMS said of another incident going on', () => {
  it('Dutch studio: "Ook: Nep-e-mails." and where the phishing notice\'s own SMS is, no command', async () => {
    const el = await editing('nl', 'Cyberaanval');
    expect(sms(el).endsWith('Ook: Nep-e-mails.'), sms(el)).to.equal(true);
    expect(note(el, 'sms-also-line')).to.equal(`Incident “Nep-e-mails: 'Reset uw wachtwoord' uit naam van de hogeschool” speelt ook; deze sms zegt alleen "Ook: Nep-e-mails.", niet wat mensen moeten doen.`);
    expect(note(el, 'sms-fraud-line')).to.equal(`Let op: Incident “Nep-e-mails: 'Reset uw wachtwoord' uit naam van de hogeschool” waarschuwt voor valse berichten uit uw naam, maar de dringende actie daarvan past niet in deze sms: verstuur ook een eigen sms. Die ziet u hier als u onder "Open incidenten" bij dat incident op "Update plaatsen" drukt.`);
    expect(root(el).querySelector('.channel-preview')!.textContent).not.to.contain('clearline');
  });

  it('English studio, two parts: the notice line, and its own SMS shown when the phishing notice is in the form', async () => {
    const el = await editing('en', 'Fake e-mails');
    expect(sms(el).endsWith('Also: Cyberattack. Go to the Hogeschool Zuidkust website yourself.'), sms(el)).to.equal(true);
    expect(note(el, 'sms-also-line')).to.equal('Incident “Cyberattack: e-mail, Brightspace, student portal, wifi and printing down” is going on too; this SMS only says "Also: Cyberattack.", not what to do about it. Its own SMS shows here when you press "Post update" next to it under "Open incidents".');
    field(el, '2 texts (2 parts)').click();
    await el.updateComplete;
    expect(note(el, 'sms-also-line')).to.contain('this SMS only says "Also: Cyberattack."');
    expect(root(el).querySelector('.channel-preview')!.textContent).not.to.contain('clearline');
  });

  it('withoutCommand drops the sentence with the command and nothing else, for every kind of line (en, nl)', () => {
    expect(withoutCommand('storing X speelt ook; deze sms zegt alleen "Ook: X.", niet wat. De eigen sms daarvan: clearline export --to sms --incident x')).to.equal('storing X speelt ook; deze sms zegt alleen "Ook: X.", niet wat');
    expect(withoutCommand('no command here')).to.equal('no command here');
    for (const l of ['en', 'nl'] as const) {
      for (const kind of ['action', 'title', 'head', 'notice', 'none']) {
        const said = withoutCommand(ALSO_LINE_NOTE[l]('“X”', 'x-1', kind, 'Ook: X. Bel 112.'));
        expect(said, said).not.to.contain('clearline');
        expect(said.endsWith(kind === 'action' ? (l === 'en' ? 'left out' : 'weggelaten') : kind === 'none' ? 'website"' : l === 'en' ? 'about it' : 'moeten doen'), said).to.equal(true);
      }
    }
  });
});
