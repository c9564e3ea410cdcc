/**
 * One clearline element renders per task. When several elements receive the same feed in one
 * task (banner, badge and help launcher on a home page), rendering them all there made one long
 * task (Lighthouse, demo home page: 230 ms on its simulated phone), which blocks the host page's
 * input. Each further element that wants to render in a task that has already rendered one waits
 * for the next task; an element alone on the page renders at once, as before. `updateComplete`
 * still means "rendered": Lit waits for the promise `scheduleUpdate` returns.
 */
let rendered = false;

/** A new task, queued in order behind the ones already waiting (no setTimeout clamp). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function claim(): void {
  rendered = true;
  // Reset in the next task: queued before any element that starts waiting after this one.
  void nextTask().then(() => (rendered = false));
}

/** Calls `render` now if no element has rendered in this task, else in a later task. */
export function inTurn(render: () => void): void | Promise<void> {
  if (!rendered) {
    claim();
    return render();
  }
  return (async () => {
    do await nextTask();
    while (rendered);
    claim();
    render();
  })();
}
