/** The incident form: each language side by side, lint findings under the field they are about. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Finding } from '../../lint/index.js';
import { isPlaceholderOnly, PHASES, SEVERITIES, type Draft, type LangText } from './draft.js';
import type { NextTime } from './next-time.js';
import type { EditorTerms } from './terms.js';
import { TERMS } from '../../i18n/terms.js';
import { pickText, termsFor, uiLanguage } from '../../i18n/lang.js';
import { SEVERITY_CHANGED } from './severity-hint.js';
import { renderCorrection } from './correction.js';
import { renderHistoryFull } from './history-full.js';
import { WEEKDAY_SAID } from '../../feed/day-words.js';
import { TYPED_SAID } from '../../feed/spoken-times.js';
import { PASSED_SAID, SKIPPED_SAID, type PassedFacts } from '../../feed/passed.js';
import { startField, startsField } from './start-fields.js';
import { affectsDropped, affectsHint, templateOfId } from './locale.js';
import { channelLink, deskLink, dialledExample } from '../../feed/channel-edit.js';
import { callingCodeForZone } from '../../feed/dialling.js';
import type { FeedDraft } from '../../feed/update.js';
import { templateForReasons } from '../../templates/index.js';
import { focusAfter } from './focus.js';
import { RESOLVE_TITLE, RESOLVE_UNKNOWN, resolveAffects } from './resolve-hints.js';
import { NOTICE_NEXT_HINT } from './notice-hint.js';
import { PREPARED_PHASES } from './prepared-draft.js';
import { dailyQuick, renderDailyBox } from './daily-box.js';

export interface FormContext {
  t: EditorTerms;
  ui: string;
  langs: string[];
  draft: Draft;
  findings: Map<string, Finding[]>;
  zone: string;
  now: number;
  nextInput: string;
  nextResult?: NextTime;
  change(mutate: (d: Draft) => void): void;
  setNextInput(input: string): void;
  setNextAt(iso: string): void;
  describeTime(iso: string): string;
  /** Errors show once a field was left or Sign was pressed; suggestions show at once. */
  shown(key: string): boolean;
  touch(key: string): void;
  /** The link field typed in since it was last left, and to say it is: its notes show once it is left (linkField). */
  typing?: string;
  type?(key: string): void;
  /** The feed as open: its contact reasons tell its sector (templates/sector.ts). */
  feed?: Pick<FeedDraft, 'contact_reasons' | 'incidents'>;
  /** Sections the desk opened or closed (fold.ts), by name. */
  folds?: Readonly<Record<string, boolean>>;
  setFold?(name: string, open: boolean): void;
  /** A prepared text (prepare-mode.ts): no correction, history, start, next update or all-clear; a copy sets those afresh. */
  prepare?: boolean;
}

export const fieldId = (key: string) => `f-${key.replace(/[^A-Za-z0-9-]/g, '-')}`;

/** The language's own name in the UI language ("Dutch", "Nederlands"). */
export function languageName(lang: string, ui: string): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** "What we know — English" when several languages are edited, else "What we know". */
export function fieldLabel(ctx: FormContext, base: string, lang: string): string {
  return ctx.langs.length > 1 && lang ? `${base} — ${languageName(lang, ctx.ui)}` : base;
}

/** An incident's title in the desk's language, trimmed: '' when it has none (the form's heading then falls back to the published one). */
export const incidentTitle = (feed: FeedDraft, id: string | undefined, ui: string): string => pickText(feed.incidents.find((i) => i.id === id)?.title ?? '', ui).trim();

/** The findings for a field, as a list the field points to with aria-describedby. */
export function findingsFor(ctx: FormContext, key: string): { ids: string; invalid: boolean; view: TemplateResult | typeof nothing } {
  const list = ctx.typing === key ? [] : (ctx.findings.get(key) ?? []).filter((f) => f.severity === 'warning' || ctx.shown(key));
  if (!list.length) return { ids: '', invalid: false, view: nothing };
  const id = `${fieldId(key)}-findings`;
  return {
    ids: id,
    invalid: list.some((f) => f.severity === 'error'),
    view: html`<ul class="findings" id=${id}>
      ${list.map((f) => html`<li class=${f.severity} data-rule=${f.rule}><strong>${f.severity === 'error' ? ctx.t.error : ctx.t.fix}:</strong> ${f.message}. ${f.fix}</li>`)}
    </ul>`,
  };
}

/**
 * Select the whole value when it is only template guidance, so typing replaces it: on focus (Tab)
 * and on click, since a click into the field puts the caret where it lands, undoing the selection.
 */
