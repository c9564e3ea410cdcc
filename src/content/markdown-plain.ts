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

/** Markdown source to a fragment of p, ul and ol blocks with inline text, as plain DOM. */
export function renderPlain(source: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (!lines.length) continue;
    const first = LIST_ITEM.exec(lines[0]!);
    if (first) {
      const list = document.createElement(first[2] !== undefined ? 'ol' : 'ul');
      let li: HTMLLIElement | undefined;
      for (const line of lines) {
        const m = LIST_ITEM.exec(line);
        if (m || !li) {
          li = document.createElement('li');
          list.appendChild(li);
          inline(li, (m?.[3] ?? line).trim());
        } else inline(li, ' ' + line.trim());
      }
      fragment.appendChild(list);
    } else {
      const p = document.createElement('p');
      inline(p, lines.map((l) => l.trim().replace(/^#{1,6}\s+/, '')).join(' '));
      fragment.appendChild(p);
    }
  }
  return fragment;
}
