/**
 * marked and DOMPurify are the largest part of clearline, so they live in their own chunk. It
 * starts loading as soon as an element module is evaluated, in parallel with the feed request,
 * and is not part of what a page downloads before the first render (the skeleton).
 */
type MarkdownModule = Pick<typeof import('./markdown.js'), 'renderMarkdown'>;

let loaded: MarkdownModule | undefined;

/** If the chunk cannot be loaded, text is shown as plain text: less pretty, never blank, never unsafe. */
const plainText: MarkdownModule = {
  renderMarkdown(source) {
    const fragment = document.createDocumentFragment();
    for (const paragraph of source.split(/\n{2,}/)) {
      const p = document.createElement('p');
      p.textContent = paragraph;
      fragment.append(p);
    }
    return fragment;
  },
};

export const markdownReady: Promise<MarkdownModule> = import('./markdown.js').then(
  (m) => (loaded = m),
  () => (loaded = plainText),
);

/** The Markdown renderer once it has arrived, else undefined (callers keep their skeleton until then). */
export function markdown(): MarkdownModule | undefined {
  return loaded;
}
