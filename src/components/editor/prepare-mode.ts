/**
 * The editor for the organisation's prepared texts (`prepare`; `clearline studio prepared.json --prepare`): the usual
 * incident form, saved as it is into the file of prepared texts, never signed or published. Before, prepared texts could only
 * be written with `new incident --feed prepared.json` and `update`, so a comms officer needed an engineer on a quiet day.
 * The checks are lint's, as they hold for prepared texts (lint/prepared.ts: a [[TODO: …]] is named, not refused); the
 * studio's server checks the same before it writes (cli/studio-prepare.ts).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FeedDraft } from '../../feed/update.js';
import type { Finding } from '../../lint/index.js';
import { placeOf } from '../../lint/place.js';
import { uiLanguage } from '../../i18n/lang.js';
import { PROBLEM_TERMS } from './problem-terms.js';
import { PREPARE_TERMS } from './prepare-terms.js';
import { newDraft } from './start-choice.js';
import { focusAfterRemovedText, keepingFocus } from './prepare-focus.js';
export { preparedFindings } from '../../lint/prepared.js';
export { tryPrepared } from './prepared-draft.js';

export interface PrepareSaverOptions {
  saveUrl: string;
  /** The version of the file as opened: a save is refused when it changed since (someone else saved, or a command ran). */
  version?: string;
  lang: string;
  /** The file is written: the page has it open from now on. */
  onSaved(feed: FeedDraft, version?: string): void;
}

/**
 * New prepared text: the template's draft, with the template's name as its id (`water`, `water-2`), which `new incident
 * --prepared prepared.json --like water` takes; a feed's new incident gets the minute in it (`water-2026-12-07-0303`).
 */
