// A bank's desk pasted the English text into "Wat we weten — Nederlands", signed and published (trial E). The studio
// said so in an orange note at the field, far above, and at Sign only "1 suggestie (ondertekenen mag)". Once Sign is
// pressed, the suggestions at fields are now listed beside Sign and Publish, with where they are.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { click, emptyFeed, fill, newIncident, pickKey, root } from './editor-helpers.js';

let key: TestKey;
before(async () => (key = await keygen()));
afterEach(() => forgetKey());

const signSection = (el: ClearlineEditor) => root(el).querySelector('section.sign')!;
const listed = (el: ClearlineEditor) => [...signSection(el).querySelectorAll('.findings li.warning')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('<clearline-editor>: suggestions at Sign', () => {
  it('lists the suggestions at fields once Sign is pressed, with where they are; not before', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed()}></clearline-editor>`);
    await newIncident(el, 'outage', true);
    await fill(el, 'Titel — Nederlands', 'Pinnen en iDEAL werken niet');
    await fill(el, 'Titel — Engels', 'Card payments and iDEAL are down');
    const english = 'We found the cause: a fault at our payment processor. Card payments work again in some shops, and we are working on the rest.';
    await fill(el, 'Wat we weten — Nederlands', english);
    await fill(el, 'Wat we weten — Engels', english.replace('We found', 'We have found'));
    await fill(el, 'Wat we nog niet weten — Nederlands', 'Wanneer alles weer werkt.');
    await fill(el, 'Wat we nog niet weten — Engels', 'When everything works again.');
    await click(el, '+30 min');
    await pickKey(el, key, 'Ondertekeningssleutel');
    expect(listed(el), 'before Sign: counted only').to.deep.equal([]);
    expect(signSection(el).textContent).to.match(/\d+ suggesties? \(ondertekenen mag\)/);
    let signed = false;
    el.addEventListener('clearline-signed', () => (signed = true), { once: true });
    await click(el, 'Ondertekenen');
    await waitUntil(() => signed, 'signed: a suggestion does not stop it');
    await el.updateComplete;
    const language = listed(el).find((l) => l.includes('lijkt Engels'));
    expect(language, listed(el).join(' | ')).to.match(/wat we weten.*Nederlands.*: deze tekst in het Nederlands lijkt Engels/i);
  });

  it('beside "Niet ondertekend: 1 probleem", the suggestions line does not say signing is allowed (trial W)', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed()}></clearline-editor>`);
    await newIncident(el, 'outage', true);
    await fill(el, 'Titel — Nederlands', 'Pinnen en iDEAL werken niet');
    await fill(el, 'Titel — Engels', 'Card payments and iDEAL are down');
    const english = 'We found the cause: a fault at our payment processor. Card payments work again in some shops, and we are working on the rest.';
    await fill(el, 'Wat we weten — Nederlands', english);
    await fill(el, 'Wat we weten — Engels', english.replace('We found', 'We have found'));
    await click(el, '+30 min');
    await pickKey(el, key, 'Ondertekeningssleutel');
    // What we don't know is left empty: a problem that stops signing.
    await click(el, 'Ondertekenen');
    await el.updateComplete;
    const said = signSection(el).textContent!.replace(/\s+/g, ' ');
    expect(said).to.match(/Niet ondertekend: eerst \d+ problemen? oplossen/);
    expect(said).to.not.contain('ondertekenen mag');
    expect(said).to.match(/Ook \d+ suggesties?: bekijk (die|ze) na (het probleem|de problemen) hierboven/);
  });
});
