/**
 * The action list, with the template's suggestions, as a form section. Each action can carry a link
 * readers tap ("Spoed? Bel 112"), written as said, as a channel's: 112 -> tel:112, 0344-123456 -> tel:+31344123456.
 */
import { suggestionButtons } from './suggestion-add.js';
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { uiLanguage } from '../../i18n/lang.js';
import { actionFrom, type Draft } from './draft.js';
import { fieldLabel, findingsFor, linkField, textField, type FormContext } from './form.js';
import { focusAdded, focusAfterRemoving } from './focus.js';
import { fold } from './fold.js';
import { actionKept, withActionKept } from './keep-action.js';

/** Moving an action: readers see the actions in this order, the most important first. */
const MOVE = {
  en: { up: 'Up', down: 'Down', name: (dir: string, n: number) => `Move action ${n} ${dir === 'up' ? 'up' : 'down'}` },
  nl: { up: 'Omhoog', down: 'Omlaag', name: (dir: string, n: number) => `Actie ${n} ${dir === 'up' ? 'omhoog' : 'omlaag'}` },
} as const;

/**
 * The template's own advice next to a suggestion it marks "act now", whose "+ Act now" is the
 * primary button, and first (suggestion-add.ts): the first button was the habit, and a recall's "Call your GP if you
 * ate some and are pregnant" then went under "Can wait" without anyone choosing that. "+ Can wait" still adds it as
 * one that can wait: the desk decides.
 */
const ADVICE = { en: 'the template advises: act now', nl: 'het sjabloon raadt aan: nu doen' } as const;

/**
 * Where an action added goes: one to act on now after the last such action (the SMS and the phone message say the first
 * ones), one that can wait last. A heat company's desk added its priority line's action last and needed a tick and four
 * Up presses to make it the second (trial N).
 */
const placeFor = (draft: Draft, urgent: boolean): number => (urgent ? draft.actions.reduce((n, a, j) => (a.urgent ? j + 1 : n), 0) : draft.actions.length);

/**
 * Moves action `i` one place up or down; the keyboard focus follows it to its new place (its button
 * in the same direction, or the other one at the top or bottom), so pressing again moves it further.
 */
function move(ctx: FormContext, e: Event, i: number, dir: 'up' | 'down'): void {
  const to = dir === 'up' ? i - 1 : i + 1;
  ctx.change((d) => d.actions.splice(to, 0, ...d.actions.splice(i, 1)));
  const root = (e.target as HTMLElement).getRootNode() as ShadowRoot;
  void (root.host as LitElement).updateComplete.then(() => (root.querySelector<HTMLElement>(`[data-move="${dir}-${to}"]`) ?? root.querySelector<HTMLElement>(`[data-move="${dir === 'up' ? 'down' : 'up'}-${to}"]`))?.focus());
}

/**
 * Said above the actions when an update resolves: readers no longer see them (nor the e-mail or SMS), and a bank's
 * all-clear dropped "We never ask for your PIN" while scam texts went on (`clearline update --resolve` says the same), and a water
 * company's "run the cold tap for 2 minutes" when the water came back (the fake-message example alone did not bring it to mind).
 */
/** Resolving: the button that writes an action that still holds into "What we know" (keep-action.ts), and once it is there. */
const KEEP = {
  en: { keep: (known: string, n: number) => `Write action ${n} in “${known}”`, kept: (known: string, n: number) => `Action ${n} is in “${known}”` },
  nl: { keep: (known: string, n: number) => `Zet actie ${n} bij “${known}”`, kept: (known: string, n: number) => `Actie ${n} staat bij “${known}”` },
} as const;

const RESOLVE_ACTIONS = {
  en: (known: string) => `Resolved: readers no longer see these actions. Does one still hold, such as a warning about fake messages or calls, or what to do now it works again (restart a device, run the tap until the water is clear)? Write it first in “${known}”: the SMS keeps only the first sentence.`,
  nl: (known: string) => `Opgelost: lezers zien deze acties niet meer. Geldt er een nog, zoals een waarschuwing voor nepberichten of -telefoontjes, of wat mensen doen nu het weer werkt (een apparaat opnieuw opstarten, de kraan laten lopen tot het water helder is)? Schrijf die dan als eerste bij “${known}”: de sms houdt alleen de eerste zin.`,
} as const;

/** Resolving: a button that writes action `i` into "What we know" in every language, or, once it is there, a line that says so. */
function keepButton(ctx: FormContext, i: number): TemplateResult {
  const w = KEEP[uiLanguage(ctx.ui)];
  const action = ctx.draft.actions[i]!;
  if (actionKept(ctx.draft.known, action)) return html`<span class="hint" data-kept=${i}>${w.kept(ctx.t.known, i + 1)}</span>`;
  return html`<button type="button" class="quiet" data-keep=${i} @click=${() => ctx.change((d) => (d.known = withActionKept(d.known, d.actions[i]!)))}>${w.keep(ctx.t.known, i + 1)}</button>`;
}

/** The folded section's summary (fold.ts): how many actions readers see. */
const COUNT = {
  en: (n: number) => (n === 0 ? 'none' : n === 1 ? '1 action' : `${n} actions`),
  nl: (n: number) => (n === 0 ? 'geen' : n === 1 ? '1 actie' : `${n} acties`),
} as const;

/**
 * In an update, the summary also says which actions readers still see, each by its first words: folded, the morning's
 * "Kom vandaag niet naar de balie" stayed live after the counter reopened unless the desk thought to open the section.
 */
