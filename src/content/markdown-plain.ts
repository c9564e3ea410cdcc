/**
 * A small stand-in for the Markdown renderer, used for the first paint while marked and DOMPurify
 * are still loading. It builds the same blocks marked would (paragraphs and lists, with bold,
 * emphasis, code and link text), so the text takes the same room and nothing moves when the real
 * renderer takes over. Text only: every string goes in through `textContent`, never as HTML.
 */
const LIST_ITEM = /^\s{0,3}(?:([-*+])|(\d{1,9})[.)])\s+(.*)$/;
const INLINE = /\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|(?<![\w])_([^_\s][^_]*)_(?![\w])|`([^`]+)`|\[([^\]]+)\]\([^)\s]*\)/g;

function inline(target: Node, text: string): void {
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) target.appendChild(document.createTextNode(text.slice(last, m.index)));
    const [, strong1, strong2, em1, em2, code, link] = m;
    const tag = strong1 ?? strong2 ? 'strong' : em1 ?? em2 ? 'em' : code ? 'code' : 'span';
    const el = document.createElement(tag);
    el.textContent = strong1 ?? strong2 ?? em1 ?? em2 ?? code ?? link ?? '';
    target.appendChild(el);
    last = m.index + m[0].length;
  }
  if (last < text.length) target.appendChild(document.createTextNode(text.slice(last)));
}

/**
 * Markdown source to a fragment of p, ul and ol blocks with inline text, as plain DOM. A line break is a line break
 * (<br>), as content/markdown.ts draws it (marked's `breaks`): a desk types one fact per line. A bullet, or an item
 * numbered 1, starts a list under a line of text too, as marked reads it; another line in an item stays in it.
 */
export function renderPlain(source: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let box: HTMLElement | undefined;
    let list: HTMLElement | undefined;
    for (const line of block.split('\n')) {
      const m = LIST_ITEM.exec(line);
      const text = line.trim();
      if (m && (list || !box || m[1] || m[2] === '1')) {
        const tag = m[1] ? 'ul' : 'ol';
        if (list?.localName !== tag) fragment.appendChild((list = document.createElement(tag)));
        list.appendChild((box = document.createElement('li')));
        inline(box, m[3]!.trim());
      } else if (!text) continue;
      else if (box) {
        box.appendChild(document.createElement('br'));
        inline(box, text);
      } else inline(fragment.appendChild((box = document.createElement('p'))), text.replace(/^#{1,6}\s+/, ''));
    }
  }
  return fragment;
}
