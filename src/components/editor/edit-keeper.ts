/**
 * Keeps the incident form in the tab's sessionStorage while it holds an edit that is not saved
 * (kept-edit.ts), and reads it back when the page opens again: `offer`, until the desk continues
 * it or throws it away. While an offer is open nothing is written over it. Only for an editor that
 * edits a feed at a URL (the studio's feed-src, or src): a page with a feed property has no reload
 * to survive. sessionStorage: the tab's own, gone with the tab, not shared with other tabs.
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
  /** An edit kept from before the page was reloaded, offered until continued or discarded. */
  offer?: KeptEdit;
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
      this.offer = key ? readKept(this.store(), key) : undefined;
      this.stored = '';
      if (this.offer) this.host.requestUpdate();
      return;
    }
    if (!key || this.offer) return;
    // With no offer open, what is stored is this form's own: kept while unsaved, gone once saved or thrown away.
    const unsaved = !!s.draft && JSON.stringify(s.draft) !== JSON.stringify(s.saved);
    const text = unsaved ? JSON.stringify([s.draft, s.saved, s.next, s.version]) : '';
    if (text === this.stored) return;
    this.stored = text;
    writeKept(this.store(), key, unsaved ? { at: this.now(), draft: s.draft!, saved: s.saved, next: s.next, version: s.version } : undefined);
  }

  /** The offered edit, to continue it; from then on the form is kept again. */
  take(): KeptEdit | undefined {
    const o = this.offer;
    this.offer = undefined;
    this.stored = '';
    this.host.requestUpdate();
    return o;
  }

  /** Throws the offered edit away. */
  discard(): void {
    this.offer = undefined;
    this.stored = '';
    writeKept(this.store(), this.key, undefined);
    this.host.requestUpdate();
  }
}
