/**
 * Runs work after the page's next frame, so that evaluating the element code, loading the
 * date-formatting data and the first render come after the host page has painted, not before
 * it (issue 13: measured on the demo home page at 412 px, they held up the page's own first
 * paint by 80–150 ms). Network work (the feed request, the code's preload hints) starts at once;
 * only main-thread work waits. A tab in the background produces no frames: after `maxWaitMs`
 * the work runs anyway. Once a frame has passed, work runs at once.
 */
let passed = false;
let queue: (() => void)[] | undefined;

export function afterFirstFrame(work: () => void, maxWaitMs = 250): void {
  if (passed) return work();
  if (queue) {
    queue.push(work);
    return;
  }
  queue = [work];
  const run = () => {
    if (passed) return;
    passed = true;
    const q = queue ?? [];
    queue = undefined;
    for (const w of q) w();
  };
  // After the frame's rendering step: a task queued from requestAnimationFrame runs after paint.
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, maxWaitMs);
}
