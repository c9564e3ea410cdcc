import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { safeHref } from './links.js';
import { renderPlain } from './markdown-plain.js';
import type { StatusPayload } from '../feed/schema.js';
import { hostOf, sameSite } from './own-site.js';
import { phoneSpans } from './phone-spans.js';
import { telLines } from './tel-lines.js';

/** What feed Markdown may produce: paragraphs, emphasis, lists, links and code. */
const ALLOWED_TAGS = ['p', 'br', 'em', 'strong', 'del', 'ul', 'ol', 'li', 'a', 'code', 'pre'] as const;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The feed's own sites (hosts) for the text being rendered: set by renderMarkdown, read by `link` below. */
let own: readonly string[] = [];

// Raw HTML is shown as text, images as their alt text, headings and quotes as paragraphs. A single line break is a
// line break (`breaks`), as in every channel: a desk types one fact per line, and six facts read as one block (trial X).
const marked = new Marked({ gfm: true, breaks: true, async: false }).use({
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escape(text),
    image: ({ text }: Tokens.Image) => escape(text),
    heading({ tokens }: Tokens.Heading) {
      return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>`;
    },
    blockquote({ tokens }: Tokens.Blockquote) {
      return this.parser.parse(tokens);
    },
    hr: () => '',
    table: ({ raw }: Tokens.Table) => `<p>${escape(raw)}</p>`,
    // A bare web address (GFM autolink; not `[words](url)` nor `<url>`, written as links on purpose) links only to the
    // publisher's own site, `www.` as https; another, such as a scam address a phishing warning quotes, is text (trial U).
    // Without the feed's sites to compare with (an FAQ page without a status feed), as before, like lint.
    link(token: Tokens.Link) {
      const { raw, text } = token;
      if (!own.length || !/^(?:https?:\/\/|www\.)/i.test(raw)) return false;
      const site = hostOf(`https://${raw.replace(/^\w+:\/\//, '')}`);
      if (!site || !sameSite(site, own)) return escape(text);
      if (/^www\./i.test(raw)) token.href = `https://${raw}`;
      return false;
    },
  },
});

let purifier: Purifier | undefined;

function getPurifier(): Purifier {
  if (purifier) return purifier;
  // A private instance: hooks and settings here never leak into the host page's DOMPurify.
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = safeHref(node.getAttribute('href'));
    if (href) {
      node.setAttribute('href', href);
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('href');
    }
  });
  return purifier;
}

// Whether the sanitizer works on this page: one known word must come through. A page whose Trusted
// Types policy list leaves out `dompurify` blocks its parser, and every text would come out empty;
// there the text is drawn as plain text (markdown-plain.ts), never as HTML.
let works: boolean | undefined;

/**
 * Markdown to a sanitized fragment, ready to insert without any HTML string sink. `feed`: the status feed the text is
 * shown with (tel-lines.ts): where the text writes one of its channels' `tel:` numbers outside a link, it becomes a link
 * to it (phone-spans.ts); a bare web address links only to one of its own sites (trial U).
 */
export function renderMarkdown(markdown: string, feed?: StatusPayload): DocumentFragment {
  // (Blocked, DOMPurify returns nothing at all, despite its types.)
  works ??= (sanitized('clearline') as DocumentFragment | null)?.textContent?.trim() === 'clearline';
  const lines = telLines(feed);
  own = lines.own;
  return works ? linkNumbers(sanitized(markdown), lines.tel) : renderPlain(markdown);
}

/** Each text outside a link or code that writes one of `lines` gets that number as a link, built as DOM (no HTML). */
function linkNumbers(fragment: DocumentFragment, lines: readonly string[]): DocumentFragment {
  const hrefs = lines.filter((h) => safeHref(h));
  if (!hrefs.length) return fragment;
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) if (!walker.currentNode.parentElement?.closest('a, code, pre')) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    // From the last span back, so the earlier offsets stay right as the node is split.
    for (const { start, end, href } of phoneSpans(text.data, hrefs).reverse()) {
      const number = text.splitText(start);
      number.splitText(end - start);
      const a = document.createElement('a');
      a.href = href;
      number.replaceWith(a);
      a.append(number);
    }
  }
  return fragment;
}

function sanitized(markdown: string): DocumentFragment {
  let html: string;
  try {
    html = marked.parse(markdown) as string;
  } catch {
    // Pathological nesting (e.g. thousands of `>`) can exhaust marked's stack: show the text as text.
    html = `<p>${escape(markdown)}</p>`;
  }
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: ['href'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https:|mailto:|tel:)/i,
    RETURN_DOM_FRAGMENT: true,
  });
}
