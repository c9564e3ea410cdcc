import { expect } from '@open-wc/testing';
import { safeHref } from '../../../src/content/links.js';
import { keygen, sign, statusFeed, type TestKey } from '../helpers.js';

/** The built bundle, exactly as a site loads it, and its data layer. */
export const BUNDLE = '/dist/clearline.js';
export const FEED = '/dist/feed.js';
export type FeedModule = typeof import('../../../src/feed/index.js');

export async function loadBundle(): Promise<FeedModule> {
  // The bundle defines each element when its tag appears in the document; these tests set
  // properties on elements before they are attached, so they load the elements up front.
  const bundle = (await import(/* @vite-ignore */ BUNDLE)) as { loadElement(tag: string): Promise<unknown> };
  await Promise.all(['clearline-status', 'clearline-banner', 'clearline-badge', 'clearline-faq'].map((t) => bundle.loadElement(t)));
  return (await import(/* @vite-ignore */ FEED)) as FeedModule;
}

/**
 * Ends the bundle's shared source for `src`, as a reload does: a source outlives its last element by a minute for
 * single-page apps (feed/registry.ts), and the element mounted next would join it instead of starting from the kept copy.
 */
export async function endSourceOf(src: string): Promise<void> {
  const feed = (await import(/* @vite-ignore */ FEED)) as FeedModule;
  for (const source of [...feed.sharedSources()]) if (source.options.url === src) source.dispose();
}

/** Replaces alert, confirm, prompt and print with recorders; anything a payload runs shows up here. */
export function stubDialogs(): string[] {
  const calls: string[] = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      calls.push(`${name}(${args.map(String).join(',')})`);
      return null;
    };
  }
  return calls;
}

/** Tags the status element may render: its own template, its icons and sanitized Markdown. */
export const ALLOWED = new Set(
  'div p strong span h1 h2 h3 h4 h5 h6 article ul ol li section a details summary time em code pre del br svg path circle'.split(' '),
);

/**
 * Walks every shadow tree under `root` and asserts the rendering policy: only allowed tags,
 * no `on*` or `style` attributes, every link passes the link policy and opens without an opener,
 * and no `id`, `name`, `slot` or `part` inside rendered Markdown.
 */
export function assertSafeTree(root: Element): number {
  let count = 0;
  const visit = (node: ParentNode, inMarkdown: boolean) => {
    for (const el of Array.from(node.children)) {
      count++;
      const tag = el.localName;
      expect(ALLOWED.has(tag), `tag <${tag}> is not allowed`).to.equal(true);
      for (const attr of Array.from(el.attributes)) {
        expect(/^on/i.test(attr.name), `event handler attribute ${attr.name} on <${tag}>`).to.equal(false);
        expect(attr.name, `style attribute on <${tag}>`).not.to.equal('style');
        if (inMarkdown) expect(['href', 'rel'].includes(attr.name), `attribute ${attr.name} in Markdown`).to.equal(true);
      }
      if (tag === 'a' && el.hasAttribute('href')) {
        const href = el.getAttribute('href')!;
        expect(safeHref(href) === href || href.startsWith('/') || href.startsWith('#'), `link ${href}`).to.equal(true);
        if (!href.startsWith('#') && !href.startsWith('/')) expect(el.getAttribute('rel') ?? '', `rel of ${href}`).to.contain('noopener');
      }
      if (el.shadowRoot) visit(el.shadowRoot, false);
      visit(el, inMarkdown || el.classList.contains('md') || el.classList.contains('detail'));
    }
  };
  expect(root.shadowRoot, 'rendered into a shadow root').to.not.equal(null);
  visit(root.shadowRoot!, false);
  return count;
}

export const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

export function waitFor(el: Element, type: 'clearline-load' | 'clearline-error', ms = 15_000): Promise<CustomEvent> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no ${type} within ${ms} ms`)), ms);
    el.addEventListener(
      type,
      (e) => {
        clearTimeout(t);
        resolve(e as CustomEvent);
      },
      { once: true },
    );
  });
}

let counter = 0;
export const token = () => `${Date.now().toString(36)}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

export async function put(tok: string, which: 'good' | 'bad', body: BodyInit): Promise<void> {
  const r = await fetch(`/__hostile/store/${tok}/${which}`, { method: 'PUT', body });
  expect(r.status).to.equal(204);
}

export const GOOD_TITLE = 'Storm: flights cancelled';

export interface Fixture {
  key: TestKey;
  pub: string;
}

export async function fixture(): Promise<Fixture> {
  const key = await keygen();
  return { key, pub: JSON.stringify(key.publicJwk) };
}

export async function goodEnvelope(f: Fixture, overrides = {}): Promise<string> {
  return JSON.stringify(await sign(statusFeed({ feed_id: 'hostile', ...overrides }), [f.key]));
}

function mount(src: string, pub: string, feedId = ''): HTMLElement & { updateComplete: Promise<unknown> } {
  const el = document.createElement('clearline-status') as HTMLElement & { updateComplete: Promise<unknown> };
  el.setAttribute('lang', 'en');
  el.setAttribute('src', src);
  el.setAttribute('public-key', pub);
  if (feedId) el.setAttribute('feed-id', feedId);
  document.body.append(el);
  return el;
}

/**
 * One hostile case end to end through the built element: the first visit gets a good document,
 * the reload gets the hostile answer. Asserts the refusal code, that the earlier verified content
 * stays on screen marked "last confirmed", that no dialog ran and the rendering is safe.
 */
export async function throughElement(
  f: Fixture,
  dialogs: string[],
  kind: string,
  expectCode: string,
  opts: { bad?: BodyInit; good?: string; feedId?: string } = {},
): Promise<{ el: HTMLElement; hits: number; message: string }> {
  const tok = token();
  const good = opts.good ?? (await goodEnvelope(f));
  await put(tok, 'good', good);
  if (opts.bad !== undefined) await put(tok, 'bad', opts.bad);
  const src = `/__hostile/${kind}/${tok}`;
  const first = mount(src, f.pub, opts.feedId);
  expect((await waitFor(first, 'clearline-load')).detail.feedId).to.equal('hostile');
  first.remove();
  await endSourceOf(src); // the next mount acts out a reload
  const el = mount(src, f.pub, opts.feedId);
  const err = await waitFor(el, 'clearline-error');
  await el.updateComplete;
  expect(err.detail.code, err.detail.message).to.equal(expectCode);
  expect(text(el), 'earlier verified content stays').to.contain(GOOD_TITLE);
  expect(text(el)).to.match(/Last confirmed/i);
  expect(el.shadowRoot!.querySelector('[part="all-clear"]')).to.equal(null);
  assertSafeTree(el);
  expect(dialogs).to.deep.equal([]);
  el.remove();
  const hits = Number(await (await fetch(`/__hostile/hits/${tok}`)).text());
  return { el, hits, message: err.detail.message };
}

/** A first visit that is served only the hostile answer: never content, never an all-clear. */
export async function firstVisit(f: Fixture, kind: string, expectCode: string, bad?: BodyInit): Promise<void> {
  const tok = token();
  if (bad !== undefined) await put(tok, 'bad', bad);
  // No good document stored: the swap route serves "bad" from the first request.
  const el = mount(`/__hostile/${kind}/${tok}`, f.pub);
  const err = await waitFor(el, 'clearline-error');
  await el.updateComplete;
  expect(err.detail.code, err.detail.message).to.equal(expectCode);
  expect(el.shadowRoot!.querySelector('[part="all-clear"]')).to.equal(null);
  expect(el.shadowRoot!.querySelector('[part="incident"]')).to.equal(null);
  el.remove();
}
