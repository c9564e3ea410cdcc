import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { markdown, markdownReady } from '../../content/markdown-lazy.js';

/**
 * The "Markdown is ready" wait: renders the host again when the lazily loaded renderer arrives,
 * and lets `updateComplete` wait for it while the host shows Markdown, so the content is really
 * there when a caller awaits it.
 */
export class MarkdownReady implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the host shows Markdown right now. */
    private readonly showing: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!markdown()) void markdownReady.then(() => this.host.requestUpdate());
  }

  /** For the host's getUpdateComplete: `done` from the first pass, `again` waits for the render after the renderer arrived. */
  async settle(done: boolean, again: () => Promise<boolean>): Promise<boolean> {
    if (!this.showing() || markdown()) return done;
    await markdownReady;
    return again();
  }
}
