import { renderPlain } from './markdown-plain.js';

/**
 * marked and DOMPurify are the largest part of clearline, so they live in their own chunk, which
 * is not part of what a page downloads before the first render. It loads when `loadMarkdown` is
 * first called: elements call it once their first content has been painted
 * (components/shared/markdown-ready.ts). Until it has arrived, text is drawn by `renderPlain` in
 * the same blocks, so the first paint never waits for it and nothing moves when it arrives.
 * (It used to start when an element module was evaluated; its tasks then fell between the feed
 * check and the first render, 15–60 ms at a time.)
 */
type MarkdownModule = Pick<typeof import('./markdown.js'), 'renderMarkdown'>;

let loaded: MarkdownModule | undefined;

/** Text without the Markdown chunk: the same blocks, never blank, never unsafe. */
export const plainText: MarkdownModule = { renderMarkdown: renderPlain };

// marked compiles its rules on first use (tens of ms): do that now, while the feed is in flight.
const WARM_UP = '**a** _b_ `c` [d](https://example.com)\n\n- e\n- f\n\n1. g';

// Each in a task of its own (measured 2026-11-30, bench machine, no slowdown: marked 15–60 ms,
// DOMPurify 7–24 ms, our renderer 33–49 ms, the warm-up 40–85 ms). In one task they were the
// status page's longest task under Lighthouse, and could hold up the verified render behind them.
// setTimeout is enough here: three hops, far from the 4 ms clamp on deeply chained timers.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function load(): Promise<MarkdownModule> {
  await import('marked');
  await nextTask();
  await import('dompurify');
  await nextTask();
  const m = await import('./markdown.js');
  await nextTask();
  try {
    m.renderMarkdown(WARM_UP);
  } catch {
    // Warming up is only an optimisation.
  }
  return m;
}

let loading: Promise<MarkdownModule> | undefined;

/** Starts loading the Markdown chunk (once); resolves with the renderer, or `plainText` if the chunk cannot load. */
export function loadMarkdown(): Promise<MarkdownModule> {
  return (loading ??= load().then(
    (m) => (loaded = m),
    () => (loaded = plainText),
  ));
}

/** The Markdown renderer once it has arrived, else undefined (callers draw with `plainText` until then). */
export function markdown(): MarkdownModule | undefined {
  return loaded;
}
