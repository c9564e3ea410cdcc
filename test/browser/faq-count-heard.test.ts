// A US mobile operator's trial (2026-12-05): the FAQ's live count, read by a screen reader, went "No results",
// "4 results", "No results", "4 results", "1 result" while one query was typed: a stressed reader heard "nothing"
// mid-word. The count on screen still follows every key; the live region says it once typing pauses.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/faq/faq.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import type { FaqEntry } from '../../src/feed/schema.js';

const ENTRIES: FaqEntry[] = [
  { id: 'no-signal', question: { en: 'My phone shows no signal or SOS only' }, answer: { en: 'Calls, texts and cellular data fail in parts of Iowa.' } },
  { id: 'texts', question: { en: 'Why are my text messages not sending?' }, answer: { en: 'Texts wait on your phone until the network is back.' } },
  { id: 'credit', question: { en: 'Will I get a credit on my bill for the outage?' }, answer: { en: 'Yes, for every full day without service.' } },
  { id: 'back', question: { en: 'When will the network be back?' }, answer: { en: 'We will say so here at the next update.' } },
];

const root = (el: ClearlineFaq) => el.shadowRoot!;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('<clearline-faq>: the result count is heard once typing pauses', () => {
  it('types "texts not sending" key by key: the live region says one count, the one on screen', async () => {
    const el = await fixture<ClearlineFaq>(html`<clearline-faq lang="en" .entries=${ENTRIES}></clearline-faq>`);
    const live = root(el).querySelector('[role=status]')!;
    const shown = root(el).querySelector('[part~=count]')!;
    expect(shown.getAttribute('role')).to.equal(null);
    const heard: string[] = [];
    const seen = new Set<string>();
    const observer = new MutationObserver(() => {
      const text = live.textContent!.trim();
      if (text && heard.at(-1) !== text) heard.push(text);
      seen.add(shown.textContent!.trim());
    });
    observer.observe(root(el), { subtree: true, childList: true, characterData: true });
    root(el).querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await waitUntil(() => el.shadowRoot!.querySelector('input') !== null);
    for (const key of 'texts not sending') {
      await sendKeys({ type: key });
      await pause(120); // a reader typing on a phone: well under the pause that settles a query
    }
    await waitUntil(() => live.textContent!.trim() !== '', 'the count was never heard', { timeout: 5000 });
    await pause(300);
    observer.disconnect();
    expect(heard).to.deep.equal([shown.textContent!.trim()]);
    expect(heard[0]).to.match(/^\d+ results?$|results that may help/);
    // The count on screen followed the keys (it changed while typing).
    expect(seen.size).to.be.greaterThan(1);
  });

  // A hospital's trial (2026-12-05): "7 questions" was read twice in the help dialog, the count on screen and the same
  // words in the live region. Before a search the live region is empty; the count on screen is read once.
  it('before a search, the live region is empty and the count on screen says the number of questions', async () => {
    const el = await fixture<ClearlineFaq>(html`<clearline-faq lang="nl" .entries=${ENTRIES}></clearline-faq>`);
    const live = root(el).querySelector('[role=status]')!;
    expect(live.textContent!.trim()).to.equal('');
    expect(root(el).querySelector('[part~=count]')!.textContent!.trim()).to.match(/4/);
  });
});
