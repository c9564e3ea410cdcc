// A hospital's communications officer published from the studio at 2 a.m. (trial, 2026-12-05); the website sent no
// CORS header, so the page could not read the public feed, and the studio said "Not live yet … Check again in a
// minute" while the new version had been live all along. Now a feed the page cannot read is said as such, with what to
// do, and "Check again" checks again.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { keygen, statusFeed, type TestKey } from './helpers.js';
import { button, click, fill, pickKey, text } from './editor-helpers.js';

const SRC = 'https://status.example.test/feed.jws.json';
const PUT = 'https://bucket.example.test/feed.jws.json?sig=abc';

describe('<clearline-editor>: after Publish, a public feed this page cannot read', () => {
  let key: TestKey;
  let realFetch: typeof fetch;
  let published: string | undefined;
  let answer: 'cors' | '404' | 'feed';
  before(async () => (key = await keygen()));
  beforeEach(() => {
    realFetch = window.fetch;
    published = undefined;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url === PUT && init?.method === 'PUT') return (published = String(init.body)), new Response('', { status: 200 });
      if (url === SRC && !published) return new Response('not found', { status: 404 });
      if (url === SRC && answer === 'cors') throw new TypeError('Failed to fetch');
      if (url === SRC && answer === '404') return new Response('<h1>Not found</h1>', { status: 404 });
      if (url === SRC) return new Response(published);
      return realFetch(input, init);
    };
  });
  afterEach(() => (window.fetch = realFetch));

  async function publish(lang: 'en' | 'nl') {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} src=${SRC} publish-url=${PUT} public-key=${JSON.stringify(key.publicJwk)} .feed=${statusFeed()}></clearline-editor>`);
    await waitUntil(() => text(el).includes(lang === 'nl' ? 'Update plaatsen' : 'Post update'), 'opened');
    await click(el, lang === 'nl' ? 'Update plaatsen' : 'Post update');
    await fill(el, lang === 'nl' ? 'Wat we weten — Engels' : 'What we know — English', 'Flights resume at 14:00.');
    await fill(el, lang === 'nl' ? 'Wat we weten — Nederlands' : 'What we know — Dutch', 'Vluchten gaan weer om 14:00.');
    await click(el, lang === 'nl' ? '+1 uur' : '+1 h');
    await pickKey(el, key, lang === 'nl' ? 'Ondertekeningssleutel' : 'Signing key');
    await click(el, lang === 'nl' ? 'Ondertekenen' : 'Sign');
    await waitUntil(() => !button(el, lang === 'nl' ? 'Publiceren' : 'Publish').hidden, 'signed');
    await click(el, lang === 'nl' ? 'Publiceren' : 'Publish');
    return el;
  }

  it('unreadable (no CORS header): says it could not check, names the address, and Check again finds it live', async () => {
    answer = 'cors';
    const el = await publish('en');
    await waitUntil(() => text(el).includes('Could not check whether it is live'), text(el).slice(-600));
    expect(text(el)).to.contain(`this page cannot read ${SRC} (no answer, or the website does not let this page read it)`);
    expect(text(el)).not.to.contain('Not live yet');
    answer = 'feed';
    await click(el, 'Check again');
    await waitUntil(() => /Live since \d{1,2}:\d\d:\d\d/.test(text(el)), 'live after checking again');
    expect(text(el)).not.to.contain('Could not check');
  });

  it('an HTTP error is named, in Dutch too', async () => {
    answer = '404';
    const el = await publish('nl');
    await waitUntil(() => text(el).includes('Kon niet nagaan of hij live staat'), text(el).slice(-600));
    expect(text(el)).to.contain('de website antwoordde HTTP 404');
    expect(button(el, 'Opnieuw kijken')).to.exist;
  });
});
