import { markdownLoader, nextTask, plainText, type MarkdownModule } from './markdown-loader.js';

/**
 * marked and DOMPurify are the largest part of clearline, so they live in their own chunk, which
 * is not part of what a page downloads before the first render. It loads when `loadMarkdown` is
 * first called: elements call it once their first content has been painted
 * (components/shared/markdown-ready.ts). Until it has arrived, text is drawn by `renderPlain` in
 * the same blocks, so the first paint never waits for it and nothing moves when it arrives.
 * (It used to start when an element module was evaluated; its tasks then fell between the feed
 * check and the first render, 15–60 ms at a time.)
 */
// Each in a task of its own (measured 2026-11-30, bench machine, no slowdown: marked 15–60 ms,
// DOMPurify 7–24 ms, our renderer 33–49 ms, the warm-up 40–85 ms). In one task they were the
// status page's longest task under Lighthouse, and could hold up the verified render behind them.
async function fetchRenderer(): Promise<MarkdownModule> {
  await import('marked');
  await nextTask();
  await import('dompurify');
  await nextTask();
  return import('./markdown.js');
}

export { plainText };
export const { loadMarkdown, markdown } = markdownLoader(fetchRenderer);
