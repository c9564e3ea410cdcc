/**
 * The offers of edits kept from before a reload (edit-keeper.ts), at the top of the editor, each
 * on its own: what it was, when it was last changed, whether the feed changed since, and two buttons.
 */
import { html, nothing } from 'lit';
import type { UiLanguage } from '../../i18n/terms.js';
import type { KeptEdit } from './kept-edit.js';
import { atTime } from './next-time.js';
import { EDITOR_TERMS } from './terms.js';

const KEPT_TERMS = {
  en: {
    line: (what: string, when: string) => `Not saved when this page was reloaded: ${what}, last changed ${when}.`,
    changed: 'The feed has changed since. After continuing, check that your text still fits what is published now.',
    resume: 'Continue this edit',
    discard: 'Throw it away',
  },
  nl: {
    line: (what: string, when: string) => `Nog niet opgeslagen toen deze pagina opnieuw werd geladen: ${what}, laatst gewijzigd ${when}.`,
    changed: 'De feed is sindsdien gewijzigd. Kijk na het verdergaan of uw tekst nog past bij wat nu gepubliceerd is.',
    resume: 'Verder met deze bewerking',
    discard: 'Weggooien',
  },
} as const satisfies Record<UiLanguage, unknown>;

export interface KeptContext {
  ui: UiLanguage;
  zone: string;
  now: number;
  /** The working copy's version now. */
  version?: string;
  /** The title the feed open now gives the incident the edit updates. */
  publishedTitle: (id: string) => string;
  onResume: (i: number) => void;
  onDiscard: (i: number) => void;
}

/** The kept edit as the form names it: "Update: <title>", "New incident: <title>". */
function what(k: KeptEdit, c: KeptContext): string {
  const t = EDITOR_TERMS[c.ui];
  const typed = k.draft.title[c.ui] || Object.values(k.draft.title).find(Boolean) || '';
  if (k.draft.mode === 'update') return t.editingUpdate(typed || c.publishedTitle(k.draft.id));
  return typed ? `${t.editingNew}: ${typed}` : t.editingNew;
}

export const renderKept = (offers: readonly KeptEdit[] | undefined, c: KeptContext) => (offers?.length ? offers.map((k, i) => renderOne(k, i, c)) : nothing);

function renderOne(k: KeptEdit, i: number, c: KeptContext) {
  const t = KEPT_TERMS[c.ui];
  const changed = k.version !== undefined && c.version !== undefined && k.version !== c.version;
  return html`<div class="kept" role="group" aria-labelledby=${`kept-line-${i}`}>
<p id=${`kept-line-${i}`}>${t.line(what(k, c), atTime(k.at, c.now, c.zone, c.ui))}</p>${changed ? html`<p class="changed">${t.changed}</p>` : nothing}
<div class="quick"><button type="button" class="primary" @click=${() => c.onResume(i)}>${t.resume}</button><button type="button" class="quiet" @click=${() => c.onDiscard(i)}>${t.discard}</button></div>
</div>`;
}