export function newPrepared(...a: Parameters<typeof newDraft>): ReturnType<typeof newDraft> {
  const d = newDraft(...a);
  const base = d.template ?? 'text';
  let id = base;
  for (let n = 2; a[2].incidents.some((i) => i.id === id); n++) id = `${base}-${n}`;
  return { ...d, id };
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/** Save prepared text: POST {feed, version} to the studio, which checks and writes the file; what happened, in words. */
export class PrepareSaver implements ReactiveController {
  phase: 'idle' | 'working' | 'saved' | 'error' = 'idle';
  message = '';
  file = '';
  folder?: string;
  /** The title of the prepared text the last save removed. */
  removed?: string;

  constructor(
    private readonly host: Host,
    private readonly options: () => PrepareSaverOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new form: what the last save did is no longer said. */
  reset(): void {
    this.removed = undefined;
    this.set('idle');
  }

  /**
   * Removes a prepared text from the file, once the desk confirms: an obsolete text (a closed location, an old number) could
   * otherwise only be taken out by an engineer. The form closes (editor.ts rebased) and the outcome is said under the list.
   */
  async remove(feed: FeedDraft, id: string, title: string): Promise<void> {
    if (!window.confirm(PREPARE_TERMS[uiLanguage(this.options().lang)].removeQuestion(title))) return;
    await this.save({ feed: { ...feed, incidents: feed.incidents.filter((i) => i.id !== id) } }, []);
    if (this.phase === 'saved') this.removed = title;
    this.host.requestUpdate();
    if (this.phase === 'saved') await focusAfterRemovedText(this.host, feed.incidents.findIndex((i) => i.id === id));
  }

  private set(phase: PrepareSaver['phase'], message = ''): void {
    [this.phase, this.message] = [phase, message];
    this.host.requestUpdate();
  }

  /** Saves the feed the form makes; with a problem to fix first, the focus goes to its field and nothing is sent. */
  async save(b: { feed: FeedDraft; error?: string }, errors: readonly Finding[]): Promise<void> {
    if (b.error || errors.length) {
      this.set('idle');
      await this.host.updateComplete;
      return void (this.host.renderRoot.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
    }
    this.removed = undefined;
    await keepingFocus(this.host, () => this.send(b.feed));
  }

  /** POSTs the file and says what happened (`phase`); the buttons are disabled meanwhile. */
  private async send(feed: FeedDraft): Promise<void> {
    const o = this.options();
    const said = PROBLEM_TERMS[uiLanguage(o.lang)];
    this.set('working');
    try {
      const body = JSON.stringify({ feed: JSON.stringify(feed, null, 2) + '\n', version: o.version });
      const res = await fetch(o.saveUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).catch(() => {
        throw new Error(said.studioGone(globalThis.location?.port ?? ''));
      });
      const json = (await res.json().catch(() => ({}))) as { message?: unknown; files?: unknown; folder?: unknown; version?: unknown };
      if (!res.ok) throw new Error(typeof json.message === 'string' ? json.message : said.studioFailed(res.status));
      this.file = Array.isArray(json.files) ? String(json.files[0] ?? '') : '';
      this.folder = typeof json.folder === 'string' ? json.folder : undefined;
      o.onSaved(feed, typeof json.version === 'string' ? json.version : undefined);
      this.set('saved');
    } catch (e) {
      this.set('error', (e as Error).message);
    }
  }
}

/** Under the page's heading ("Prepared texts: nothing here is published"): what this page is for, and what saving does. */
export function renderPrepareBanner(ui: string): TemplateResult {
  return html`<p class="hint prepare-hint">${PREPARE_TERMS[uiLanguage(ui)].bannerHint}</p>`;
}

export interface PrepareSaveContext {
  ui: 'en' | 'nl';
  errors: Finding[];
  warnings: Finding[];
  elsewhere: Finding[];
  incidents: readonly { id: string; title?: unknown }[];
  attempted: boolean;
  buildError?: string;
  saver: PrepareSaver;
  onSave(): void;
  /** A text already in the file: Remove this prepared text. */
  onRemove?: () => void;
}

const list = (ctx: PrepareSaveContext, findings: Finding[]) =>
  html`<ul class="findings">
    ${findings.map((f) => html`<li class=${f.severity} data-rule=${f.rule}>${placeOf(f.path, ctx.ui, ctx.incidents)}: ${f.message}. ${f.fix}</li>`)}
  </ul>`;

/** Where the sign panel is otherwise: the problems to fix first, the placeholders left open (fine), Save, and what happened. */
export function renderPrepareSave(ctx: PrepareSaveContext): TemplateResult {
  const t = PREPARE_TERMS[ctx.ui];
  const s = ctx.saver;
  // This text's placeholders, counted (they are at their fields); the other texts' are theirs to fill in when used.
  const open = ctx.warnings.filter((f) => f.rule === 'placeholder' && !ctx.elsewhere.includes(f)).length;
  const notes = ctx.elsewhere.filter((f) => f.severity !== 'error' && f.rule !== 'placeholder');
  return html`<section class="sign prepare">
    ${ctx.attempted && ctx.errors.length
      ? html`<div class="blocked" role="alert">
          <p>${t.blocked(ctx.errors.length)}</p>
          ${list(ctx, ctx.errors)}
        </div>`
      : nothing}
    ${ctx.buildError ? html`<p class="problem" role="alert">${t.notSaved(ctx.buildError)}</p>` : nothing}
    ${open ? html`<p class="hint placeholders">${t.placeholders(open)}</p>` : nothing}
    ${notes.length ? html`<div class="notes">${list(ctx, notes)}</div>` : nothing}
    <div class="row buttons">
      <button type="button" class="sign-button primary save-prepared" ?disabled=${s.phase === 'working'} @click=${ctx.onSave}>${t.save}</button>
      ${ctx.onRemove ? html`<button type="button" class="quiet remove-prepared" ?disabled=${s.phase === 'working'} @click=${ctx.onRemove}>${t.remove}</button>` : nothing}
    </div>
    ${renderPrepareOutcome(ctx.ui, s)}
  </section>`;
}

/** What the last save did: in the save panel, and under the list once a removal closed the form. */
export function renderPrepareOutcome(ui: string, s: PrepareSaver): TemplateResult | typeof nothing {
  const t = PREPARE_TERMS[uiLanguage(ui)];
  if (s.phase === 'idle') return nothing;
  const said = s.phase === 'working' ? t.working : s.phase === 'error' ? t.notSaved(s.message) : s.removed ? t.removed(s.removed, s.file) : t.saved(s.file, s.folder);
  return html`<div class="outcome" role="status"><p>${said}</p></div>`;
}
