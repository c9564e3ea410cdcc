import { importPinned, PINNED } from '../loader/pinned.js';
import { markdownLoader, plainText, type MarkdownModule } from './markdown-loader.js';

/**
 * markdown-lazy.ts for the classic script (vite.config.ts puts this in its place in
 * dist/clearline.iife.js). marked and DOMPurify are a third of the classic script, and a classic
 * script runs only once all of it is parsed, so they live in dist/clearline-markdown.js beside it,
 * loaded after the first content has been painted and pinned by its hash (loader/pinned.ts). A
 * file that is missing, changed or blocked leaves the text in its plain blocks.
 */
export { plainText };
export const { loadMarkdown, markdown } = markdownLoader(() =>
  importPinned<MarkdownModule>(PINNED.markdown).catch((e: unknown) => {
    console.warn(e instanceof Error ? e.message : e);
    throw e;
  }),
);
