// The editor's own signing has the two protections `clearline sign` has (trial K; feed/issued-ahead.ts, feed/seq-above.ts):
// - an issued_at kept in feed.json, typed days ahead, is not signed: said in the editor's language with the date, why,
//   and what to do, with the one safe way out as a button (sign with the time of now; no "sign anyway");
// - the seq is above that of the signed feed it replaces: the studio's feed.jws.json (X-Clearline-Seq, and after a
//   refused save its new seq), or the published feed an embedded editor PUTs over.
// A laptop 40 minutes fast signed before: every reader that saw it refused the next update as older. Times relative to now.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { clockSteps } from '../../src/feed/clock-steps.js';
import { iso, keygen, MIN, sign, statusFeed, unb64, type TestKey } from './helpers.js';
import { button, click, fill, pickKey, text } from './editor-helpers.js';
import { emptyFeed, signAndPublish, writeNewOutage } from './fake-studio.js';

const DAY = 24 * 60 * MIN;
let key: TestKey;
let realFetch: typeof fetch;
before(async () => {
  key = await keygen();
  await forgetKey();
});
beforeEach(() => (realFetch = window.fetch));
afterEach(() => (window.fetch = realFetch));

interface Saved { feed: string; envelope: { payload: string } }
const payloadOf = (s: { envelope: { payload: string } }) => JSON.parse(unb64(s.envelope.payload)) as { seq: number; issued_at: string };

/** A studio serving `feed` as feed.json with these headers (X-Clearline-Seq: feed.jws.json's), recording saves; `refuse` answers the next save instead. */
function studio(feed: FeedDraft, headers: Record<string, string>, refuse?: () => Response) {
  const saves: Saved[] = [];
  let refusal = refuse;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url === '/api/feed') return new Response(JSON.stringify(feed), { status: 200, headers: { 'X-Clearline-Version': `rev-${saves.length}`, ...headers } });
    if (url === '/api/save' && init?.method === 'POST') {
      if (refusal) return [refusal(), (refusal = undefined)][0]!;
      saves.push(JSON.parse(String(init.body)) as Saved);
      return Response.json({ files: ['feed.json', 'feed.jws.json'], folder: '/srv/water/status', version: `rev-${saves.length}` });
    }
    return new Response('not found', { status: 404 });
  };
  return saves;
}

async function open(lang: string): Promise<ClearlineEditor> {
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
  await waitUntil(() => text(el).includes(lang === 'nl' ? 'Geen open incidenten' : 'No open incidents'), 'opened');
  return el;
}

