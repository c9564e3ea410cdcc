/** Page for bench/search.mjs: <clearline-faq> with 10,000 entries, timing keystroke to results on screen. */
import '../src/components/faq/faq.js';
import type { ClearlineFaq } from '../src/components/faq/faq.js';
import { buildIndex } from '../src/search/index.js';
import type { FaqEntry } from '../src/feed/schema.js';

declare global {
  interface Window {
    benchReady: boolean;
    benchIndexed: boolean;
    benchBuildMs: number;
    benchTimes: number[];
    benchClear: () => Promise<void>;
    benchSettle: () => Promise<void>;
  }
}

const entries = (await (await fetch('entries.json')).json()) as FaqEntry[];
const docs = entries.map((e) => ({ id: e.id, question: e.question as string, answer: e.answer as string, tags: e.tags }));
buildIndex(docs.slice(0, 500), 'en');
const t0 = performance.now();
buildIndex(docs, 'en');
window.benchBuildMs = Math.round((performance.now() - t0) * 10) / 10;

const el = document.createElement('clearline-faq') as ClearlineFaq;
el.lang = 'en';
el.entries = entries;
document.body.append(el);
await el.updateComplete;
const input = el.shadowRoot!.querySelector('input')!;
window.benchTimes = [];
let recording = false;
input.addEventListener('input', (e) => {
  // Runs after the element's own handler: from the event's creation to the updated results laid out.
  const start = e.timeStamp;
  void el.updateComplete.then(() => {
    el.shadowRoot!.querySelector('#results')?.getBoundingClientRect();
    if (recording) window.benchTimes.push(performance.now() - start);
  });
});
window.benchClear = async () => {
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  recording = true;
};
window.benchSettle = async () => {
  recording = false;
  await el.updateComplete;
};
// Warm-up: the first query loads the engine and builds the index; not counted.
input.addEventListener('focus', async () => {
  input.value = 'warm';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  while (!el.shadowRoot!.querySelector('[part~=result], [part~=no-answer]')) await new Promise((r) => setTimeout(r, 20));
  window.benchIndexed = true;
}, { once: true });
window.benchReady = true;
