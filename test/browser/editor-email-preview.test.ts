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
});
