/**
 * An update on an incident whose history is full: an incident keeps at most LIMITS.updates earlier updates, and posting
 * news puts the texts now published first and drops the oldest (feed/update.ts postUpdate), from the feed and from what
 * readers see. `clearline update` says so after the fact; the editor says it before Sign, while a copy can still be kept.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LIMITS } from '../../feed/schema.js';
import type { FeedDraft } from '../../feed/update.js';
import { uiLanguage } from '../../i18n/lang.js';
import type { Draft } from './draft.js';
import { clockOn, sameDay } from './next-time.js';

export const HISTORY_FULL_TERMS = {
  en: (kept: number, when: string, dated: boolean) =>
    `This incident already has ${kept} earlier updates, the most it keeps. Post news and the oldest, published ${dated ? 'on' : 'at'} ${when}, is removed: readers no longer see it and it is no longer in the feed. Need it on record? Keep a copy of the feed first.`,
  nl: (kept: number, when: string, dated: boolean) =>
    `Dit incident heeft al ${kept} eerdere updates, het maximum. Plaatst u nieuws, dan valt de oudste weg, gepubliceerd ${dated ? 'op' : 'om'} ${when}: lezers zien hem niet meer en hij staat niet meer in de feed. Moet u hem bewaren? Bewaar dan eerst een kopie van de feed.`,
} as const;

/** The note above an update's texts, or nothing: a new incident, a correction (nothing goes into the history) or room left. */
export function renderHistoryFull(ctx: { draft: Draft; ui: string; now: number; zone: string; feed?: Pick<FeedDraft, 'incidents'> }): TemplateResult | typeof nothing {
  const d = ctx.draft;
  if (d.mode !== 'update' || d.correct) return nothing;
  const updates = ctx.feed?.incidents.find((i) => i.id === d.id)?.updates ?? [];
  const oldest = updates.length >= LIMITS.updates ? Date.parse(updates[updates.length - 1]!.at) : NaN;
  if (Number.isNaN(oldest)) return nothing;
  const say = HISTORY_FULL_TERMS[uiLanguage(ctx.ui)];
  const text = say(LIMITS.updates, clockOn(oldest, ctx.now, ctx.zone, ctx.ui), !sameDay(oldest, ctx.now, ctx.zone));
  return html`<ul class="findings"><li class="warning" data-note="history-full">${text}</li></ul>`;
}
