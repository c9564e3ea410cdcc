import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isOverdue, openIncidents } from '../../feed/incidents.js';
import type { Channel, StatusPayload } from '../../feed/schema.js';
import type { FeedDraft } from '../../feed/update.js';
import { lintDocument, type Finding } from '../../lint/index.js';
import { formatDateTime, formatRelative, pickText, uiLanguage } from '../../i18n/lang.js';
import { TEMPLATE_NAMES, type TemplateName } from '../../templates/index.js';
import { emit } from '../shared/events.js';
import { themeStyles } from '../shared/theme.styles.js';
import { buildFeed, draftFromIncident, draftFromTemplate, feedLanguages, fieldOf, type Draft } from './draft.js';
import { editorStyles } from './editor.styles.js';
import { renderIncidentForm, type FormContext } from './form.js';
import { EditorSession } from './session.js';
import { renderActions, renderChannels } from './lists.js';
import { parseNextTime, type NextTime } from './next-time.js';
import { previewPayload, renderPreview } from './preview.js';
import { renderSignPanel } from './sign-panel.js';
import { EDITOR_TERMS } from './terms.js';

export interface ClearlineSignedDetail {
  envelope: import('../../feed/envelope.js').GeneralJws;
  payload: StatusPayload;
}
export interface ClearlinePublishedDetail {
  url: string;
  seq: number;
}

/**
 * An editor for service-desk staff: open incidents with their promised next update, a new
 * incident from a template or an update on an open one, each language side by side, lint findings
 * next to their field, a live preview with the real reader elements, and signing in the page with
 * a non-extractable WebCrypto key (the private key is never sent, shown or stored as text).
 *
 * @summary Writes, checks, signs and publishes a status update without touching JSON.
 *
 * @event clearline-signed - A feed was signed. `detail: {envelope, payload}`.
 * @event clearline-published - The signed feed was published and is live. `detail: {url, seq}`.
 *
 * @csspart base - The outer wrapper.
 * @csspart preview - The frame around the preview elements.
 *
 * @cssprop --clearline-surface - Background of the form.
 * @cssprop --clearline-text - Text colour.
 * @cssprop --clearline-border - Border colour.
 * @cssprop --clearline-focus - Focus outline colour.
 * @cssprop --clearline-font - Font family.
 */
@customElement('clearline-editor')
export class ClearlineEditor extends LitElement {
  static override styles = [themeStyles, editorStyles];

  /** URL of the editable, unsigned feed.json (the studio serves it). */
  @property({ attribute: 'feed-src' }) feedSrc = '';
  /** URL of the public signed feed: opened (verified with `public-key`) when there is no `feed-src`, and checked after publishing. */
  @property() src = '';
  /** Pinned public key(s) of the site: the signed feed is verified with them and a key that is not among them is flagged. */
  @property({ attribute: 'public-key' }) publicKey = '';
  /** Where the studio signs with its own --key; without it the key is chosen in the page. */
  @property({ attribute: 'sign-url' }) signUrl = '';
  /** Where the studio saves feed.json and feed.jws.json and runs --publish-cmd. */
  @property({ attribute: 'save-url' }) saveUrl = '';
  /** Optional HTTP PUT target for the signed feed (S3 presigned URL, WebDAV, Azure SAS). */
  @property({ attribute: 'publish-url' }) publishUrl = '';
  /** Extra headers for the PUT, e.g. `{"x-ms-blob-type": "BlockBlob"}`. */
  @property({ attribute: false }) publishHeaders: Record<string, string> = {};
  /** A feed to edit, given directly (CMS pages, stories). */
  @property({ attribute: false }) feed?: FeedDraft;
  /** Content languages, comma-separated (default: the feed's, else nl,en). */
  @property() languages = '';
  /** How long a signature stays valid, e.g. `1h` (the CLI's default). */
  @property() valid = '1h';
  /** UI language (en or nl); defaults to the nearest ancestor's `lang`. */
  @property() override lang = '';
  /** `light` or `dark`; follows `prefers-color-scheme` when absent. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private draft?: Draft;
  @state() private template: TemplateName = TEMPLATE_NAMES[0];
  @state() private nextInput = '';
  @state() private nextResult?: NextTime;
  @state() private previewLang = '';
  @state() private previewWidth: 'phone' | 'desktop' = 'phone';
  @state() private attempted = false;
  @state() private touched = new Set<string>();
  @state() private now = Date.now();

  protected readonly session = new EditorSession(this, () => ({ feedSrc: this.feedSrc, src: this.src, publicKey: this.publicKey, feed: this.feed, signUrl: this.signUrl, saveUrl: this.saveUrl, publishUrl: this.publishUrl, publishHeaders: this.publishHeaders, valid: this.valid }));
  private clock?: ReturnType<typeof setInterval>;

  get ui(): string {
    return uiLanguage(this.lang || this.closest('[lang]')?.getAttribute('lang') || 'en');
  }
  private get t() {
    return EDITOR_TERMS[uiLanguage(this.ui)];
  }
  private get langs(): string[] {
    const given = this.languages.split(',').map((s) => s.trim()).filter(Boolean);
    return given.length ? given : feedLanguages(this.session.base);
  }
  private get zone(): string {
    return this.session.base.time_zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.clock = setInterval(() => (this.now = Date.now()), 15_000);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['feedSrc', 'src', 'publicKey', 'feed'].some((p) => changed.has(p as keyof ClearlineEditor))) void this.session.open();
  }

  /** Re-reads the clock (tests and long-open pages); the countdowns and preview follow it. */
  tick(): void {
    this.now = Date.now();
  }

