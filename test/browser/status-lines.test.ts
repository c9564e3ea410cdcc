import { expect } from '@open-wc/testing';
import '../../src/components/status/status.js';
import { loadMarkdown } from '../../src/content/markdown-lazy.js';
import { renderPlain } from '../../src/content/markdown-plain.js';
import { statusFeed } from './helpers.js';

// Trial X: a university's desk typed "What we know" one fact per line, as the template asks ("Short sentences, one fact
// per sentence"), and every reader showed the six lines as one run-on paragraph (Markdown joins single line breaks):
// "All exams … are postponed", the most-asked fact, was sentence 4 of a block on a 360 px phone. A line break typed is
// now a line break, before the Markdown renderer arrives (markdown-plain.ts) and after (markdown.ts).

const FACTS = [
  'At 06:40 this morning our IT systems were hit by a ransomware attack.',
  'As a precaution we have switched off all systems: e-mail, Brightspace, the student portal, wifi and printing.',
  'The buildings in Vlissingen and Middelburg are open. Lectures that do not need IT go ahead.',
  'All exams from Monday 14 to Wednesday 16 December are postponed. You will get a new date.',
  "This week's deadlines are moved. You do not need to ask for an extension.",
  'We have informed the police and the Dutch Data Protection Authority.',
];

/** Where each fact starts, against the block's left edge: on a line of its own, it starts there. */
function starts(block: Element): number[] {
  const left = block.getBoundingClientRect().left;
  return FACTS.map((fact) => {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode as Text;
      const at = text.data.indexOf(fact.slice(0, 20));
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      return Math.round(range.getBoundingClientRect().left - left);
    }
    throw new Error(`not shown: ${fact}`);
  });
}

describe('a fact per line in <clearline-status>', () => {
  before(() => loadMarkdown());

  it('shows each line typed in "What we know" on a line of its own, on a 360 px phone', async () => {
    const feed = statusFeed();
    feed.incidents[0]!.known = { en: FACTS.join('\n'), nl: FACTS.join('\n') };
    feed.incidents[0]!.unknown = { en: 'Whether personal data was stolen.\nWhen the systems will work again.', nl: 'x' };
    const el = document.createElement('clearline-status') as HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };
    el.lang = 'en';
    el.style.width = '360px';
    el.data = feed;
    document.body.append(el);
    await el.updateComplete;
    const known = el.shadowRoot!.querySelector('[part~=known] .md')!;
    expect(known.querySelectorAll('br').length, known.innerHTML).to.equal(5);
    expect(starts(known), known.innerHTML).to.deep.equal([0, 0, 0, 0, 0, 0]);
    const unknown = el.shadowRoot!.querySelector('[part~=unknown] .md')!;
    expect(unknown.textContent).to.match(/stolen\.\s*When the systems/);
    expect(unknown.querySelectorAll('br').length, unknown.innerHTML).to.equal(1);
    el.remove();
  });

  it('draws the lines the same way before the Markdown renderer has arrived', () => {
    const block = document.createElement('div');
    block.style.width = '360px';
    block.append(renderPlain(FACTS.join('\n')));
    document.body.append(block);
    expect(block.querySelectorAll('p').length).to.equal(1);
    expect(block.querySelectorAll('br').length, block.innerHTML).to.equal(5);
    expect(starts(block), block.innerHTML).to.deep.equal([0, 0, 0, 0, 0, 0]);
    // A list right under a line of text is a list, as marked reads it; a second line of an item stays in it.
    block.replaceChildren(renderPlain('Closed today:\n- e-mail\n- wifi and\nprinting'));
    expect(block.innerHTML).to.equal('<p>Closed today:</p><ul><li>e-mail</li><li>wifi and<br>printing</li></ul>');
    block.remove();
  });
});
