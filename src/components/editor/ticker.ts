/**
 * The editor's clock: `tick` every `ms` while the element is on the page (its countdowns and the
 * preview follow it), and `left` once when it is removed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Ticker implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    host: ReactiveControllerHost,
    private readonly ms: number,
    private readonly tick: () => void,
    private readonly left: () => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    clearInterval(this.timer);
    this.timer = setInterval(this.tick, this.ms);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.left();
  }
}
