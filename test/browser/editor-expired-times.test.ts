// The helpers' note after trial K: "Re-sign now" (the 2 a.m. heartbeat) kept an issued_at and expires_at left in feed.json,
// so once they had run out it signed and saved a feed every reader refuses as expired. `clearline sign` refuses such times
// with the advice to leave them out; the page leaves them out itself, as a heartbeat does. Times relative to now.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { iso, keygen, MIN, unb64, type TestKey } from './helpers.js';
import { button, click, pickKey, text } from './editor-helpers.js';
import { emptyFeed } from './fake-studio.js';

let key: TestKey;
let realFetch: typeof fetch;
before(async () => {
  key = await keygen();
  await forgetKey();
});
beforeEach(() => (realFetch = window.fetch));
afterEach(() => (window.fetch = realFetch));

describe('<clearline-editor>: times in feed.json that have already run out', () => {
  it('Re-sign now signs with the time of now and saves feed.json without them', async function () {
    this.timeout(20_000);
    const feed = { ...emptyFeed(), issued_at: iso(-3 * 60 * MIN), expires_at: iso(-2 * 60 * MIN), seq: Date.now() - 3 * 60 * MIN } as FeedDraft;
    const saves: { feed: string; envelope: { payload: string } }[] = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url === '/api/feed') return new Response(JSON.stringify(feed), { status: 200, headers: { 'X-Clearline-Version': `rev-${saves.length}`, 'X-Clearline-Expires': iso(-2 * 60 * MIN) } });
      if (url === '/api/save' && init?.method === 'POST') {
        saves.push(JSON.parse(String(init.body)));
        return Response.json({ files: ['feed.json', 'feed.jws.json'], folder: '/srv/status', version: `rev-${saves.length}` });
      }
      return new Response('not found', { status: 404 });
    };
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
    await waitUntil(() => text(el).includes('Re-sign now'), 'expiry prompt');
    await click(el, 'Re-sign now');
    await pickKey(el, key, 'Signing key');
    await click(el, 'Sign');
    await waitUntil(() => !button(el, 'Publish').hidden, 'signed', { timeout: 5000 });
    await click(el, 'Publish');
    await waitUntil(() => saves.length === 1, 'saved');
    const signed = JSON.parse(unb64(saves[0]!.envelope.payload)) as { issued_at: string; expires_at: string; seq: number };
    expect(Date.parse(signed.expires_at), 'expires after now').to.be.above(Date.now() + 30 * MIN);
    expect(Math.abs(Date.parse(signed.issued_at) - Date.now()), 'issued now').to.be.below(5 * MIN);
    expect(signed.seq).to.be.above(feed.seq as number);
    expect(JSON.parse(saves[0]!.feed)).not.to.have.property('expires_at');
  });
});
