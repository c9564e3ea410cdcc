// Proposal measured by bench/size-options.mjs for the classic script: marked and DOMPurify in a
// second file next to clearline.iife.js (an ES module built from src/content/markdown.ts), loaded
// with import() from the classic script as soon as it runs, in parallel with the feed request.
type Md = typeof import('../../src/content/markdown.js');
let md: Md | undefined;
const here = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
export const markdownReady: Promise<Md> = import(/* @vite-ignore */ new URL('clearline-markdown.js', here).href).then((m: Md) => (md = m));
export const ALLOWED_TAGS = ['p', 'br', 'em', 'strong', 'del', 'ul', 'ol', 'li', 'a', 'code', 'pre'] as const;
export function renderMarkdown(markdown: string): DocumentFragment {
  if (md) return md.renderMarkdown(markdown);
  const f = document.createDocumentFragment();
  f.append(markdown);
  return f;
}
