// A telecom desk's mobile network outage: `clearline export --to sms` now warns that the people it affects may not get
// the SMS until the network works (export/sms-outage.ts); the studio's SMS preview says the same, in its language.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { click, fill, operatorFeed as operator, root } from './editor-helpers.js';

const sms = (el: ClearlineEditor) => root(el).querySelector('figure[data-channel="sms"]');
const note = (el: ClearlineEditor) => sms(el)?.querySelector('[data-note="sms-outage"]') ?? null;
const said = (el: ClearlineEditor) => note(el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<clearline-editor> SMS preview during a mobile network outage', () => {
  it('Dutch: the warning under the SMS, with a word that says it; gone once the title is not about the mobile network', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${operator()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(sms(el), 'the SMS is previewed').to.not.equal(null);
    expect(note(el), 'a train disruption').to.equal(null);
    await fill(el, 'Titel — Nederlands', 'Storing mobiel netwerk in Kampen');
    expect(said(el)).to.equal(
      'Let op: storing “Storing mobiel netwerk in Kampen” is nog open en gaat over het mobiele netwerk of sms, dus wie er last van heeft, krijgt deze sms misschien pas als het weer werkt. Bereik hen ook op een andere manier: met de e-mail hieronder, op sociale media of op uw statuspagina.',
    );
    expect(note(el)!.getAttribute('lang')).to.equal('nl');
    expect(note(el)!.querySelector('strong')?.textContent).to.equal('Let op:');
    await fill(el, 'Titel — Nederlands', 'Geen treinen tussen Zwolle en Kampen');
    expect(note(el)).to.equal(null);
  });

  it('English studio: English words and the English title', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${operator()}></clearline-editor>`);
    await click(el, 'Post update');
    await fill(el, 'Title — English', 'No mobile signal in Kampen');
    expect(said(el)).to.match(/^Warning: incident “No mobile signal in Kampen” is still open and is about the mobile network or SMS, so the people it affects may not get this SMS until it works again\./);
  });
});
