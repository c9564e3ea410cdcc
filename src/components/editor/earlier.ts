/**
 * An update's earlier updates, folded, each with "Correct" (feed/earlier.ts): a Dutch bank's desk saw English it had
 * pasted into the Dutch field stay under "eerdere updates" for good once news followed (trial E), with no way to take it
 * out from the studio. A corrected update keeps its time; readers see the corrected text in its place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { EARLIER_PARTS } from '../../feed/earlier.js';
import type { Update } from '../../feed/schema.js';
import { pickText, uiLanguage } from '../../i18n/lang.js';
import { toLangText, type EarlierDraft } from './draft.js';
import { fold } from './fold.js';
import { fieldLabel, textField, type FormContext } from './form.js';
import { clockOn } from './next-time.js';

export const EARLIER_TERMS = {
  en: {
    title: 'Earlier updates',
    count: (n: number) => (n === 1 ? '1 update' : `${n} updates`),
    hint: 'A mistake in an earlier update (a wrong number, text in the wrong language)? Correct it here: readers see the corrected text in its place, at the same time. To correct only an earlier update, also tick “This corrects a mistake” above, so that no new update is posted.',
    at: (when: string) => `Published ${when}`,
    correct: 'Correct this update',
    undo: 'Keep it as published',
    corrected: 'being corrected',
    part: { known: 'What we knew', unknown: "What we did not know yet", note: 'Note' },
  },
  nl: {
    title: 'Eerdere updates',
    count: (n: number) => (n === 1 ? '1 update' : `${n} updates`),
    hint: 'Een fout in een eerdere update (een verkeerd nummer, tekst in de verkeerde taal)? Verbeter hem hier: lezers zien de verbeterde tekst op zijn plaats, met dezelfde tijd. Verbetert u alleen een eerdere update, vink dan boven ook “Dit verbetert een fout” aan, zodat er geen nieuwe update bij komt.',
    at: (when: string) => `Gepubliceerd ${when}`,
    correct: 'Verbeter deze update',
    undo: 'Laat hem zoals hij gepubliceerd is',
    corrected: 'wordt verbeterd',
    part: { known: 'Wat we wisten', unknown: 'Wat we nog niet wisten', note: 'Toelichting' },
  },
} as const;

/** The texts an earlier update has, one string per language, as the form edits them. */
const draftOf = (u: Update, langs: readonly string[]): EarlierDraft => Object.fromEntries(EARLIER_PARTS.filter((k) => u[k] !== undefined).map((k) => [k, toLangText(u[k], langs)]));

function item(ctx: FormContext, u: Update, i: number): TemplateResult {
  const w = EARLIER_TERMS[uiLanguage(ctx.ui)];
  const edit = ctx.draft.earlier?.[u.at];
  const when = w.at(clockOn(Date.parse(u.at), ctx.now, ctx.zone, ctx.ui));
  const set = (change: (all: Record<string, EarlierDraft>) => void) => ctx.change((d) => change((d.earlier = { ...d.earlier })));
  if (!edit) {
    const first = pickText(u.known ?? u.unknown ?? u.note ?? '', ctx.ui).trim();
    return html`<li class="earlier-item" data-at=${u.at}>
      <p class="earlier-when">${when}</p>
      <p class="hint earlier-text">${first.length > 160 ? `${first.slice(0, 160).replace(/\s+\S*$/, '')}…` : first}</p>
      <button type="button" aria-label=${`${w.correct}: ${when}`} @click=${() => set((all) => (all[u.at] = draftOf(u, ctx.langs)))}>${w.correct}</button>
    </li>`;
  }
  const parts = EARLIER_PARTS.filter((k) => edit[k] !== undefined);
  // A group named by its time: two updates open for correction have the same field names.
  return html`<li class="earlier-item" data-at=${u.at}><div role="group" aria-labelledby=${`earlier-${i}`}>
    <p class="earlier-when" id=${`earlier-${i}`}>${when} · ${w.corrected}</p>
    ${parts.map(
      (k) => html`<div class="langs">
        ${ctx.langs.map((l) => {
          const key = `earlier/${i}/${k}${l ? `/${l}` : ''}`;
          return textField(ctx, key, fieldLabel(ctx, w.part[k], l), edit[k]![l] ?? '', (v) => set((all) => (all[u.at] = { ...all[u.at], [k]: { ...all[u.at]![k], [l]: v } })), true);
        })}
      </div>`,
    )}
    <button type="button" aria-label=${`${w.undo}: ${when}`} @click=${() => set((all) => delete all[u.at])}>${w.undo}</button>
  </div></li>`;
}

/** The incident's earlier updates (as opened), folded; nothing for a new incident or one without history. */
export function renderEarlier(ctx: FormContext): TemplateResult | typeof nothing {
  const d = ctx.draft;
  const updates = d.mode === 'update' ? (ctx.feed?.incidents.find((i) => i.id === d.id)?.updates ?? []) : [];
  if (!updates.length) return nothing;
  const w = EARLIER_TERMS[uiLanguage(ctx.ui)];
  const open = Object.keys(d.earlier ?? {}).length > 0;
  return fold(ctx, 'earlier', w.title, w.count(updates.length), open, html`<fieldset class="earlier">
    <legend>${w.title}</legend>
    <p class="hint">${w.hint}</p>
    <ol class="earlier-list">${updates.map((u, i) => item(ctx, u, i))}</ol>
  </fieldset>`);
}
