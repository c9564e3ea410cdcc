import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { button, click, fill, pickKey, text } from './editor-helpers.js';
// @ts-expect-error plain JavaScript shared with the node size tests
import { bigFeed } from '../node/big-feed-kit.mjs';

// The embedded editor signs in the page and PUTs to storage (publish-url): no server there refuses a feed larger than
// readers accept (1 MB, feed/fetch.ts), so a long crisis was published and every customer's widget refused it
// (too-large) and showed nothing. Sign now refuses it as `clearline sign` and the studio do, in the editor's
// language, with the size and the biggest incidents, and nothing is PUT.
const SRC = 'https://status.example.test/feed.jws.json';
const PUT = 'https://bucket.example.test/feed.jws.json?X-Amz-Signature=abc';
let key: TestKey;
let realFetch: typeof fetch;
const methods: string[] = [];
before(async () => {
  key = await keygen();
  await forgetKey();
});
beforeEach(() => {
  realFetch = window.fetch;
  methods.length = 0;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    methods.push(init?.method ?? 'GET');
    if (String(input) === PUT) return new Response('', { status: 200 });
    return new Response('not found', { status: 404 });
  };
});
afterEach(() => (window.fetch = realFetch));

async function signBig(lang: string, incidents: number) {
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} src=${SRC} publish-url=${PUT} public-key=${JSON.stringify(key.publicJwk)} .feed=${bigFeed({ incidents })}></clearline-editor>`);
  await waitUntil(() => text(el).includes(lang === 'nl' ? 'Leidingbreuk wijk 1' : 'Burst main district 1'), 'opened');
  const nl = lang === 'nl';
  await click(el, nl ? 'Update plaatsen' : 'Post update');
  await fill(el, nl ? 'Wat we weten — Nederlands' : 'What we know — Dutch', 'De nieuwe leiding ligt erin.');
  await fill(el, nl ? 'Wat we weten — Engels' : 'What we know — English', 'The new main is in.');
  await click(el, nl ? '+1 uur' : '+1 h');
  await pickKey(el, key, nl ? 'Ondertekeningssleutel' : 'Signing key');
  await click(el, lang === 'nl' ? 'Ondertekenen' : 'Sign');
  return el;
}

describe('<clearline-editor> embedded: a feed larger than readers accept is not signed', () => {
  it('English: the size, the limit and the biggest incidents; Publish stays hidden and nothing is PUT', async function () {
    this.timeout(20_000);
    const el = await signBig('en', 10);
    await waitUntil(() => text(el).includes('Not signed: the signed feed would be'), 'refused', { timeout: 10_000 });
    expect(text(el)).to.match(/Not signed: the signed feed would be 1\.\d\d MB, more than the 1\.00 MB readers accept; .*Biggest incidents: "Burst main district \d+" \(leiding-\d+\): \d+ kB, of which \d+ kB in 100 earlier updates/);
    expect(button(el, 'Publish').hidden).to.equal(true);
    expect(methods).not.to.include('PUT');
  });

  it('Dutch', async function () {
    this.timeout(20_000);
    const el = await signBig('nl', 10);
    await waitUntil(() => text(el).includes('Niet ondertekend: de ondertekende feed zou'), 'refused', { timeout: 10_000 });
    expect(text(el)).to.match(/Grootste incidenten: "Leidingbreuk wijk \d+" \(leiding-\d+\): \d+ kB, waarvan \d+ kB in 100 eerdere updates/);
  });

  it('a long crisis within the limit (five incidents, 0.58 MB) is signed', async function () {
    this.timeout(20_000);
    const el = await signBig('en', 5);
    await waitUntil(() => !button(el, 'Publish').hidden, 'signed', { timeout: 10_000 });
    expect(text(el)).not.to.contain('Not signed');
  });
});
