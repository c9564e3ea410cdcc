/**
 * One clearline element renders per task. When several elements receive the same feed in one
 * task (banner, badge and help launcher on a home page), rendering them all there made one long
 * task (Lighthouse, demo home page: 230 ms on its simulated phone), which blocks the host page's
 * input. Each further element that wants to render in a task where another element has already
 * rendered waits for the next task; an element alone on the page, an element rendering again in
 * the same task, and an element inside the one that rendered (the FAQ in the help launcher's
 * dialog: it must arrive with the dialog, or the dialog's content moves) render at once.
 * `updateComplete` still means "rendered": Lit waits for the promise `scheduleUpdate` returns.
 */
let owner: Node | undefined;

/** Whether `node` is `ancestor` or inside it, across shadow roots. */
function within(node: Node, ancestor: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) if (n === ancestor) return true;
  return false;
}

const free = (element: Node) => owner === undefined || within(element, owner);

/**
 * A new task, queued in order behind the ones already waiting (no setTimeout clamp). The same as
 * search/slices.ts yieldToMain; importing that put one more chunk (+400 B gzip) on every page.
 */
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

function claim(element: Node): void {
  if (owner !== undefined) return; // this task's turn is taken: by this element or one around it
  owner = element;
  // Freed in the next task: queued before any element that starts waiting after this one.
  void nextTask().then(() => (owner = undefined));
}

/** Calls `render` now if no other element has rendered in this task, else in a later task. */
export function inTurn(element: Node, render: () => void): void | Promise<void> {
  if (free(element)) {
    claim(element);
    return render();
  }
  return (async () => {
    do await nextTask();
    while (!free(element));
    claim(element);
    render();
  })();
}
