// A feed.json that is not JSON: the studio says where and what (as the CLI does, in its language) and the
// page shows it with the line and the caret under the spot kept as typed; before, a Dutch studio showed
// JSON.parse's "Expected ',' or '}' after property value in JSON at position 23" in English. A studio
// answering an error without words is said in the editor's language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { root } from './editor-helpers.js';

const realFetch = window.fetch;
afterEach(() => {
  window.fetch = realFetch;
});

async function opened(answer: Response): Promise<HTMLElement> {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => (String(input) === '/api/feed' ? answer.clone() : realFetch(input, init));
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
  await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the problem is shown');
  return root(el).querySelector<HTMLElement>('[role="alert"]')!;
}

describe('<clearline-editor> when feed.json cannot be opened', () => {
  it('shows the studio\'s words, and the line with the caret under the spot as typed', async () => {
    const message = 'feed.json is geen geldige JSON, op regel 3, kolom 3: hier vlak vóór mist een komma\n  3 |   "version": 1,\n    |   ^\n(meestal mist er een komma; verbeter het daar, bewaar het bestand en laad deze pagina opnieuw)';
    const alert = await opened(Response.json({ message }, { status: 422 }));
    expect([...alert.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
      'feed.json is geen geldige JSON, op regel 3, kolom 3: hier vlak vóór mist een komma',
      '(meestal mist er een komma; verbeter het daar, bewaar het bestand en laad deze pagina opnieuw)',
    ]);
    const pre = alert.querySelector('pre')!;
    expect(pre.textContent).to.equal('  3 |   "version": 1,\n    |   ^');
    expect(getComputedStyle(pre).fontFamily).to.match(/mono/i);
  });

  it('an error without words: the status in the editor\'s language, with what to do', async () => {
    const alert = await opened(new Response('Internal Server Error', { status: 500 }));
    expect(alert.textContent!.trim()).to.equal('feed.json kon niet worden geopend (HTTP 500). Laad de pagina opnieuw; blijft het mislukken, start de studio dan opnieuw (clearline studio feed.json).');
    expect(alert.querySelector('pre')).to.equal(null);
  });
});
