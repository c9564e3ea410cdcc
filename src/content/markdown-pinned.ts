import { importPinned, PINNED } from '../loader/pinned.js';
import { renderPlain } from './markdown-plain.js';

/**
 * markdown-lazy.ts for the classic script (vite.config.ts puts this in its place in
 * dist/clearline.iife.js). marked and DOMPurify are a third of the classic script, and a classic
 * script runs only once all of it is parsed, so they live in dist/clearline-markdown.js beside it,
 * loaded after the first content has been painted and pinned by its hash (loader/pinned.ts). A
 * file that is missing, changed or blocked leaves the text in its plain blocks.
 */
type MarkdownModule = Pick<typeof import('./markdown.js'), 'renderMarkdown'>;

let loaded: MarkdownModule | undefined;
let loading: Promise<MarkdownModule> | undefined;

export const plainText: MarkdownModule = { renderMarkdown: renderPlain };

// marked compiles its rules on first use: do that in a task of its own, as markdown-lazy.ts does.
const WARM_UP = '**a** _b_ `c` [d](https://example.com)\n\n- e\n- f\n\n1. g';
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function load(): Promise<MarkdownModule> {
  const m = await importPinned<MarkdownModule>(PINNED.markdown);
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
