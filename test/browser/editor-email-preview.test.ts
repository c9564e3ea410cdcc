// The studio showed the phone message and the SMS, but not the e-mail that `clearline export --to
// email` makes from the same feed, so a desk sent it unread. The preview now shows it: its subject
// and its plain-text part, in the preview's language, made by the same exporter (src/export/email.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { click, fill, operatorFeed as operator, root } from './editor-helpers.js';


const section = (el: ClearlineEditor) => root(el).querySelector('.email-preview');
const subject = (el: ClearlineEditor) => section(el)?.querySelector('[data-part="subject"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const body = (el: ClearlineEditor) => section(el)?.querySelector('[data-part="text"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<clearline-editor> what the e-mail says', () => {
  it('Dutch: the subject and the text, following the form', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${operator()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    await fill(el, 'Wat we weten — Nederlands', 'De seinen zijn gerepareerd. De eerste treinen rijden weer.');
    expect(root(el).querySelector('#email-preview-heading')?.textContent).to.equal('Wat de e-mail zegt');
    expect(subject(el)).to.match(/^Onderwerp: Geen treinen tussen Zwolle en Kampen/);
    expect(body(el)).to.contain('De seinen zijn gerepareerd.');
    expect(body(el), 'the channel with its wait').to.contain('Klantenservice');
    expect(section(el)!.getAttribute('lang')).to.equal('nl');
    await fill(el, 'Titel — Nederlands', 'Treinen rijden weer tussen Zwolle en Kampen');
    expect(subject(el)).to.match(/^Onderwerp: Treinen rijden weer tussen Zwolle en Kampen/);
    expect(body(el)).to.contain('Treinen rijden weer tussen Zwolle en Kampen');
  });

  it('English: in the preview language, with the English words around it; markup typed in a title stays text', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${operator()}></clearline-editor>`);
    await click(el, 'Post update');
    [...root(el).querySelectorAll<HTMLInputElement>('input[name="preview-lang"]')].find((r) => r.value === 'en')!.click();
    await el.updateComplete;
    await fill(el, 'Title — English', 'No trains <img src=x onerror="window.__mailXss=1">');
    expect(root(el).querySelector('#email-preview-heading')?.textContent).to.equal('What the e-mail says');
    expect(subject(el)).to.match(/^Subject: No trains <img/);
    expect(body(el)).to.contain('A signal failure stops all trains.');
    expect(body(el)).to.contain('No trains <img src=x');
    expect(section(el)!.querySelectorAll('img, script').length).to.equal(0);
    expect((window as unknown as { __mailXss?: number }).__mailXss).to.equal(undefined);
  });

  // A broadband provider's e-mail outage: `clearline export --to email` warned that the people it affects may not
  // get the e-mail, but the studio's preview of that e-mail said nothing (walk-through 2026-12-02).
  const note = (el: ClearlineEditor) => section(el)?.querySelector('[data-note="email-outage"]');
  const said = (el: ClearlineEditor) => note(el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('an e-mail outage: the warning in the studio\'s language, with a word that says it (not colour only); gone once the title is not about e-mail', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${operator()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(note(el), 'a train disruption').to.equal(null);
    await fill(el, 'Titel — Nederlands', 'E-mail werkt niet');
    expect(said(el)).to.equal(
      'Let op: storing “E-mail werkt niet” is nog open en gaat over e-mail, dus wie er last van heeft, krijgt deze e-mail misschien niet of kan hem niet lezen. Bereik hen ook op een andere manier: met het telefoonbericht en de sms hierboven, op sociale media of op uw statuspagina.',
    );
    expect(note(el)!.getAttribute('lang')).to.equal('nl');
    expect(note(el)!.querySelector('strong')?.textContent).to.equal('Let op:');
    // Above the e-mail's text, under its subject.
    expect(note(el)!.compareDocumentPosition(section(el)!.querySelector('[data-part="text"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await fill(el, 'Titel — Nederlands', 'Geen treinen tussen Zwolle en Kampen');
    expect(note(el)).to.equal(null);
  });

  it('an e-mail outage in an English studio: English words and the English title', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${operator()}></clearline-editor>`);
    await click(el, 'Post update');
    await fill(el, 'Title — English', 'Internet and e-mail outage in Kampen');
    expect(said(el)).to.match(/^Warning: incident “Internet and e-mail outage in Kampen” is still open and is about e-mail, so the people it affects may not get this e-mail, or not read it\. Tell them another way too: the phone message and the SMS above, social posts or your status page\.$/);
  });
});

