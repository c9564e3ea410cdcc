import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadMarkdown, markdown } from '../../content/markdown-lazy.js';

/**
 * Runs `work` in a task after the next frame, so the first content is painted before the
 * Markdown chunk is fetched and evaluated; a background tab draws no frames, so after `maxWaitMs`
 * it runs anyway. (The loader has its own copy, loader/after-frame.ts: it must stay one file.)
 */
function afterPaint(work: () => void, maxWaitMs = 250): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, maxWaitMs);
}

/**
 * The Markdown renderer for a host: starts loading it once the host has painted content that
 * may contain Markdown, renders the host again when it arrives, and lets `updateComplete` wait
 * for it while the host shows Markdown, so the content is really there when a caller awaits it.
 */
export class MarkdownReady implements ReactiveController {
  private requested = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the host shows Markdown right now. */
    private readonly showing: () => boolean,
    /** Whether the host has content that may show Markdown soon (for the FAQ: entries, before any answer is open). */
    private readonly wanted: () => boolean = showing,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.requested || markdown() || !this.wanted()) return;
    this.requested = true;
    afterPaint(() => void loadMarkdown().then(() => this.host.requestUpdate()));
  }

  /** For the host's getUpdateComplete: `done` from the first pass, `again` waits for the render after the renderer arrived. */
  async settle(done: boolean, again: () => Promise<boolean>): Promise<boolean> {
    if (!this.showing() || markdown()) return done;
    await loadMarkdown();
    return again();
  }
}
