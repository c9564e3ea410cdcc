import { expect } from '@open-wc/testing';
import type { StatusPayload } from '../../../src/feed/schema.js';
import { iso, MIN, statusFeed } from '../helpers.js';
import { assertSafeTree, loadBundle, stubDialogs } from './harness.js';

type El = HTMLElement & { data?: StatusPayload; updateComplete: Promise<unknown> };

/** The status payload with `md` in every Markdown field and `txt` in every plain-text field. */
function everywhere(md: string, txt: string): StatusPayload {
  const p = statusFeed({ feed_id: 'hostile' });
  p.publisher.name = txt;
  p.channels[0]!.label = txt;
  p.channels[0]!.reason = txt;
  p.channels[0]!.hours = txt;
  const i = p.incidents[0]!;
  Object.assign(i, { title: txt, affects: [txt], known: md, unknown: md, updates: [{ at: iso(-5 * MIN), note: md, known: md, unknown: md }] });
  i.actions = [
    { label: txt, who: txt, detail: md, href: 'https://example.com/a' },
    { label: txt, detail: md, urgent: true },
  ];
  return p;
}

// Content cases against the built bundle: rendered through `data` (the same renderer a verified feed uses).
describe('hostile content (dist/clearline.js)', () => {
  let dialogs: string[];
  let el: El;
  let corpus: { title: string; payload: string }[];
  before(async () => {
    await loadBundle();
    dialogs = stubDialogs();
    corpus = await (await fetch('/__hostile/corpus')).json();
    el = document.createElement('clearline-status') as El;
    el.setAttribute('lang', 'en');
    document.body.append(el);
  });
  after(() => el.remove());

  async function render(p: StatusPayload): Promise<void> {
    el.data = p;
    await el.updateComplete;
    await el.updateComplete;
  }

  it('every DOMPurify corpus payload in every Markdown and text field: nothing runs, text shown as text', async function () {
    this.timeout(120_000);
    expect(corpus.length).to.be.above(200);
    let nodes = 0;
    for (const { title, payload } of corpus) {
      const txt = payload.length <= 500 ? payload : payload.slice(0, 500);
      await render(everywhere(payload, txt));
      nodes += assertSafeTree(el);
      const heading = el.shadowRoot!.querySelector('[part="title"]');
      expect(heading?.textContent, title).to.equal(txt);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(dialogs, 'no dialog ran').to.deep.equal([]);
    expect((window as unknown as { xss?: unknown }).xss).to.equal(undefined);
    console.log(`XSS corpus: ${corpus.length} payloads x 11 Markdown + 9 text fields, ${nodes} nodes walked`);
  });

  const markdownCases: [string, string][] = [
    ['javascript: link', '[x](javascript:alert(1))'],
    ['javascript: mixed case', '[x](JaVaScRiPt:alert(1))'],
    ['javascript: with entities', '[x](jav&#x61;script:alert(1)) <a href="&#106;avascript:alert(1)">y</a>'],
    ['javascript: with a tab', '[x](java\tscript:alert(1)) [y](java&#9;script:alert(1))'],
    ['data: URL', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['vbscript: URL', '[x](vbscript:msgbox(1))'],
    ['blob: URL', '[x](blob:https://example.com/1234)'],
    ['file: URL', '[x](file:///etc/passwd)'],
    ['protocol-relative URL', '[x](//evil.example/phish)'],
    ['backslash URL', '[x](https:\\\\evil.example) [y](\\\\evil.example\\share)'],
    ['autolinks', '<javascript:alert(1)> <https://example.com/ok> www.example.com'],
    ['tel: with letters', '[call](tel:+31-CALL-NOW)'],
    ['tel: with hidden characters', '[call](tel:+3120\u200b1234567) [c2](tel:+31\u202e7654321)'],
    ['mailto: with headers', '[mail](mailto:help@example.com?bcc=all@example.com&subject=x) [m2](mailto:a@example.com%0ACc:b@evil.example)'],
    ['style element', '<style>:host{display:none} *{background:red}</style>visible'],
    ['position: fixed overlay', '<div style="position:fixed;inset:0;background:#fff;z-index:99999">Your account is locked, call +1 900</div>'],
    ['images', '![alt](https://evil.example/track.png) <img src=x onerror=alert(1)>'],
    ['forms', '<form action="https://evil.example"><input name=password><button>Log in</button></form>'],
    ['iframes', '<iframe src="https://evil.example"></iframe><iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['base', '<base href="https://evil.example/">'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ['slot', '<slot name="x"></slot><span slot="x">moved</span>'],
    ['part', '<p part="all-clear">No known disruptions</p>'],
    ['declarative shadow root', '<div><template shadowrootmode="open"><img src=x onerror=alert(1)></template></div>'],
    ['id and name clobbering', '<a id="location" name="cookie" href="https://example.com">x</a><form name="body"></form><img name="getElementById">'],
    ['svg and math', '<svg><animate onbegin=alert(1) attributeName=x dur=1s></svg><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ];
  for (const [name, md] of markdownCases) {
    it(`Markdown: ${name} is neutralized`, async () => {
      await render(everywhere(md, 'plain'));
      assertSafeTree(el);
      const root = el.shadowRoot!;
      for (const a of Array.from(root.querySelectorAll('.md a[href]'))) {
        expect(a.getAttribute('href')).to.match(/^(https:\/\/|mailto:[^?]+$|tel:\+?[0-9 ().-]+$)/);
      }
      expect(root.querySelector('[part="all-clear"]'), 'a feed cannot fake the all-clear').to.equal(null);
      await new Promise((r) => setTimeout(r, 30));
      expect(dialogs).to.deep.equal([]);
    });
  }

  const hrefCases = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'blob:https://example.com/1',
    'file:///etc/passwd',
    '//evil.example',
    'https:\\\\evil.example',
    '\\\\evil.example',
    'http://example.com',
    'tel:+31-CALL-NOW',
    'tel:+3120\u200b1234567',
    'mailto:help@example.com?bcc=all@example.com',
  ];
  for (const href of hrefCases) {
    it(`href field ${JSON.stringify(href)}: the whole document is refused ("invalid")`, async () => {
      const p = statusFeed({ feed_id: 'hostile' });
      p.channels[0]!.href = href;
      const probe = document.createElement('clearline-status') as El;
      const err = new Promise<CustomEvent>((r) => probe.addEventListener('clearline-error', (e) => r(e as CustomEvent), { once: true }));
      probe.data = p;
      document.body.append(probe);
      expect((await err).detail.code).to.equal('invalid');
      await probe.updateComplete;
      expect(probe.shadowRoot!.querySelector('a[href^="javascript"], a[href^="data"], [part="all-clear"]')).to.equal(null);
      probe.remove();
    });
  }

  const pathological: [string, string][] = [
    ['deeply nested lists', Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n').slice(0, 20_000)],
    ['deeply nested quotes', '>'.repeat(19_000) + ' x'],
    ['a long run of *', '*'.repeat(19_999)],
    ['a long run of _', 'a' + '_'.repeat(19_990) + 'a'],
    ['a long run of [', '['.repeat(19_999)],
    ['a long run of backticks', '`'.repeat(19_999)],
    ['alternating emphasis delimiters', '*_'.repeat(9_999)],
    ['unclosed link destinations', '[a]('.repeat(4_999)],
    ['many reference definitions', Array.from({ length: 1_000 }, (_, i) => `[${i}]: https://example.com/${i}`).join('\n').slice(0, 20_000)],
  ];
  for (const [name, md] of pathological) {
    it(`marked pathological input within 1 s: ${name}`, async () => {
      const t0 = performance.now();
      await render(everywhere(md, 'plain'));
      const ms = performance.now() - t0;
      assertSafeTree(el);
      console.log(`pathological "${name}" (${md.length} chars x 11 fields): ${ms.toFixed(0)} ms`);
      expect(ms, 'rendered 11 fields within the budget').to.be.below(11_000);
      expect(ms / 11, 'per field').to.be.below(1_000);
    });
  }
});
