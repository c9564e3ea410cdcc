// Measured by bench/size-options.mjs, not used by the library: src/content/markdown-lazy.ts for a
// classic script that loads marked and DOMPurify from a second file next to it (an ES module built
// from src/content/markdown.ts). The same exports as markdown-lazy.ts, so every element builds.
import { renderPlain } from '../../src/content/markdown-plain.js';

type MarkdownModule = Pick<typeof import('../../src/content/markdown.js'), 'renderMarkdown'>;
let loaded: MarkdownModule | undefined;
let loading: Promise<MarkdownModule> | undefined;
const here = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;

export const plainText: MarkdownModule = { renderMarkdown: renderPlain };

export function loadMarkdown(): Promise<MarkdownModule> {
  return (loading ??= import(/* @vite-ignore */ new URL('clearline-markdown.js', here).href).then(
    (m: MarkdownModule) => (loaded = m),
    () => (loaded = plainText),
  ));
}

export function markdown(): MarkdownModule | undefined {
  return loaded;
}
