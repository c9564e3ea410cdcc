/**
 * Whether leaving the page (reload, closing the tab) would lose work: an edit of the incident
 * form, the contact channels, the contact reasons or a new feed's identity that is not saved or published yet. A form
 * just started and not touched, or just saved, holds nothing to lose. Pure: no DOM, no Lit.
 */
import type { Channel } from '../../feed/schema.js';
import type { FeedDraft } from '../../feed/update.js';
import type { Draft } from './draft.js';

export interface EditState {
  /** The form's draft, if one is open. */
  draft?: Draft;
  /** The draft as it was when started, or when last saved. */
  savedDraft?: Draft;
  /** The feed open now: a new feed's identity is edited in it. */
  base: FeedDraft;
  /** The channels as edited. */
  channels: readonly Channel[];
  /** The feed as opened or last saved. */
  opened: FeedDraft;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** What the form edits in the open feed itself: a new feed's identity and the contact reasons. */
const identity = (f: FeedDraft) => [f.feed_id, f.publisher, f.time_zone, f.contact_reasons ?? []];

export function hasUnsavedEdit(s: EditState): boolean {
  return (!!s.draft && !same(s.draft, s.savedDraft)) || !same(s.channels, s.opened.channels) || !same(identity(s.base), identity(s.opened));
}
