/**
 * Asks before the page is left (reload, closing the tab, navigating away) while it holds an edit
 * that is not saved yet: a `beforeunload` listener that is there only while `unsaved()` says so,
 * and never after the element is disconnected. The browser shows its own question; the form itself is
 * kept in the tab by edit-keeper.ts, in case the desk leaves anyway.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LeaveGuard implements ReactiveController {
  private listening = false;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly unsaved: () => boolean,
  ) {
    host.addController(this);
  }

  /** True while leaving the page asks first. */
  get active(): boolean {
    return this.listening;
  }

  private readonly ask = (e: BeforeUnloadEvent) => {
    e.preventDefault();
    // Older browsers ask only when returnValue is set.
    e.returnValue = true;
  };

  private set(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    if (on) window.addEventListener('beforeunload', this.ask);
    else window.removeEventListener('beforeunload', this.ask);
  }

  hostConnected(): void {
    this.connected = true;
    this.set(this.unsaved());
  }

  /** Also runs for an update that was pending when the element was removed: then it stays off. */
  hostUpdated(): void {
    this.set(this.connected && this.unsaved());
  }

  hostDisconnected(): void {
    this.connected = false;
    this.set(false);
  }
}
