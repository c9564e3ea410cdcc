// Proposal measured by bench/size-options.mjs: the same renderMarkdown API, with marked and
// DOMPurify in a chunk that starts loading when the element is defined (in parallel with the feed
// request) instead of before the element's first render. Until it has arrived, text is shown
// plain (the element would re-render on `markdownReady`).
type Md = typeof import('../../src/content/markdown.js');
let md: Md | undefined;
export const markdownReady: Promise<Md> = import('../../src/content/markdown.js').then((m) => (md = m));
export const ALLOWED_TAGS = ['p', 'br', 'em', 'strong', 'del', 'ul', 'ol', 'li', 'a', 'code', 'pre'] as const;
export function renderMarkdown(markdown: string): DocumentFragment {
  if (md) return md.renderMarkdown(markdown);
  const f = document.createDocumentFragment();
  f.append(markdown);
  return f;
}