describe('<clearline-editor>: an issued_at in feed.json days ahead of this computer\'s clock', () => {
  it('Dutch: Re-sign now refuses it with the date, why and what to do; "Ondertekenen met de tijd van nu" signs as of now and saves feed.json without it', async function () {
    this.timeout(20_000);
    const ahead = Date.now() + 10 * DAY;
    // The signed feed expires within 15 minutes: the page offers Re-sign now, the 2 a.m. heartbeat.
    const saves = studio({ ...emptyFeed(), issued_at: iso(10 * DAY), expires_at: iso(10 * DAY + 60 * MIN), seq: ahead } as FeedDraft, { 'X-Clearline-Expires': iso(10 * MIN) });
    const el = await open('nl');
    await waitUntil(() => text(el).includes('Nu opnieuw ondertekenen'), 'expiry prompt');
    await click(el, 'Nu opnieuw ondertekenen');
    await pickKey(el, key, 'Ondertekeningssleutel');
    await click(el, 'Ondertekenen');
    await waitUntil(() => text(el).includes('Niet ondertekend: issued_at in feed.json'), 'refused', { timeout: 5000 });
    expect(text(el)).to.match(/Niet ondertekend: issued_at in feed\.json is .+ \(Europe\/Amsterdam\), 10 dagen later dan de klok van deze computer \(nu \d\d:\d\d\)\. Lezers weigeren een feed van meer dan een uur vooruit/);
    expect(text(el)).to.contain('Een tikfout in de datum? Druk op "Ondertekenen met de tijd van nu"');
    expect(text(el)).to.contain('Dan loopt de klok van deze computer verkeerd');
    // Where to set it on this computer's system, as `clearline sign` says it (was only "laat hem goed zetten").
    expect(text(el)).to.contain(`zet hem goed (${clockSteps(navigator.platform, 'nl')}), laad deze pagina opnieuw`);
    expect(text(el)).not.to.match(/--force|toch ondertekenen/i);
    expect(button(el, 'Publiceren').hidden, 'nothing to publish').to.equal(true);
    await click(el, 'Ondertekenen met de tijd van nu');
    await waitUntil(() => !button(el, 'Publiceren').hidden, 'signed', { timeout: 5000 });
    await click(el, 'Publiceren');
    await waitUntil(() => saves.length === 1, 'saved');
    const signed = payloadOf(saves[0]!);
    expect(Math.abs(Date.parse(signed.issued_at) - Date.now())).to.be.below(5 * MIN);
    expect(signed.seq).to.be.below(ahead);
    expect(JSON.parse(saves[0]!.feed)).not.to.have.property('issued_at');
  });

  it('studio with --key: the page refuses it before asking the studio to sign', async function () {
    this.timeout(20_000);
    studio({ ...emptyFeed(), issued_at: iso(3 * DAY) } as FeedDraft, { 'X-Clearline-Expires': iso(10 * MIN) });
    const asked: string[] = [];
    const stub = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => (String(input) === '/api/sign' && asked.push('sign'), stub(input, init));
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" feed-src="/api/feed" save-url="/api/save" sign-url="/api/sign"></clearline-editor>`);
    await waitUntil(() => text(el).includes('Re-sign now'), 'expiry prompt');
    await click(el, 'Re-sign now');
    await click(el, 'Sign');
    await waitUntil(() => text(el).includes('Not signed: issued_at in feed.json'), 'refused', { timeout: 5000 });
    expect(asked).to.deep.equal([]);
    expect(text(el)).to.contain(`Then this computer's clock is wrong: set it right (${clockSteps(navigator.platform, 'en')}), reload this page and sign again.`);
    expect(button(el, 'Sign with the time of now')).to.exist;
  });

  it('English', async function () {
    this.timeout(20_000);
    studio({ ...emptyFeed(), issued_at: iso(3 * DAY) } as FeedDraft, { 'X-Clearline-Expires': iso(10 * MIN) });
    const el = await open('en');
    await waitUntil(() => text(el).includes('Re-sign now'), 'expiry prompt');
    await click(el, 'Re-sign now');
    await pickKey(el, key);
    await click(el, 'Sign');
    await waitUntil(() => text(el).includes('Not signed: issued_at in feed.json'), 'refused', { timeout: 5000 });
    expect(text(el)).to.match(/issued_at in feed\.json is .+, 3 days ahead of this computer's clock .*A typo in the date\? Press "Sign with the time of now"/);
    expect(text(el)).to.contain(`Then this computer's clock is wrong: set it right (${clockSteps(navigator.platform, 'en')}), reload this page and sign again.`);
    expect(button(el, 'Sign with the time of now')).to.exist;
  });
});

describe('<clearline-editor>: the seq is above that of the signed feed it replaces', () => {
  it('studio: above feed.jws.json signed by a laptop 40 minutes fast, and the next Publish above that again', async function () {
    this.timeout(20_000);
    const fast = Date.now() + 40 * MIN;
    const saves = studio(emptyFeed(), { 'X-Clearline-Seq': String(fast) });
    const el = await open('en');
    // Opened (the page shows its empty feed before the studio answers): the seq is read with feed.json.
    await waitUntil(() => (el as unknown as { session: { version?: string } }).session.version === 'rev-0', 'feed.json read');
    await writeNewOutage(el);
    await pickKey(el, key);
    await signAndPublish(el, /Saved feed\.json/);
    expect(payloadOf(saves[0]!).seq).to.equal(fast + 1);
    await fill(el, 'What we know — English', 'A main pipe burst at 01:40. About 3,500 homes have no water.');
    await signAndPublish(el, /Saved feed\.json/);
    expect(saves.length).to.equal(2);
    expect(payloadOf(saves[1]!).seq).to.equal(fast + 2);
  });

  it('studio: a save refused for a feed.jws.json signed since (seq-behind) is said, and Sign again signs above it', async function () {
    this.timeout(20_000);
    const since = Date.now() + 30 * MIN;
    const message = 'Not saved: feed.jws.json was signed again after this page signed. Press Sign again, then Publish.';
    const saves = studio(emptyFeed(), {}, () => Response.json({ message, code: 'seq-behind', seq: since }, { status: 422 }));
    const el = await open('en');
    await writeNewOutage(el);
    await pickKey(el, key);
    await signAndPublish(el, /Not saved: feed\.jws\.json was signed again/);
    expect(button(el, 'Publish').hidden, 'Sign first').to.equal(true);
    await signAndPublish(el, /Saved feed\.json/);
    expect(payloadOf(saves[0]!).seq).to.equal(since + 1);
  });

  it('studio with --key: the page keeps the seq the studio signed with (above its feed.jws.json)', async function () {
    this.timeout(20_000);
    const above = Date.now() + 40 * MIN + 1;
    const saves = studio(emptyFeed(), {});
    const stub = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) !== '/api/sign') return stub(input, init);
      const { payload } = JSON.parse(String(init!.body)) as { payload: Record<string, unknown> };
      return Response.json({ envelope: await sign({ ...payload, seq: above }, [key]) });
    };
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" feed-src="/api/feed" save-url="/api/save" sign-url="/api/sign"></clearline-editor>`);
    await waitUntil(() => (el as unknown as { session: { version?: string } }).session.version === 'rev-0', 'feed.json read');
    await writeNewOutage(el);
    const signedSeq = new Promise<number>((ok) => el.addEventListener('clearline-signed', (e) => ok((e as CustomEvent<{ payload: { seq: number } }>).detail.payload.seq), { once: true }));
    await signAndPublish(el, /Saved feed\.json/);
    expect(await signedSeq).to.equal(above);
    expect(payloadOf(saves[0]!).seq).to.equal(above);
    // The next Sign is above it again.
    await fill(el, 'What we know — English', 'A main pipe burst at 01:40. About 3,500 homes have no water.');
    const next = new Promise<Record<string, unknown>>((ok) => (window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => (String(input) === '/api/sign' ? (ok(JSON.parse(String(init!.body)).payload as Record<string, unknown>), new Response('{}', { status: 500 })) : stub(input, init))));
    await click(el, 'Sign');
    expect((await next).seq).to.equal(above + 1);
  });

  it('embedded (publish-url): above the published feed it PUTs over', async function () {
    this.timeout(20_000);
    const SRC = 'https://status.example.test/feed.jws.json';
    const PUT = 'https://bucket.example.test/feed.jws.json?sig=abc';
    const fast = Date.now() + 40 * MIN;
    const published = JSON.stringify(await sign(statusFeed({ seq: fast, time_zone: 'Europe/Amsterdam', incidents: [] } as never), [key]));
    const puts: { payload: string }[] = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url === PUT && init?.method === 'PUT') return puts.push(JSON.parse(String(init.body)) as { payload: string }), new Response('', { status: 200 });
      if (url === SRC) return new Response(puts.length ? JSON.stringify(puts.at(-1)) : published, { status: 200 });
      return new Response('not found', { status: 404 });
    };
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" src=${SRC} publish-url=${PUT} public-key=${JSON.stringify(key.publicJwk)}></clearline-editor>`);
    await waitUntil(() => text(el).includes('No open incidents'), 'opened');
    await writeNewOutage(el);
    await pickKey(el, key);
    await signAndPublish(el, /Live at|live/i);
    expect(puts.length).to.equal(1);
    expect(payloadOf({ envelope: puts[0]! }).seq).to.equal(fast + 1);
  });
});