const selectPlaceholder = (e: Event) => {
  const el = e.target as HTMLInputElement | HTMLTextAreaElement;
  if (isPlaceholderOnly(el.value)) el.select();
  // A press into a field whose guidance is already selected (focused by "New incident") drops the selection after the click.
  if (e.type === 'mouseup' && isPlaceholderOnly(el.value)) e.preventDefault();
};

/** Fields typed in since their value was last committed (textField). */
const typed = new WeakSet<EventTarget>();

/**
 * A labelled text field with its findings; `commit` runs when the value is committed (leaving the field), e.g. to tidy a link. `multiline`: a
 * textarea; `'grow'`: one line of text that wraps and grows (an action's 200 characters showed only their start), Enter adds no line.
 * `group`: the findings about the field's part as a whole (an empty "what we know"), listed after its languages: the field points to them too.
 */
export function textField(ctx: FormContext, key: string, label: string, value: string, set: (v: string, e: Event) => void, multiline: boolean | 'grow' = false, hint = '', commit?: (v: string, e: Event) => void, group?: { ids: string; invalid: boolean }): TemplateResult {
  const id = fieldId(key);
  const own = findingsFor(ctx, key);
  const f = { ...own, invalid: own.invalid || !!group?.invalid };
  const hintId = hint ? `${id}-hint` : '';
  const described = [hintId, f.ids, group?.ids].filter(Boolean).join(' ') || nothing;
  // Committed once per edit, on `change` or else on leaving: the browser fires no `change` when the field ends as it began
  // (a digit deleted and typed again), and what was typed stayed in the feed as typed ("0345 300 0000" refused as no link).
  const onInput = (e: Event) => {
    typed.add(e.target!);
    // A link's notes wait while it is typed: "058 2" is no number yet (reward early, say it late).
    if (commit) ctx.type?.(key);
    set((e.target as HTMLInputElement).value, e);
  };
  const onChange = (e: Event) => {
    typed.delete(e.target!);
    commit?.((e.target as HTMLInputElement).value, e);
  };
  const onBlur = (e: Event) => {
    if (typed.has(e.target!)) onChange(e);
    ctx.touch(key);
  };
  return html`<div class="field" data-field=${key}>
    <label for=${id}>${label}</label>
    ${hint ? html`<span class="hint" id=${hintId}>${hint}</span>` : nothing}
    ${multiline
      ? html`<textarea id=${id} rows=${multiline === 'grow' ? 2 : 4} class=${multiline === 'grow' ? 'grow' : nothing} .value=${value} aria-invalid=${f.invalid ? 'true' : 'false'} aria-describedby=${described} @input=${onInput} @focus=${selectPlaceholder} @mouseup=${selectPlaceholder} @click=${selectPlaceholder} @keydown=${(e: KeyboardEvent) => multiline === 'grow' && e.key === 'Enter' && e.preventDefault()} @blur=${() => ctx.touch(key)}></textarea>`
      : html`<input id=${id} type="text" .value=${value} aria-invalid=${f.invalid ? 'true' : 'false'} aria-describedby=${described} @input=${onInput} @change=${onChange} @focus=${selectPlaceholder} @mouseup=${selectPlaceholder} @click=${selectPlaceholder} @blur=${onBlur} />`}
    ${f.view}
  </div>`;
}

const LINK_HINT = {
  en: (eg: string) => `A phone number as you dial it (e.g. ${eg}), an e-mail address or a web address`,
  nl: (eg: string) => `Een telefoonnummer zoals u het belt (bijv. ${eg}), een e-mailadres of een webadres`,
} as const;

/**
 * A channel's or action's link as the desk knows it: `020 7946 0000` or `help@example.com`, never
 * `tel:+442079460000` or `mailto:` (feed/channel-edit.ts deskLink); what is typed becomes the
 * feed's link when the field is left (channelLink, as `clearline new channel --link` does).
 */
export function linkField(ctx: FormContext, key: string, label: string, href: string, set: (href: string, e: Event) => void): TemplateResult {
  const code = callingCodeForZone(ctx.zone);
  const hint = LINK_HINT[uiLanguage(ctx.ui)](dialledExample(code));
  return textField(ctx, key, label, deskLink(href, code), set, false, hint, (v, e) => set(channelLink(v, code), e));
}

