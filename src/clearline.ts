/**
 * dist/clearline.js (and the classic dist/clearline.iife.js): the one script a page needs. It is
 * small and loads only what the page uses: each element's code when its tag is in the document
 * (now or later), with `modulepreload` hints for that code's files, so a page with only
 * `<clearline-status>` downloads no FAQ, search, banner or badge code. The signed feed of each
 * element found is requested at once; the feed layer takes that response instead of asking
 * again. It also reserves the badge's box and keeps the not yet loaded banner out of the layout,
 * so nothing on the page moves when the code arrives. The element code is requested and run
 * after the page's first frame (loader/after-frame.ts), so the host page's own files and first
 * paint come first, and it runs one file per task (loader/steps.ts), so no long task blocks the
 * host page. Meanwhile the loader loads the browser's date-formatting data (loader/warm.ts),
 * which the first render would otherwise wait for.
 *
 * For the element classes, import `clearline/status`, `clearline/banner`, `clearline/badge` or
 * `clearline/faq` (each defines its element when imported).
 */
import { FEED_ATTRIBUTES, prefetchFeed } from './loader/prefetch.js';
import { reserveLayout } from './loader/reserve.js';
import { afterFirstFrame } from './loader/after-frame.js';
import { warmIntl } from './loader/warm.js';
import { evaluateInSteps, preloadInSteps } from './loader/steps.js';

export type { ClearlineStatus } from './components/status/status.js';
export type { ClearlineFaq, ClearlineNoAnswerDetail, ClearlineSearchDetail } from './components/faq/faq.js';
export type { ClearlineBanner, ClearlineDismissDetail, BannerPlacement } from './components/banner/banner.js';
export type { ClearlineBadge } from './components/badge/badge.js';
export type { ClearlineHelp } from './components/help/help.js';
export type { ClearlineContactDetail, ClearlineFeedbackDetail, ClearlineOpenDetail, ClearlineReasonDetail } from './components/shared/contact-events.js';
export type { ClearlineErrorDetail, ClearlineLoadDetail } from './components/shared/events.js';
export type { ErrorCode } from './feed/errors.js';
export { ERROR_CODES } from './loader/error-codes.js';

/** Each element's code, loaded when its tag first appears. */
const ELEMENTS = {
  'clearline-status': () => import('./components/status/status.js'),
  'clearline-banner': () => import('./components/banner/banner.js'),
  'clearline-badge': () => import('./components/badge/badge.js'),
  'clearline-faq': () => import('./components/faq/faq.js'),
  'clearline-help': () => import('./components/help/help.js'),
} as const;

export type ClearlineTag = keyof typeof ELEMENTS;
const TAGS = Object.keys(ELEMENTS) as ClearlineTag[];

// Written by the build (vite.config.ts, preloadManifest): for each tag, the files its code needs
// before it runs, relative to this file, each after the files it imports (the element's own file
// last). Empty in the classic script (one file) and in tests.
const PRELOAD: Partial<Record<ClearlineTag, string[]>> = JSON.parse('{"__clearline_preload__":[]}');

const loading = new Map<ClearlineTag, Promise<CustomElementConstructor>>();
const hinted = new Set<string>();

const urls = (tag: ClearlineTag) => (PRELOAD[tag] ?? []).map((file) => new URL(file, import.meta.url).href);

function hint(tag: ClearlineTag): Promise<void> {
  const hrefs = urls(tag).filter((href) => !hinted.has(href));
  for (const href of hrefs) hinted.add(href);
  return preloadInSteps(hrefs);
}

/**
 * Loads and defines one element now (it is also loaded by itself when its tag appears in the
 * document). Resolves with its class once it is defined.
 */
export function loadElement(tag: ClearlineTag): Promise<CustomElementConstructor> {
  let p = loading.get(tag);
  if (!p) {
    void hint(tag);
    // The files the element needs, one per task (loader/steps.ts), then the element itself.
    p = evaluateInSteps(urls(tag).slice(0, -1)).then(async () => {
      await ELEMENTS[tag]();
      return customElements.whenDefined(tag);
    });
    loading.set(tag, p);
    // A Trusted Types policy list without lit-html stops every element: say which CSP line fixes it.
    p.catch((e) => console.error(/policy/i.test(String(e)) ? `clearline: <${tag}> cannot start: add "trusted-types lit-html dompurify" to this page's Content-Security-Policy (docs/embedding.md)` : `clearline: the code for <${tag}> could not be loaded`, e));
  }
  return p;
}

const SELECTOR = TAGS.join(',');
const isTag = (name: string): name is ClearlineTag => Object.hasOwn(ELEMENTS, name);

/**
 * An element that was found: request its feed now; request and evaluate its code (and load the
 * date-formatting data) once the page has painted.
 */
function found(el: Element): void {
  const tag = el.localName;
  if (!isTag(tag)) return;
  if (customElements.get(tag)) return;
  prefetchFeed(el);
  afterFirstFrame(() => {
    void loadElement(tag);
    // After the hints: its one long task would otherwise hold up the requests queued behind it.
    // (loadElement has queued them; hint() adds nothing new and resolves once they are in.)
    void hint(tag).then(() => warmIntl(el));
  });
}

function scan(node: Node): void {
  if (!(node instanceof Element)) return;
  if (isTag(node.localName)) found(node);
  for (const el of node.querySelectorAll(SELECTOR)) found(el);
}

function start(): void {
  reserveLayout();
  scan(document.documentElement);
  // Tags added later (by a framework, a tag manager, a CMS widget), and feed attributes set by a
  // script after this one ran: seen as they happen.
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.target instanceof Element && isTag(r.target.localName) && !customElements.get(r.target.localName)) prefetchFeed(r.target);
      } else r.addedNodes.forEach(scan);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: [...FEED_ATTRIBUTES] });
}

if (typeof document !== 'undefined') start();
