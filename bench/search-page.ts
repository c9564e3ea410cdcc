/**
 * Page for bench/search/latency.mjs: <clearline-faq> with the entries in entries.json, timing each
 * keystroke from the input event's creation to the updated results laid out (Lit's render, style
 * and layout included) and to the next animation frame; and, while the search index is built, the
 * long tasks (> 50 ms) and the gaps between animation frames.
 */
import '../src/components/faq/faq.js';
import type { ClearlineFaq } from '../src/components/faq/faq.js';
import type { FaqEntry } from '../src/feed/schema.js';

declare global {
  interface Window {
    benchReady: boolean;
    benchIndexed: boolean;
    benchTimes: number[];
    benchFrames: number[];
    benchLongTasks: { start: number; duration: number }[];
    benchFocusAt: number;
    benchIndexMs: number;
    benchFrameGaps: number[];
    benchClear: () => Promise<void>;
    benchSettle: () => Promise<void>;
  }
}

const entries = (await (await fetch('entries.json')).json()) as FaqEntry[];
const el = document.createElement('clearline-faq') as ClearlineFaq;
el.lang = 'en';
el.entries = entries;
document.body.append(el);
await el.updateComplete;
const root = el.shadowRoot!;
const input = root.querySelector('input')!;
window.benchTimes = [];
window.benchFrames = [];
window.benchLongTasks = [];
let recording = false;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.benchLongTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

input.addEventListener('input', (e) => {
  // Runs after the element's own handler.
  const start = e.timeStamp;
  const query = input.value;
  void (async () => {
    // The element may render a query later than its input event (e.g. while the index is built):
    // wait until the count line belongs to this query's results.
    await el.updateComplete;
    root.querySelector('#results')?.getBoundingClientRect();
    if (!recording || input.value !== query) return;
    window.benchTimes.push(performance.now() - start);
    requestAnimationFrame(() => window.benchFrames.push(performance.now() - start));
  })();
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
  await new Promise((r) => requestAnimationFrame(r));
};
// The first focus loads the engine and builds the index (not counted in keystrokes; its long tasks are).
input.addEventListener('focus', async () => {
  const t0 = performance.now();
  window.benchFocusAt = t0;
  // Gaps between animation frames while the index is built: what a reader scrolling then sees.
  window.benchFrameGaps = [];
  let frame = t0;
  const tick = (now: number) => {
    window.benchFrameGaps.push(now - frame);
    frame = now;
    if (!window.benchIndexed) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  input.value = 'warm';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  while (!root.querySelector('[part~=result], [part~=no-answer]')) await new Promise((r) => setTimeout(r, 5));
  window.benchIndexMs = performance.now() - t0;
  window.benchIndexed = true;
}, { once: true });
window.benchReady = true;
