// Measured by bench/size-options.mjs, not used by the library: src/content/markdown-lazy.ts for a
// classic script that loads marked and DOMPurify from a second file next to it (an ES module built
// from src/content/markdown.ts), in parallel with the feed request.
type MarkdownModule = Pick<typeof import('../../src/content/markdown.js'), 'renderMarkdown'>;
let loaded: MarkdownModule | undefined;
const here = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
export const markdownReady: Promise<MarkdownModule> = import(/* @vite-ignore */ new URL('clearline-markdown.js', here).href).then(
  (m: MarkdownModule) => (loaded = m),
);
export function markdown(): MarkdownModule | undefined {
  return loaded;
}
