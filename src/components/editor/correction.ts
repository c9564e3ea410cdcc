/**
 * "This corrects a mistake": posting an update on an incident either publishes news (the texts
 * before it go into the history readers see) or corrects the texts now published, in place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { uiLanguage } from '../../i18n/lang.js';
import type { Draft } from './draft.js';

export const CORRECTION_TERMS = {
  en: {
    label: 'This corrects a mistake in the update now published',
    hint: 'For a typo or a wrong number. Readers see the corrected text as the same update, at the same time, and the mistake is not kept as an earlier update. The phase stays as it is. For news, leave this off.',
  },
  nl: {
    label: 'Dit verbetert een fout in de update die nu online staat',
    hint: 'Voor een tikfout of een verkeerd nummer. Lezers zien de verbeterde tekst als dezelfde update, met dezelfde tijd, en de fout blijft niet als eerdere update staan. De fase blijft zoals hij is. Voor nieuws laat u dit uit.',
  },
} as const;

/** The checkbox on an update; checking it puts the phase back to the published one, which a correction keeps. */
export function renderCorrection(ctx: { draft: Draft; ui: string; change(mutate: (d: Draft) => void): void }): TemplateResult | typeof nothing {
  const d = ctx.draft;
  if (d.mode !== 'update') return nothing;
  const t = CORRECTION_TERMS[uiLanguage(ctx.ui)];
  const toggle = (e: Event) =>
    ctx.change((x) => {
      x.correct = (e.target as HTMLInputElement).checked;
      if (x.correct && x.publishedPhase) x.phase = x.publishedPhase;
    });
  return html`<div class="field correction">
    <label class="check"><input type="checkbox" aria-describedby="f-correct-hint" .checked=${d.correct === true} @change=${toggle} /> ${t.label}</label>
    <span class="hint" id="f-correct-hint">${t.hint}</span>
  </div>`;
}
