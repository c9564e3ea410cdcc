/**
 * Long work in short slices: a generator does the work in small steps, and `runInSlices` hands
 * the thread back whenever a slice has run for `sliceMs`, so input and rendering are never held
 * up for long (building the index of 10,000 entries: no task over 50 ms). Pure: no DOM.
 */

/** Hands the thread back to the browser and resumes in a later task. */
export type Yielder = () => Promise<void>;

/**
 * A MessageChannel message: a new task, queued behind what is already waiting (input, rendering,
 * the page's own timers), without setTimeout's 4 ms clamp; setTimeout where there is no
 * MessageChannel. Not `scheduler.yield()`: it resumes ahead of the page's other queued tasks,
 * and a background index build should not push those back for a second.
 */
export const yieldToMain: Yielder = () => {
  if (typeof MessageChannel !== 'function') return new Promise<void>((resolve) => setTimeout(resolve, 0));
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
};

export interface SliceOptions {
  /** Hand the thread back once a slice has run this long (ms). */
  sliceMs?: number;
  /** Stops the work (rejects with the signal's reason, an AbortError by default). */
  signal?: AbortSignal;
  /** How to hand the thread back (tests count the calls). */
  yielder?: Yielder;
}

/**
 * Runs every step of `steps`, handing the thread back whenever `sliceMs` have passed since the
 * last hand-back. Checks `signal` before the first step and after every hand-back. Returns how
 * many times it handed the thread back.
 */
export async function runInSlices(steps: Iterable<unknown>, { sliceMs = 8, signal, yielder = yieldToMain }: SliceOptions = {}): Promise<number> {
  signal?.throwIfAborted();
  let yields = 0;
  let start = performance.now();
  for (const _ of steps) {
    if (performance.now() - start < sliceMs) continue;
    await yielder();
    yields++;
    signal?.throwIfAborted();
    start = performance.now();
  }
  return yields;
}

/**
 * Sorts strings in code-unit order (as `Array.prototype.sort()` does) with a bottom-up merge sort
 * that yields after about every `chunk` elements moved; returns the sorted copy. A vocabulary of
 * 100,000 terms sorted at once would take tens of milliseconds.
 */
export function* sortInSteps(items: readonly string[], chunk = 4096): Generator<void, string[]> {
  let from = items.slice();
  let to = new Array<string>(from.length);
  const n = from.length;
  let moved = 0;
  // Runs of `chunk` (or fewer) are sorted natively: cheap enough for one step each.
  const run = Math.max(1, chunk);
  for (let lo = 0; lo < n; lo += run) {
    const part = from.slice(lo, lo + run).sort();
    for (let i = 0; i < part.length; i++) from[lo + i] = part[i]!;
    yield;
  }
  for (let width = run; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        to[k] = i < mid && (j >= hi || from[i]! <= from[j]!) ? from[i++]! : from[j++]!;
        if (++moved % chunk === 0) yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
