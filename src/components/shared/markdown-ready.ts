import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadMarkdown, markdown, plainText } from '../../content/markdown-lazy.js';
import { nextTask, type MarkdownModule } from '../../content/markdown-loader.js';
import type { StatusPayload } from '../../feed/schema.js';

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
 *
 * Until then `renderer()` draws text in plain blocks and remembers each text. When the renderer
 * arrives, those texts are rendered for real, each in a task of its own (a few ms at most), and
 * the host switches over in one render that only inserts them: a status page with many texts used
 * to do all of marked and DOMPurify in one task (236 ms at 4× CPU slowdown, its longest task).
 */
export class MarkdownReady implements ReactiveController {
  private requested = false;
  private switching: Promise<void> | undefined;
  /** The real renderer, once the texts drawn so far are ready for it. */
  private active: MarkdownModule | undefined;
  /** Texts drawn plain, each with the status feed it was given (its phone lines and sites: content/markdown.ts). */
  private readonly drawnPlain = new Map<string, StatusPayload | undefined>();
  /** A stable object (hosts guard their renders on it) that draws plain and remembers the text. */
  private readonly plain: MarkdownModule = {
    renderMarkdown: (source, feed) => {
      this.drawnPlain.set(source, feed);
      return plainText.renderMarkdown(source);
    },
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the host shows Markdown right now. */
    private readonly showing: () => boolean,
    /** Whether the host has content that may show Markdown soon (for the FAQ: entries, before any answer is open). */
    private readonly wanted: () => boolean = showing,
    /** For tests: how the renderer is loaded. */
    private readonly load = loadMarkdown,
  ) {
    host.addController(this);
  }

  /** What to draw Markdown text with now: the real renderer when ready, else plain blocks of the same size. */
  renderer(): MarkdownModule {
    // Already on the page (another element loaded it) and nothing drawn plain yet: no need to switch over.
    if (!this.active && !this.drawnPlain.size) this.active = markdown();
    return this.active ?? this.plain;
  }

  hostUpdated(): void {
    if (this.requested || this.active || !this.wanted()) return;
    this.requested = true;
    afterPaint(() => void this.switchOver());
  }

  /** For the host's getUpdateComplete: `done` from the first pass, `again` waits for the render after the renderer arrived. */
  async settle(done: boolean, again: () => Promise<boolean>): Promise<boolean> {
    if (!this.showing() || this.active) return done;
    await this.switchOver();
    return again();
  }

  private switchOver(): Promise<void> {
    return (this.switching ??= this.prepare().then(() => this.host.requestUpdate()));
  }

  /** Loads the renderer and renders the texts drawn plain so far, each in a task of its own; then makes it active. */
  private async prepare(): Promise<void> {
    const real = await this.load();
    const ready = new Map<string, DocumentFragment>();
    for (const [source, feed] of this.drawnPlain) {
      await nextTask(); // (the first: the loader's warm-up ran in the task that resolved it)
      ready.set(source, real.renderMarkdown(source, feed));
    }
    this.drawnPlain.clear();
    // Each prepared fragment is used once (inserting a fragment empties it); anything else renders now.
    this.active = {
      renderMarkdown: (source, feed) => {
        const fragment = ready.get(source);
        ready.delete(source);
        return fragment ?? real.renderMarkdown(source, feed);
      },
    };
  }
}
