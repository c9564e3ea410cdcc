import { renderPlain } from './markdown-plain.js';

/**
 * markdown-lazy.ts for the classic script (vite.config.ts puts this in its place in
 * dist/clearline.iife.js). marked and DOMPurify are a third of the classic script, and a classic
 * script runs only once all of it is parsed, so they live in dist/clearline-markdown.js beside it
 * and load after the first content has been painted. The file is pinned: the build writes its
 * SHA-384 into the classic script, and the browser runs it only if it matches (a modulepreload
 * link with `integrity`; import() then takes the module the preload verified, never a fresh copy).
 * So the one `integrity` attribute on the classic script's tag still pins every byte the page
 * runs. A file that is missing, changed or blocked leaves the text in its plain blocks.
 */
type MarkdownModule = Pick<typeof import('./markdown.js'), 'renderMarkdown'>;

/** Written by the build (vite.config.ts, iife mode). */
declare const __CLEARLINE_MARKDOWN__: { file: string; integrity: string };
/** The classic script's own URL, taken while it runs (the build's `intro`); '' when inlined. */
declare const __clearlineScriptUrl: string;

let loaded: MarkdownModule | undefined;
let loading: Promise<MarkdownModule> | undefined;

export const plainText: MarkdownModule = { renderMarkdown: renderPlain };

// marked compiles its rules on first use: do that in a task of its own, as markdown-lazy.ts does.
const WARM_UP = '**a** _b_ `c` [d](https://example.com)\n\n- e\n- f\n\n1. g';
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Resolves once the browser has fetched and verified the file; rejects if it cannot. */
function preloadPinned(href: string, integrity: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = 'anonymous';
    link.integrity = integrity;
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`clearline: ${href} did not match the hash in the classic script, or could not be loaded`));
    document.head.append(link);
  });
}

async function load(): Promise<MarkdownModule> {
  const base = typeof __clearlineScriptUrl === 'string' ? __clearlineScriptUrl : '';
  if (!base) throw new Error('clearline: the classic script was not loaded from a URL, so its Markdown file cannot be found');
  const href = new URL(__CLEARLINE_MARKDOWN__.file, base).href;
  await preloadPinned(href, __CLEARLINE_MARKDOWN__.integrity);
  const m = (await import(/* @vite-ignore */ href)) as MarkdownModule;
  await nextTask();
  try {
    m.renderMarkdown(WARM_UP);
  } catch {
    // Warming up is only an optimisation.
  }
  return m;
}

/** Starts loading the Markdown file (once); resolves with the renderer, or `plainText` if it cannot load. */
export function loadMarkdown(): Promise<MarkdownModule> {
  return (loading ??= load().then(
    (m) => (loaded = m),
    (e: unknown) => {
      console.warn(e instanceof Error ? e.message : e);
      return (loaded = plainText);
    },
  ));
}

/** The Markdown renderer once it has arrived, else undefined (callers draw with `plainText` until then). */
export function markdown(): MarkdownModule | undefined {
  return loaded;
}