/** One field per language, side by side. */
export function langFields(ctx: FormContext, part: 'title' | 'known' | 'unknown', label: string, multiline: boolean): TemplateResult {
  const text: LangText = ctx.draft[part];
  // A finding on the part as a whole ("what we know" left empty) shows once one of its fields was left, as a field's own does.
  const group = findingsFor({ ...ctx, shown: (k) => ctx.shown(k) || ctx.langs.some((l) => ctx.shown(l ? `${part}/${l}` : part)) }, part);
  // With one language left empty, only its field is marked: the English "unknown" empty marked the filled Dutch one too, and
  // Sign put the focus there (trial R).
  const anyEmpty = ctx.langs.some((l) => !text[l]?.trim());
  const resolving = ctx.draft.mode === 'update' && ctx.draft.phase === 'resolved';
  const hint = (l: string) =>
    !resolving ? '' : part === 'unknown' ? RESOLVE_UNKNOWN[uiLanguage(ctx.ui)] : part === 'title' && text[l]?.trim() ? RESOLVE_TITLE[uiLanguage(ctx.ui)](termsFor(l).phase.resolved, text[l]!.trim(), ctx.zone) : '';
  return html`<div class="langs">
    ${ctx.langs.map((l) => textField(ctx, l ? `${part}/${l}` : part, fieldLabel(ctx, label, l), text[l] ?? '', (v) => ctx.change((d) => (d[part] = { ...d[part], [l]: v })), multiline, hint(l), undefined, l ? { ...group, invalid: group.invalid && (!anyEmpty || !text[l]?.trim()) } : undefined))}
    ${group.view}
  </div>`;
}

/** A sentence of feed/passed.ts as the studio shows it, with a capital. */
const upper = (said: string) => said.charAt(0).toUpperCase() + said.slice(1);

/**
 * A passed time whose next occurrence is more than 4 hours away: lint refuses that promise (next-update-too-far), so it is
 * not offered (a storm desk typing 07.00 at 08:05 took "morgen om 7:00" and could not sign). Said as `clearline update
 * --next-update` says it (feed/passed.ts PASSED_SAID), with its "did you mean 15:00?" for a 3:00 typed in the afternoon,
 * which the studio also offers as a button; the studio had its own sentence without that guess.
 */
function passedFar(ctx: FormContext, facts: PassedFacts): TemplateResult {
  const lang = uiLanguage(ctx.ui);
  const evening = facts.evening;
  return html`<p class="problem" id="f-next-problem">${upper(PASSED_SAID[lang](facts))}.
    ${evening ? html`<button type="button" @click=${(e: Event) => (ctx.setNextInput(evening), focusAfter(e, '#f-next'))}>${ctx.t.useSuggestion(evening)}</button>` : nothing}</p>`;
}

function nextField(ctx: FormContext): TemplateResult {
  const { t } = ctx;
  const r = ctx.nextResult;
  const f = findingsFor(ctx, 'next');
  const problem =
    r && !r.ok
      ? r.reason === 'passed' && r.facts.far
        ? passedFar(ctx, r.facts)
        : r.reason === 'passed'
        ? html`<p class="problem" id="f-next-problem">${t.passed(r.clock, ctx.describeTime(r.suggestion))}
            <button type="button" @click=${(e: Event) => (ctx.setNextAt(r.suggestion), focusAfter(e, '#f-next'))}>${t.useSuggestion(ctx.describeTime(r.suggestion))}</button></p>`
        : r.reason === 'skipped'
        ? html`<p class="problem" id="f-next-problem">${upper(SKIPPED_SAID[uiLanguage(ctx.ui)](r.facts))}.</p>`
        : r.reason === 'weekday'
        ? html`<p class="problem" id="f-next-problem">${upper(WEEKDAY_SAID[uiLanguage(ctx.ui)](r.facts))}.</p>`
        : r.reason === 'typed'
        ? html`<p class="problem" id="f-next-problem">${upper(TYPED_SAID[uiLanguage(ctx.ui)](r.facts))}.</p>`
        : html`<p class="problem" id="f-next-problem">${t.unreadable(r.input, ctx.zone, ctx.now)}</p>`
      : nothing;
  const described = ['f-next-hint', problem !== nothing ? 'f-next-problem' : '', f.ids].filter(Boolean).join(' ');
  // "+1 uur" in Dutch: the hint above says "+1u", and "h" is not how a Dutch desk writes an hour.
  const quick = [
    ['+15 min', 15],
    ['+30 min', 30],
    [uiLanguage(ctx.ui) === 'nl' ? '+1 uur' : '+1 h', 60],
  ] as const;
  return html`<div class="field next" data-field="next">
    <label for="f-next">${t.nextUpdate}</label>
    <span class="hint" id="f-next-hint">${t.nextUpdateHint(ctx.zone)}${ctx.draft.severity === 'info' && ctx.draft.phase !== 'resolved' ? ` ${NOTICE_NEXT_HINT[uiLanguage(ctx.ui)]}` : ''}</span>
    <div class="row">
      <input id="f-next" type="text" inputmode="text" autocomplete="off" .value=${ctx.nextInput} aria-invalid=${problem !== nothing || f.invalid ? 'true' : 'false'} aria-describedby=${described} @change=${(e: Event) => ctx.setNextInput((e.target as HTMLInputElement).value)} @blur=${() => ctx.touch('next')} />
      <span role="group" aria-label=${t.nextUpdate} class="quick">
        ${quick.map(([label, min]) => html`<button type="button" @click=${() => ctx.setNextInput(`+${min}m`)}>${label}</button>`)} ${dailyQuick(ctx)}
      </span>
    </div>
    ${renderDailyBox(ctx)}
    ${ctx.draft.next && (!r || r.ok) ? html`<p class="chosen" role="status">${t.nextChosen(ctx.describeTime(ctx.draft.next))}</p>` : nothing}
    ${problem} ${r && !r.ok ? nothing : f.view}
  </div>`;
}


