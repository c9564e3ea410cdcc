/**
 * Real signed feeds for the error and stale-data stories: a throwaway Ed25519 key made in the
 * browser, documents signed with the library's own signer, answered by a stand-in for `fetch` on
 * a reserved host, so the element runs its real fetch → verify → render path with no server.
 */
import type { JWK } from 'jose';
import { sharedSources } from '../src/feed/registry.js';
import { generateSigningKey, signPayload } from '../src/feed/sign.js';
import type { FaqPayload, StatusPayload } from '../src/feed/schema.js';

/** Feeds the stories serve live under this origin (`.invalid` can never resolve for real). */
export const MOCK_ORIGIN = 'https://feeds.clearline.invalid';

type Answer = () => Response | Promise<Response>;
const answers = new Map<string, Answer>();

const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const answer = answers.get(url);
  if (answer) return Promise.resolve().then(answer);
  if (url.startsWith(MOCK_ORIGIN)) return Promise.resolve(new Response('not found', { status: 404 }));
  return realFetch(input, init);
};

/** Serves `answer` at MOCK_ORIGIN + path; returns the full URL. */
export function serveFeed(path: string, answer: Answer): string {
  const url = MOCK_ORIGIN + path;
  answers.set(url, answer);
  return url;
}

export const json = (text: string, status = 200) => new Response(text, { status, headers: { 'Content-Type': 'application/json' } });

export interface StoryKeys {
  privateJwk: JWK;
  publicKey: string;
}

let keys: Promise<StoryKeys> | undefined;
/** One throwaway key pair per story page. */
export function storyKeys(): Promise<StoryKeys> {
  keys ??= generateSigningKey('Ed25519').then(({ privateJwk, publicJwk }) => ({ privateJwk, publicKey: JSON.stringify(publicJwk) }));
  return keys;
}

/** Signs any object as a status document (it need not be valid: the invalid story signs a bad one), or as a FAQ document. */
export async function sign(payload: StatusPayload | FaqPayload | Record<string, unknown>, privateJwk?: JWK, kind: 'status' | 'faq' = 'status'): Promise<string> {
  const key = privateJwk ?? (await storyKeys()).privateJwk;
  const envelope = await signPayload(new TextEncoder().encode(JSON.stringify(payload)), [key], kind);
  return JSON.stringify(envelope);
}

/** Forgets what earlier stories left in localStorage (kept copies, highest seq seen). */
export function forgetStoredFeeds(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('clearline')) localStorage.removeItem(key);
  } catch {
    // no storage: nothing to forget
  }
}

/** Mounts a hidden element on `src` until it has accepted a document: the real path that keeps a copy and records the seq. */
export async function loadOnce(tag: string, src: string, feedId: string): Promise<void> {
  const { publicKey } = await storyKeys();
  const el = document.createElement(tag);
  el.hidden = true;
  el.setAttribute('feed-id', feedId);
  el.setAttribute('public-key', publicKey);
  el.setAttribute('src', src);
  const loaded = new Promise<void>((resolve, reject) => {
    el.addEventListener('clearline-load', () => resolve(), { once: true });
    el.addEventListener('clearline-error', (e) => reject(new Error((e as CustomEvent<{ message: string }>).detail.message)), { once: true });
  });
  document.body.append(el);
  try {
    await loaded;
  } finally {
    el.remove();
    // As a reload would: the story's element starts from the kept copy, not from this one's source, which lingers a
    // minute for a single-page app's next route (feed/registry.ts).
    for (const source of [...sharedSources()]) if (source.options.url === src) source.dispose();
  }
}

/** What a served-feed loader hands the story: the feed's URL, the pinned key and the feed id. */
export interface ServedFeed {
  src: string;
  publicKey: string;
  feedId: string;
}

/**
 * A story loader that signs `payload()` with the story key and serves it at `path`: the elements
 * then run their real fetch → verify path (and share one request, as on a real page).
 */
export function servedStatus(path: string, payload: () => StatusPayload): () => Promise<ServedFeed> {
  return async () => {
    const doc = payload();
    const text = await sign(doc);
    return { src: serveFeed(path, () => json(text)), publicKey: (await storyKeys()).publicKey, feedId: doc.feed_id };
  };
}

/**
 * A story loader for the error states of an element that has already shown `payload()` in this
 * browser: the document is loaded once (kept, seq recorded), then the host answers with a network
 * failure, or with a document signed by another key (a forged feed). The element shows the kept
 * copy, marked "Last confirmed at …".
 */
export function keptThenFailing(tag: string, path: string, payload: () => StatusPayload | FaqPayload, failure: 'network' | 'signature'): () => Promise<ServedFeed> {
  return async () => {
    const doc = payload();
    const good = await sign(doc, undefined, doc.type);
    const forged = failure === 'signature' ? await sign(doc, (await generateSigningKey('Ed25519')).privateJwk, doc.type) : '';
    let up = true;
    const src = serveFeed(path, () => (up ? json(good) : failure === 'network' ? json('Bad gateway', 502) : json(forged)));
    await loadOnce(tag, src, doc.feed_id);
    up = false;
    return { src, publicKey: (await storyKeys()).publicKey, feedId: doc.feed_id };
  };
}