  private get built(): FeedDraft {
    return this.draft ? buildFeed(this.session.base, this.draft, this.langs, this.session.channels, this.now) : { ...this.session.base, channels: this.session.channels };
  }

  private lint(feed: FeedDraft): { byField: Map<string, Finding[]>; errors: Finding[]; warnings: Finding[]; elsewhere: Finding[] } {
    const findings = lintDocument(feed, { now: this.now, timeZone: this.zone });
    const index = this.draft ? feed.incidents.findIndex((i) => i.id === this.draft!.id) : -1;
    const byField = new Map<string, Finding[]>();
    const elsewhere: Finding[] = [];
    for (const f of findings) {
      const key = fieldOf(f.path, index);
      if (key) byField.set(key, [...(byField.get(key) ?? []), f]);
      else elsewhere.push(f);
    }
    return { byField, errors: findings.filter((f) => f.severity === 'error'), warnings: findings.filter((f) => f.severity === 'warning'), elsewhere };
  }

  private describeTime = (iso: string): string => {
    const ms = Date.parse(iso);
    const day = Math.round((Date.UTC(...ymd(ms, this.zone)) - Date.UTC(...ymd(this.now, this.zone))) / 86_400_000);
    const clock = new Intl.DateTimeFormat(this.ui, { hour: '2-digit', minute: '2-digit', timeZone: this.zone }).format(ms);
    const rel = new Intl.RelativeTimeFormat(this.ui, { numeric: 'auto' }).format(day, 'day');
    return day === 0 ? `${clock} (${formatRelative(ms, this.ui, this.now)})` : `${rel} ${this.ui === 'nl' ? 'om' : 'at'} ${clock}`;
  };

  private startNew(): void {
    this.draft = draftFromTemplate(this.template, this.session.base, this.langs, this.now);
    this.afterStart();
  }

  private startUpdate(id: string): void {
    const inc = this.session.base.incidents.find((i) => i.id === id);
    if (!inc) return;
    this.draft = draftFromIncident(inc, this.langs);
    this.afterStart();
  }

  private afterStart(): void {
    this.nextInput = '';
    this.nextResult = undefined;
    this.attempted = false;
    this.touched = new Set();
    this.session.publish.reset();
    this.previewLang ||= this.langs.find((l) => l === this.ui) ?? this.langs[0] ?? '';
    void this.updateComplete.then(() => (this.renderRoot.querySelector('#f-title-' + (this.langs[0] || '').replace(/[^A-Za-z0-9-]/g, '-')) as HTMLElement | null)?.focus());
  }

  private setNextInput(input: string): void {
    this.now = Date.now();
    this.nextResult = parseNextTime(input, this.now, this.zone);
    if (this.nextResult.ok) this.setNextAt(this.nextResult.iso);
    else {
      this.nextInput = input;
      this.change((d) => (d.next = null));
    }
  }

