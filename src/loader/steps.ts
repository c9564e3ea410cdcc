/**
 * Evaluates an element's code one file per task. A page's module graph is evaluated in one task:
 * for the demo home page's banner, badge and help launcher that was one task of 200–300 ms under
 * Lighthouse's 4× CPU slowdown, the largest part of the page's total blocking time. Importing the
 * files leaves first, each after a new task, evaluates each file on its own (a file whose imports
 * have run evaluates alone), so the host page can answer a tap in between. The build writes the
 * files in that order (vite.config.ts, preloadManifest).
 */

/**
 * A new task, queued behind the ones already waiting, without setTimeout's 4 ms clamp on chained
 * timers. The loader stays one file, so it keeps this copy of search/slices.ts `yieldToMain`.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function evaluateInSteps(urls: readonly string[], yielder: () => Promise<void> = nextTask): Promise<void> {
  for (const url of urls) {
    await import(/* @vite-ignore */ url);
    await yielder();
  }
}

const pending: string[] = [];
let pumping: Promise<void> | undefined;

/**
 * Adds `modulepreload` hints for these files, one per task. Starting a request costs the main
 * thread 1–5 ms here (up to 25 under a 4× slowdown), and the demo home page's 14 hints at once
 * were one long task. Resolves once every hint so far is in (work queued behind the hints, such
 * as loading the locale data, then does not hold the later ones up).
 */
export function preloadInSteps(hrefs: readonly string[], yielder: () => Promise<void> = nextTask): Promise<void> {
  pending.push(...hrefs);
  pumping ??= (async () => {
    while (pending.length) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = pending.shift()!;
      document.head.append(link);
      await yielder();
    }
    pumping = undefined;
  })();
  return pumping;
}
