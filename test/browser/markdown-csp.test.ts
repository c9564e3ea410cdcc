// A bank's page with Trusted Types whose policy list names lit-html but not dompurify: DOMPurify
// cannot parse there, and every text came out empty. The texts must still be there, as plain text.
import { expect, waitUntil } from '@open-wc/testing';

describe('Markdown under a Trusted Types policy list without dompurify', () => {
  it('draws the text as plain text instead of nothing', async () => {
    const frame = document.createElement('iframe');
    const csp = "require-trusted-types-for 'script'; trusted-types lit-html";
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}"><body><script type="module">
      try {
        const { renderMarkdown } = await import('${new URL('../../src/content/markdown.ts', import.meta.url).href}');
        const out = document.createElement('div');
        out.id = 'out';
        out.append(renderMarkdown('Since **09:10** no card payments.\\n\\n- Use cash\\n- Use the app'));
        document.body.append(out);
      } catch (e) { document.body.dataset.error = String(e); }
    </script>`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.getElementById('out') || frame.contentDocument?.body?.dataset.error, 'rendered', { timeout: 8000 });
      expect(frame.contentDocument!.body.dataset.error).to.equal(undefined);
      const out = frame.contentDocument!.getElementById('out')!;
      expect(out.textContent).to.contain('Since 09:10 no card payments.');
      expect([...out.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Use cash', 'Use the app']);
      expect(out.querySelector('strong')?.textContent).to.equal('09:10');
    } finally {
      frame.remove();
    }
  });
});