function selectField<T extends string>(id: string, label: string, value: T, options: readonly T[], names: Record<T, string>, set: (v: T) => void, disabled = false, hint = ''): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} ?disabled=${disabled} aria-describedby=${hint ? `${id}-hint` : nothing} @change=${(e: Event) => set((e.target as HTMLSelectElement).value as T)}>
      ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${names[o]}</option>`)}
    </select>
    ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
  </div>`;
}

export function renderIncidentForm(ctx: FormContext): TemplateResult {
  const { t, draft } = ctx;
  const terms = TERMS[uiLanguage(ctx.ui)];
  // An update: the template its id names (locale.ts templateOfId); else, or for Other disruption, the one the feed's contact
  // reasons came from, so a bank's update of its card outage no longer hints "e.g. Amsterdam, Utrecht" (templates/sector.ts).
  const own = draft.template ?? templateOfId(draft.id);
  const hinted = own && own !== 'generic' ? own : (templateForReasons(ctx.feed?.contact_reasons) ?? own);
  // The published incident's severity, which an update changes (severity-hint.ts).
  const p = ctx.prepare === true;
  const was = draft.mode === 'update' && !p ? ctx.feed?.incidents.find((i) => i.id === draft.id)?.severity : undefined;
  const timed = p ? nothing : html`${startField(ctx, findingsFor(ctx, 'started_at'))} ${startsField(ctx, findingsFor(ctx, 'starts_at'))} ${nextField(ctx)}`;
  return html`${p ? nothing : html`${renderCorrection(ctx)} ${renderHistoryFull(ctx)}`} ${langFields(ctx, 'title', t.title, false)} ${langFields(ctx, 'known', t.known, true)} ${langFields(ctx, 'unknown', t.unknown, true)} ${timed}
    <div class="row selects">
      ${selectField('f-phase', t.phase, p && draft.phase !== 'identified' ? 'investigating' : draft.phase, p ? PREPARED_PHASES : PHASES, terms.phase, (v) => ctx.change((d) => (d.phase = v)), draft.correct === true)}
      ${selectField('f-severity', t.severity, draft.severity, SEVERITIES, terms.severity, (v) => ctx.change((d) => (d.severity = v)), false, was && was !== draft.severity ? SEVERITY_CHANGED[uiLanguage(ctx.ui)](terms.severity[was], terms.severity[draft.severity]) : '')}
    </div>
    <div class="langs">
      ${ctx.langs.map((l) => textField(ctx, l ? `affects/${l}` : 'affects', fieldLabel(ctx, t.affects, l), draft.affects[l] ?? '', (v) => ctx.change((d) => (d.affects = { ...d.affects, [l]: v })), false, (l === ctx.langs[0] && (affectsDropped(ctx.ui, draft.mode === 'update' && draft.phase !== 'resolved', ctx.feed?.incidents.find((i) => i.id === draft.id)?.affects, draft.affects) || resolveAffects(uiLanguage(ctx.ui), draft.mode === 'update' && draft.phase === 'resolved', draft.affects))) || affectsHint(ctx.ui, ctx.zone, t.affectsHint, hinted, l)))}
    </div>`;
}