  private setNextAt(iso: string): void {
    this.nextResult = { ok: true, iso };
    this.nextInput = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: this.zone }).format(Date.parse(iso));
    if (Date.parse(iso) - this.now > 20 * 3_600_000 || ymd(Date.parse(iso), this.zone)[2] !== ymd(this.now, this.zone)[2]) this.nextInput = iso;
    this.change((d) => (d.next = iso));
  }

  private change(mutate: (d: Draft) => void): void {
    if (!this.draft) return;
    const d = structuredClone(this.draft);
    mutate(d);
    this.draft = d;
    if (this.session.publish.signed) this.session.publish.reset();
  }

  private async sign(): Promise<void> {
    this.now = Date.now();
    this.attempted = true;
    const feed = this.built;
    const { errors } = this.lint(feed);
    if (errors.length) {
      await this.updateComplete;
      (this.renderRoot.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
      return;
    }
    const signed = await this.session.sign(feed);
    if (signed) emit<ClearlineSignedDetail>(this, 'clearline-signed', { envelope: signed.envelope, payload: signed.payload });
  }

  private async publishNow(): Promise<void> {
    const p = this.session.publish;
    await p.publish(this.session.opened, this.ui);
    if (p.phase === 'live' && p.signed) emit<ClearlinePublishedDetail>(this, 'clearline-published', { url: this.src, seq: p.liveSeq ?? p.signed.payload.seq });
  }

  private renderIncidents() {
    const t = this.t;
    const open = openIncidents({ ...this.session.base, seq: 0, issued_at: '', expires_at: '' } as StatusPayload);
    return html`<section class="incidents" aria-labelledby="open-heading">
      <h3 id="open-heading">${t.openIncidents}</h3>
      ${open.length
        ? html`<ul>
            ${open.map((inc) => {
              const next = inc.next_update_at ? Date.parse(inc.next_update_at) : NaN;
              const late = isOverdue(inc, this.now);
              const when = Number.isNaN(next) ? '' : (late ? t.late : t.nextIn)(formatDateTime(next, this.ui, this.now), formatRelative(next, this.ui, this.now));
              return html`<li class=${late ? 'late' : ''}>
                <span class="title" id=${`inc-${inc.id}`}>${pickText(inc.title, this.ui)}</span>
                <span class=${late ? 'when late' : 'when'}>${when}</span>
                <button type="button" aria-describedby=${`inc-${inc.id}`} @click=${() => this.startUpdate(inc.id)}>${t.postUpdate}</button>
              </li>`;
            })}
          </ul>`
        : html`<p>${t.noOpenIncidents}</p>`}
      <div class="row new">
        <div class="field">
          <label for="f-template">${t.template}</label>
          <select id="f-template" @change=${(e: Event) => (this.template = (e.target as HTMLSelectElement).value as TemplateName)}>
            ${TEMPLATE_NAMES.map((n) => html`<option value=${n} ?selected=${n === this.template}>${t.templates[n] ?? n}</option>`)}
          </select>
        </div>
        <button type="button" @click=${() => this.startNew()}>${t.newIncident}</button>
      </div>
    </section>`;
  }

  protected override render() {
    const t = this.t;
    const s = this.session;
    if (s.loadError) return html`<div class="root" part="base"><p class="problem" role="alert">${s.loadError}</p></div>`;
    const feed = this.built;
    const lint = this.lint(feed);
    const d = this.draft;
    const ctx: FormContext & { channels: Channel[]; changeChannels(m: (c: Channel[]) => void): void } = {
      t,
      ui: this.ui,
      langs: this.langs,
      draft: d!,
      findings: lint.byField,
      zone: this.zone,
      now: this.now,
      nextInput: this.nextInput,
      nextResult: this.nextResult,
      change: (m) => this.change(m),
      setNextInput: (i) => this.setNextInput(i),
      setNextAt: (iso) => this.setNextAt(iso),
      describeTime: this.describeTime,
      shown: (k) => this.attempted || this.touched.has(k),
      touch: (k) => !this.touched.has(k) && (this.touched = new Set([...this.touched, k])),
      channels: s.channels,
      changeChannels: (m) => s.changeChannels(m),
    };
    return html`<div class="root" part="base" lang=${this.ui}>
      <h2>${t.heading}</h2>
      ${s.expiresSoon(this.now) ? html`<p class="problem">${t.expiresSoon(this.describeTime(s.expiresSoon(this.now)!))}</p>` : nothing}
      ${this.renderIncidents()}
      ${d
        ? html`<div class="workspace">
            <form class="form" aria-labelledby="form-heading" @submit=${(e: Event) => e.preventDefault()}>
              <h3 id="form-heading">${d.mode === 'new' ? t.editingNew : t.editingUpdate(pickText(feed.incidents.find((i) => i.id === d.id)?.title ?? '', this.ui))}</h3>
              ${renderIncidentForm(ctx)} ${renderActions(ctx)} ${renderChannels(ctx)}
              ${renderSignPanel({
                t,
                key: s.key,
                keyError: s.keyError,
                keyNotPinned: s.keyNotPinned,
                remembered: s.remembered,
                serverKey: !!this.signUrl,
                canSave: !!this.saveUrl,
                canPut: !!this.publishUrl,
                errors: this.attempted ? lint.errors : [],
                warnings: lint.warnings.length,
                elsewhere: lint.elsewhere,
                attempted: this.attempted,
                publish: s.publish,
                describeTime: this.describeTime,
                clock: (ms) => new Intl.DateTimeFormat(this.ui, { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: this.zone }).format(ms),
                onKeyFile: (e) => void s.keyFromInput(e.target as HTMLInputElement),
                onRemember: (e) => void s.remember((e.target as HTMLInputElement).checked),
                onForget: () => void s.forget(),
                onSign: () => void this.sign(),
                onDownload: () => s.download(),
                onPublish: () => void this.publishNow(),
                onApplyOnTop: () => s.applyOnTop(),
              })}
            </form>
            ${renderPreview({ t, ui: this.ui, langs: this.langs, lang: this.previewLang, width: this.previewWidth, theme: this.theme, setLang: (l) => (this.previewLang = l), setWidth: (w) => (this.previewWidth = w) }, previewPayload(feed, this.now))}
          </div>`
        : nothing}
    </div>`;
  }
}

function ymd(ms: number, zone: string): [number, number, number] {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms).split('-').map(Number);
  return [p[0]!, p[1]! - 1, p[2]!];
}

declare global {
  interface HTMLElementTagNameMap {
    'clearline-editor': ClearlineEditor;
  }
  interface GlobalEventHandlersEventMap {
    'clearline-signed': CustomEvent<ClearlineSignedDetail>;
    'clearline-published': CustomEvent<ClearlinePublishedDetail>;
  }
}
