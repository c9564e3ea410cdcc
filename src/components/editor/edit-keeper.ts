/**
 * Keeps the incident form in the tab's sessionStorage while it holds an edit that is not saved
 * (kept-edit.ts), and reads the kept edits back when the page opens again: `offers`, each until the
 * desk continues it or throws it away. A form typed while an offer is still open is kept beside it,
 * never over it: a second reload offers both. Only for an editor that edits a feed at a URL (the
 * studio's feed-src, or src): a page with a feed property has no reload to survive.
 * sessionStorage: the tab's own, gone with the tab, not shared with other tabs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Draft } from './draft.js';
import { keptKey, readKept, writeKept, type KeptEdit, type KeptStore } from './kept-edit.js';

export interface KeeperState {
  /** The feed's URL; empty: nothing is kept. */
  source: string;
  draft?: Draft;
  saved?: Draft;
  next: string;
  version?: string;
}

const tabStore = (): KeptStore | undefined => {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
};

export class EditKeeper implements ReactiveController {
  /** Edits kept from before the page was reloaded, newest first, each offered until continued or discarded. */
  offers: KeptEdit[] = [];
  private key = '';
  private stored = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly state: () => KeeperState,
    private readonly store: () => KeptStore | undefined = tabStore,
    private readonly now: () => number = Date.now,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const s = this.state();
    const key = s.source ? keptKey(s.source) : '';
    if (key !== this.key) {
      this.key = key;
      this.offers = key ? readKept(this.store(), key) : [];
      this.stored = JSON.stringify([this.offers, null]);
      if (this.offers.length) this.host.requestUpdate();
      return;
    }
    if (key) this.write();
  }

  /** Stores the open offers and this form while it is unsaved; the form's copy goes once it is saved or thrown away. */
  private write(): void {
    const s = this.state();
    const unsaved = !!s.draft && JSON.stringify(s.draft) !== JSON.stringify(s.saved);
    const text = JSON.stringify([this.offers, unsaved ? [s.draft, s.saved, s.next, s.version] : null]);
    if (text === this.stored) return;
    this.stored = text;
    const form = unsaved ? [{ at: this.now(), draft: s.draft!, saved: s.saved, next: s.next, version: s.version }] : [];
    writeKept(this.store(), this.key, [...this.offers, ...form]);
  }

  /** The offered edit `i`, to continue it; from then on it is the form kept. */
  take(i: number): KeptEdit | undefined {
    const [o] = this.offers.splice(i, 1);
    this.host.requestUpdate();
    return o;
  }

  /** Throws the offered edit `i` away. */
  discard(i: number): void {
    this.offers.splice(i, 1);
    if (this.key) this.write();
    this.host.requestUpdate();
  }
}
