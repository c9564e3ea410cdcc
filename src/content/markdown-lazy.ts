import { renderPlain } from './markdown-plain.js';

/**
 * marked and DOMPurify are the largest part of clearline, so they live in their own chunk. It
 * starts loading as soon as an element module is evaluated, in parallel with the feed request,
 * and is not part of what a page downloads before the first render: until it has arrived, text
 * is drawn by `renderPlain` in the same blocks, so the first paint never waits for it.
 */
type MarkdownModule = Pick<typeof import('./markdown.js'), 'renderMarkdown'>;

let loaded: MarkdownModule | undefined;

/** Text without the Markdown chunk: the same blocks, never blank, never unsafe. */
export const plainText: MarkdownModule = { renderMarkdown: renderPlain };

// marked compiles its rules on first use (tens of ms): do that now, while the feed is in flight.
const WARM_UP = '**a** _b_ `c` [d](https://example.com)\n\n- e\n- f\n\n1. g';

export const markdownReady: Promise<MarkdownModule> = import('./markdown.js').then(
  (m) => {
    try {
      m.renderMarkdown(WARM_UP);
    } catch {
      // Warming up is only an optimisation.
    }
    return (loaded = m);
  },
  () => (loaded = plainText),
);

/** The Markdown renderer once it has arrived, else undefined (callers draw with `plainText` until then). */
export function markdown(): MarkdownModule | undefined {
  return loaded;
}
