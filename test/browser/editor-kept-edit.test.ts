// A night desk typed an update, reloaded by mistake ("Leave site?" → Leave), and the form was gone:
// everything retyped at 2 a.m. (trial B). The studio now keeps the unsaved form in the tab and offers
// it back after a reload. A reload is played as a second editor on the same feed-src in the same tab.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { FakeStudio, signAndPublish, unstamped } from './fake-studio.js';
import { button, click, field, fill, operatorFeed, pickKey, root, text } from './editor-helpers.js';
import { keygen, type TestKey } from './helpers.js';

const KEY = 'clearline-studio-edit:/api/feed';
const open = async (lang = 'en') => {
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
  await waitUntil(() => root(el).querySelector('.incidents')?.textContent!.includes(lang === 'nl' ? 'Geen treinen tussen Zwolle en Kampen' : 'No trains between Zwolle and Kampen'), 'opened');
  return el;
};
const reload = async (el: ClearlineEditor, lang = 'en') => {
  el.remove();
  return open(lang);
};
const KNOWN = 'Trains run again between Zwolle and Kampen, every 30 minutes.';

describe('<clearline-editor>: an unsaved edit survives a reload of the studio page', () => {
  let studio: FakeStudio;
  let key: TestKey;
  before(async () => (key = await keygen()));
  beforeEach(() => {
    sessionStorage.clear();
    studio = new FakeStudio(unstamped(operatorFeed()));
    studio.install();
  });
  afterEach(() => studio.uninstall());

  it('offers the edit back, and Continue restores its texts and next update', async () => {
    let el = await open();
    await click(el, 'Post update');
    await fill(el, 'What we know — English', KNOWN);
    await click(el, '+1 h');
    const next = field(el, 'Next update').value;
    expect(next).to.match(/\d/);
    el = await reload(el);
    const offer = root(el).querySelector('.kept')!;
    expect(offer, 'offer shown').to.exist;
    expect(offer.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Not saved when this page was reloaded: Update: No trains between Zwolle and Kampen, last changed \d{1,2}:\d\d/);
    expect(offer.textContent).not.to.include('changed since');
    expect(root(el).querySelector('form'), 'no form before the desk chooses').to.equal(null);
    await click(el, 'Continue this edit');
    expect(root(el).querySelector('.kept')).to.equal(null);
    expect(field(el, 'What we know — English').value).to.equal(KNOWN);
    expect(field(el, 'Next update').value).to.equal(next);
    expect(text(el)).to.include('Update: No trains between Zwolle and Kampen');
    // Still unsaved: leaving asks, and a second reload offers it again.
    el = await reload(el);
    expect(root(el).querySelector('.kept')).to.exist;
  });

  it('Throw it away forgets it: the next reload offers nothing', async () => {
    let el = await open();
    await click(el, 'Post update');
    await fill(el, 'What we know — English', KNOWN);
    el = await reload(el);
    await click(el, 'Throw it away');
    expect(root(el).querySelector('.kept')).to.equal(null);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    el = await reload(el);
    expect(root(el).querySelector('.kept')).to.equal(null);
  });

  it('says when the feed changed since the edit was made', async () => {
    let el = await open();
    await click(el, 'Post update');
    await fill(el, 'What we know — English', KNOWN);
    studio.write(JSON.stringify({ ...studio.feed, status_url: 'https://example.com/status' }, null, 2));
    el = await reload(el);
    expect(root(el).querySelector('.kept')!.textContent).to.include('The feed has changed since. After continuing, check that your text still fits what is published now.');
  });

  it('in Dutch, for a new incident with its typed title', async () => {
    let el = await open('nl');
    await click(el, 'Nieuw incident');
    await fill(el, 'Titel — Nederlands', 'Geen bussen in Deventer');
    el = await reload(el, 'nl');
    expect(root(el).querySelector('.kept')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Nog niet opgeslagen toen deze pagina opnieuw werd geladen: Nieuw incident: Geen bussen in Deventer, laatst gewijzigd \d{1,2}:\d\d/);
    await click(el, 'Verder met deze bewerking');
    expect(field(el, 'Titel — Nederlands').value).to.equal('Geen bussen in Deventer');
  });

  it('keeps nothing once the edit is published, or when nothing was changed', async () => {
    let el = await open();
    await click(el, 'Post update');
    el = await reload(el);
    expect(root(el).querySelector('.kept'), 'an untouched form is not kept').to.equal(null);
    await click(el, 'Post update');
    await fill(el, 'What we know — English', KNOWN);
    await click(el, '+1 h');
    expect(sessionStorage.getItem(KEY)).to.include(KNOWN);
    await pickKey(el, key);
    await signAndPublish(el, /Saved feed\.json/);
    await waitUntil(() => sessionStorage.getItem(KEY) === null, 'forgotten after the save');
    el = await reload(el);
    expect(root(el).querySelector('.kept')).to.equal(null);
  });

  it('a form typed while an older edit is still offered is kept beside it: the next reload offers both', async () => {
    let el = await open();
    await click(el, 'Post update');
    await fill(el, 'What we know — English', KNOWN);
    el = await reload(el);
    // The desk does not answer the offer, and starts another form.
    await click(el, 'New incident');
    await fill(el, 'Title — English', 'No buses in Deventer');
    el = await reload(el);
    const lines = () => [...root(el).querySelectorAll('.kept > p:first-child')].map((p) => p.textContent!.replace(/\s+/g, ' '));
    expect(lines().length, lines().join(' | ')).to.equal(2);
    expect(lines()[0]).to.match(/: New incident: No buses in Deventer, last changed/);
    expect(lines()[1]).to.match(/: Update: No trains between Zwolle and Kampen, last changed/);
    // Continue the older one: its text is back, the other is still offered and still kept.
    (root(el).querySelectorAll('.kept')[1]!.querySelector('button.primary') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(field(el, 'What we know — English').value).to.equal(KNOWN);
    expect(lines().length).to.equal(1);
    expect(lines()[0]).to.include('No buses in Deventer');
    el = await reload(el);
    expect(lines().length, 'both still kept').to.equal(2);
    // Throw one away: the other stays.
    (root(el).querySelectorAll('.kept')[0]!.querySelector('button.quiet') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(lines().length).to.equal(1);
    el = await reload(el);
    expect(lines().length).to.equal(1);
  });

  it('an editor given its feed as a property keeps nothing (no page to reload: stories, CMS pages)', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${unstamped(operatorFeed())}></clearline-editor>`);
    await click(el, 'Post update');
    await fill(el, 'What we know — English', KNOWN);
    expect(sessionStorage.length).to.equal(0);
    expect(button(el, 'Sign')).to.exist;
  });
});