const STILL = { en: 'readers still see', nl: 'lezers zien nog' } as const;
const firstWords = (text: string) => (text.length <= 40 ? text : `${text.slice(0, 40).replace(/\s+\S*$/, '')}…`);

function summary(ctx: FormContext, first: string): string {
  const { draft } = ctx;
  const count = COUNT[uiLanguage(ctx.ui)](draft.actions.length);
  const labels = draft.actions.map((a) => firstWords((a.label[first] ?? Object.values(a.label).find(Boolean) ?? '').trim())).filter(Boolean);
  return draft.mode === 'update' && labels.length ? `${count} ${STILL[uiLanguage(ctx.ui)]}: ${labels.map((l) => `“${l}”`).join(', ')}` : count;
}

/**
 * The actions: open for a new incident (the template's need reading), folded in an update (fold.ts), where they seldom
 * change; open again when an update resolves with actions, which readers will no longer see.
 */
export function renderActions(ctx: FormContext): TemplateResult {
  const { t, draft, langs } = ctx;
  const first = langs.find((l) => l === ctx.ui.split('-')[0]) ?? langs[0] ?? '';
  const group = findingsFor(ctx, 'actions');
  const w = MOVE[uiLanguage(ctx.ui)];
  const byDefault = draft.mode === 'new' || (draft.phase === 'resolved' && draft.actions.length > 0);
  const resolving = draft.mode === 'update' && draft.phase === 'resolved';
  return fold(ctx, 'actions', t.actions, summary(ctx, first), byDefault, html`<fieldset class="actions">
    <legend>${t.actions}</legend>
    ${draft.mode === 'update' && draft.phase === 'resolved' && draft.actions.length ? html`<p class="hint" data-note="resolve-actions">${RESOLVE_ACTIONS[uiLanguage(ctx.ui)](t.known)}</p>` : nothing}
    ${group.view}
    ${draft.actions.map(
      (a, i) => html`<div class="item" data-field=${`actions/${i}`}>
        <div class="langs">
          ${langs.map((l) => textField(ctx, l ? `actions/${i}/label/${l}` : `actions/${i}/label`, fieldLabel(ctx, `${t.actionLabel} ${i + 1}`, l), a.label[l] ?? '', (v) => ctx.change((d) => (d.actions[i]!.label = { ...d.actions[i]!.label, [l]: v })), 'grow'))}
        </div>
        <div class="langs">
          ${langs.map((l) => textField(ctx, l ? `actions/${i}/who/${l}` : `actions/${i}/who`, fieldLabel(ctx, `${t.actionWho} (${t.actionLabel.toLowerCase()} ${i + 1})`, l), a.who[l] ?? '', (v) => ctx.change((d) => (d.actions[i]!.who = { ...d.actions[i]!.who, [l]: v })), 'grow', draft.whoHint[l] ?? ''))}
        </div>
        ${linkField(ctx, `actions/${i}/href`, `${t.channelLink} — ${t.actionLabel} ${i + 1}`, a.href, (v) => ctx.change((d) => (d.actions[i]!.href = v)))}
        <div class="row">
          <label class="check"><input type="checkbox" .checked=${a.urgent} @change=${(e: Event) => ctx.change((d) => (d.actions[i]!.urgent = (e.target as HTMLInputElement).checked))} /> ${t.actNow}</label>
          ${i > 0 ? html`<button type="button" class="quiet" data-move=${`up-${i}`} aria-label=${w.name('up', i + 1)} @click=${(e: Event) => move(ctx, e, i, 'up')}>${w.up}</button>` : nothing}
          ${i < draft.actions.length - 1 ? html`<button type="button" class="quiet" data-move=${`down-${i}`} aria-label=${w.name('down', i + 1)} @click=${(e: Event) => move(ctx, e, i, 'down')}>${w.down}</button>` : nothing}
          <button type="button" class="quiet" @click=${(e: Event) => (ctx.change((d) => d.actions.splice(i, 1)), focusAfterRemoving(e, 'actions', i))}>${`${t.removeAction} ${i + 1}`}</button>
          ${resolving ? keepButton(ctx, i) : nothing}
        </div>
      </div>`,
    )}
    ${draft.suggestions.length
      ? html`<div class="suggestions">
          <p class="hint">${t.suggestions}</p>
          <ul>
            ${draft.suggestions.map((s, i) => {
              const label = s.label[first] ?? '';
              // The focus goes to the action added, to check its words and fill in who it is for.
              const add = (e: Event, urgent: boolean) => (ctx.change((d) => (d.actions.splice(placeFor(draft, urgent), 0, actionFrom(s, langs, urgent)), d.suggestions.splice(i, 1))), focusAdded(e, 'actions', placeFor(draft, urgent)));
              return html`<li>
                <span>${label}${s.urgent ? html` <em class="advice">(${ADVICE[uiLanguage(ctx.ui)]})</em>` : nothing}</span>
                ${suggestionButtons(label, s.urgent === true, uiLanguage(ctx.ui), add)}
              </li>`;
            })}
          </ul>
        </div>`
      : nothing}
    <button type="button" class="quiet" data-add="actions" @click=${(e: Event) => (ctx.change((d) => d.actions.push(actionFrom(undefined, langs))), focusAdded(e, 'actions', draft.actions.length))}>${t.addAction}</button>
    <button type="button" class="quiet" data-add="actions-now" @click=${(e: Event) => (ctx.change((d) => d.actions.splice(placeFor(draft, true), 0, actionFrom(undefined, langs, true))), focusAdded(e, 'actions', placeFor(draft, true)))}>${`${t.addAction} (${t.actNow.toLowerCase()})`}</button>
  </fieldset>`);
}
