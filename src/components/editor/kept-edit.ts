/**
 * An edit kept across a reload: the incident form as it was (its draft, what it was started
 * from, what the Next update field said), stored in the tab while it is not saved, and offered
 * back when the page opens again in that tab. A night desk that reloaded by mistake retyped
 * everything. Pure: no DOM, no Lit; the storage is passed in.
 */
import type { Draft } from './draft.js';

export interface KeptEdit {
  /** When it was last stored (ms since 1970). */
  at: number;
  draft: Draft;
  /** The draft as started or last saved, so the page still knows what is unsaved. */
  saved?: Draft;
  /** The Next update field as typed. */
  next: string;
  /** The working copy's version the edit was made on; another one now means the feed changed since. */
  version?: string;
}

/** What sessionStorage offers; a test passes a Map-backed one. */
export interface KeptStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The kept edits of one feed the page edits (its feed-src, else its src), under one key. */
export const keptKey = (source: string) => `clearline-studio-edit:${source}`;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDraft = (v: unknown): v is Draft =>
  isObj(v) && (v.mode === 'new' || v.mode === 'update') && typeof v.id === 'string' && isObj(v.title) && isObj(v.known) && isObj(v.unknown) && Array.isArray(v.actions);

/** At most this many kept edits per feed, the newest: a form offered back while another is kept (reloaded twice). */
export const KEPT_MAX = 5;

const asKept = (v: unknown): KeptEdit | undefined =>
  !isObj(v) || typeof v.at !== 'number' || !isDraft(v.draft) || (v.saved !== undefined && !isDraft(v.saved))
    ? undefined
    : { at: v.at, draft: v.draft, saved: v.saved, next: typeof v.next === 'string' ? v.next : '', version: typeof v.version === 'string' ? v.version : undefined };

/**
 * The kept edits under `key`, newest first: what is not one (another version's, damaged) is left out. A list, so a form
 * typed while an earlier one was still offered is kept beside it, not over it; one edit alone (the first format) reads too.
 */
export function readKept(store: KeptStore | undefined, key: string): KeptEdit[] {
  let v: unknown;
  try {
    v = JSON.parse(store?.getItem(key) ?? 'null');
  } catch {
    return [];
  }
  return newest((Array.isArray(v) ? v : [v]).map(asKept).filter((k): k is KeptEdit => !!k));
}

const newest = (edits: readonly KeptEdit[]) => [...edits].sort((a, b) => b.at - a.at).slice(0, KEPT_MAX);

/** Stores `edits` (none: removes the key). A full or switched-off storage loses only this copy, never the form. */
export function writeKept(store: KeptStore | undefined, key: string, edits: readonly KeptEdit[]): void {
  try {
    if (edits.length) store?.setItem(key, JSON.stringify(newest(edits)));
    else store?.removeItem(key);
  } catch {
    // Quota or privacy settings: the page keeps working; the leave question still guards the edit.
  }
}
