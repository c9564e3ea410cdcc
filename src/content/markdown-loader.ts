import { renderPlain } from './markdown-plain.js';

/**
 * What markdown-lazy.ts (the module build) and markdown-pinned.ts (the classic script) share: one
 * renderer per page, fetched once, warmed up in a task of its own, and the plain stand-in when it
 * cannot be had. They differ only in how they fetch it.
 */
export type MarkdownModule = Pick<typeof import('./markdown.js'), 'renderMarkdown'>;

/** Text without the Markdown chunk: the same blocks, never blank, never unsafe. */
export const plainText: MarkdownModule = { renderMarkdown: renderPlain };

// marked compiles its rules on first use (tens of ms): do that early, a part per task (the first
// carries the block rules and DOMPurify's start, the others the inline and list rules).
const WARM_UP = ['a', '**a** _b_ `c` [d](https://example.com)', '- e\n- f\n\n1. g'];

/** A new task; setTimeout is enough here: a few hops, far from the 4 ms clamp on deeply chained timers. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function markdownLoader(fetchRenderer: () => Promise<MarkdownModule>) {
  let loaded: MarkdownModule | undefined;
  let loading: Promise<MarkdownModule> | undefined;
  const warm = async (m: MarkdownModule) => {
    for (const part of WARM_UP) {
      await nextTask();
      try {
        m.renderMarkdown(part);
      } catch {
        // Warming up is only an optimisation.
      }
    }
    return (loaded = m);
  };
  return {
    /** Starts loading the renderer (once); resolves with it, or `plainText` if it cannot load. */
    loadMarkdown: (): Promise<MarkdownModule> => (loading ??= fetchRenderer().then(warm, () => (loaded = plainText))),
    /** The renderer once it has arrived, else undefined (callers draw with `plainText` until then). */
    markdown: (): MarkdownModule | undefined => loaded,
  };
}
