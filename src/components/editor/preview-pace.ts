/**
 * The studio's preview is made again once typing pauses, not on every keystroke. Making it runs every exporter (the
 * phone message per line, the SMS, the e-mail) and the three reader elements; on a slow laptop at night a
 * communications officer's typing lagged behind (trial). What is signed and what blocks Sign never waits for this:
 * the editor builds and lints the latest text itself (editor.ts sign); only the preview shows the text of a moment ago.
 *
 * Only typing waits: a change of the preview's own controls (language, width, SMS parts, another incident), a choice,
 * a button or leaving the field (`flush`) shows at once. `runs`: how often the preview was made, for tests and
 * measurements.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the preview waits after the last keystroke; a change or leaving the field shows it at once. */
export const PREVIEW_PACE = { waitMs: 300 };

export class PreviewPace<T> implements ReactiveController {
  /** How many times the preview was made. */
  runs = 0;
  private made?: { text: string; controls: string; value: T };
  private seen = '';
  /** A key was typed since the last render (`typing`). */
  private typed = false;
  /** Made at the next render: the wait is over (`flush`). */
  private due = false;
  private timer?: ReturnType<typeof setTimeout>;
  private waiting: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True while the preview shows text that has changed since (aria-busy on the preview). */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /**
   * For the host's root: a key was typed (an input event), and the change it makes waits for a pause in typing. Heard
   * before the field's own listener, which renders at once: a browser runs the render between the listeners of a key.
   */
  readonly typing = { handleEvent: () => void (this.typed = true), capture: true };

  /**
   * The preview for the feed `text` (its content, as a string) and the preview's `controls`: made now when there is
   * none yet, a control changed, something else than typing changed the text, or typing paused; while typing goes on,
   * the one shown stays.
   */
  take(text: string, controls: string, make: () => T): T {
    const [m, typing] = [this.made, this.typed];
    this.typed = false;
    if (m && m.controls === controls && m.text === text) {
      this.due = false;
      this.stop();
      return m.value;
    }
    if (m && m.controls === controls && !this.due && (typing || this.timer !== undefined)) {
      if (text !== this.seen || this.timer === undefined) this.wait();
      this.seen = text;
      return m.value;
    }
    this.due = false;
    this.stop();
    this.seen = text;
    this.runs++;
    this.made = { text, controls, value: make() };
    return this.made.value;
  }

  /** Shows the latest text at the next render: the desk left the field, chose or pressed something. */
  flush(): void {
    // A choice in a list or a tick is an input event too, and its change follows before the render: not typing.
    this.typed = false;
    if (this.timer === undefined) return;
    this.due = true;
    this.host.requestUpdate();
    this.stop();
  }

  /** Resolves once no newer text waits to be shown (the host's updateComplete then waits for that render). */
  settled(): Promise<void> {
    return this.pending ? new Promise((resolve) => this.waiting.push(resolve)) : Promise.resolve();
  }

  hostDisconnected(): void {
    // Back in the page, the preview is made again from what is typed then.
    if (this.timer !== undefined) this.due = true;
    this.stop();
  }

  /** (Re)starts the wait; whoever waits for the preview keeps waiting. */
  private wait(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), PREVIEW_PACE.waitMs);
  }

  /** Nothing waits any more: the preview is made at the next render, or already shows the text. */
  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const w = this.waiting;
    this.waiting = [];
    for (const resolve of w) resolve();
  }
}
