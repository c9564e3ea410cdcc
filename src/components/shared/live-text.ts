import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a live region keeps what it said; tests shorten it. */
export const LIVE_TEXT = { keepMs: 10_000 };

/**
 * The text of an element's live region, which leaves the page a while after it is said. Screen readers speak it when it
 * changes; left in place it was read again by anyone browsing the page, before the content it repeats and stale by then
 * ("New update: … Next update at 4:53 (in 20 minutes)" half an hour on). Emptying the region does not cut speech that
 * has begun. `delayMs`: the region goes in empty first and the text follows, so that it is heard (the banner's region
 * is not in the page before its first announcement).
 */
export class LiveText implements ReactiveController {
  /** What the region says now; undefined until the first announcement, '' once it has been said. */
  text?: string;
  private timers: ReturnType<typeof setTimeout>[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = 0,
  ) {
    host.addController(this);
  }

  /** Says `text` (nothing when undefined or empty), replacing what is still there. */
  say(text: string | undefined): void {
    if (!text) return;
    this.stop();
    const show = () => {
      this.set(text);
      this.timers.push(setTimeout(() => this.set(''), LIVE_TEXT.keepMs));
    };
    if (!this.delayMs) return show();
    this.set('');
    this.timers.push(setTimeout(show, this.delayMs));
  }

  hostDisconnected(): void {
    this.stop();
    if (this.text) this.text = '';
  }

  private set(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }

  private stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }
}
