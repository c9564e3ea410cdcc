import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FeedDraft } from '../../feed/update.js';
import { lintDocument } from '../../lint/index.js';
import { setReaderZone, uiLanguage } from '../../i18n/lang.js';
import { emit } from '../shared/events.js';
import { themeStyles } from '../shared/theme.styles.js';
import { draftFromIncident, draftFromTemplate, type Draft } from './draft.js';
import { continueDraft, onTopOf, tryBuild, withLinksLeft } from './continue.js';
import { editorStyles } from './editor.styles.js';
import { incidentTitle, renderIncidentForm } from './form.js';
import { EditorSession } from './session.js';
import { renderSections } from './sections.js';
import type { ChannelContext } from './channels.js';
import { FaqSource, reasonParts, type ReasonContext } from './reasons.js';
import { formLanguages, renderFeedIdentity, type IdentityChange, type IdentityContext } from './feed-identity.js';
import { placeFindings, type PlacedFindings } from './findings.js';
import { LeaveGuard } from './leave-guard.js';
import { EditKeeper } from './edit-keeper.js';
import { Ticker } from './ticker.js';
import { renderKept } from './kept-view.js';
import { hasUnsavedEdit } from './unsaved.js';
import { followOrder, orderAfter } from './touched.js';
import { DISCARD_QUESTION, onStart } from './discard.js';
import { focusPublish, signedQuestion, signedUnpublished } from './publish-next.js';
import { renderIncidentList } from './incident-list.js';
import { listChoice, newDraft, PreparedSource, preparedOptions } from './start-choice.js';
import { clockFormat, describeTime, editorZone, expiryLine, parseNextTime, typedWhen, type NextTime } from './next-time.js';
import { exampleNextUpdate, previewParts, renderPreview, type PreviewContext, type PreviewParts } from './preview.js';
import { PreviewPace } from './preview-pace.js';
import type { SmsParts } from './sms-parts.js';
import { focusAfter, renderLoadProblem, renderSignedDamaged, renderSignPanel, SIGN_BUTTON } from './sign-panel.js';
import { EDITOR_TERMS } from './terms.js';
import { newPrepared, PrepareSaver, preparedFindings, renderPrepareBanner, renderPrepareOutcome, renderPrepareSave, tryPrepared } from './prepare-mode.js';
import { PREPARE_TERMS } from './prepare-terms.js';
import type { ClearlinePublishedDetail, ClearlineSignedDetail } from './events.js';
export type { ClearlineSignedDetail, ClearlinePublishedDetail };

/**
 * An editor for service-desk staff: open incidents with their promised next update, a new
 * incident from a template or from the organisation's own prepared texts (`prepared-src`, offered first in the
 * template list), or an update on an open one, each language side by side, lint findings
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
 * @cssprop --clearline-surface - Background of the form's sections and its fields.
 * @cssprop --clearline-background - Background around the sections and behind the preview (defaults to the section background).
 * @cssprop --clearline-subtle - Soft fill behind the message previews (SMS, e-mail) and the signed result.
 * @cssprop --clearline-text - Main text colour; keep 4.5:1 contrast against the backgrounds.
 * @cssprop --clearline-muted - Hints under fields, times, and the outline of the text fields and drop-downs (keep 3:1 contrast: it shows where to type).
 * @cssprop --clearline-border - Thin lines: the edges of the sections and the dashed frame around the preview.
 * @cssprop --clearline-link - Buttons (outline and text; the fill of the main button, such as "Sign") and links.
 * @cssprop --clearline-focus - The ring around a field or button reached with the keyboard.
 * @cssprop --clearline-color-critical - Findings that block signing, the edge of a field in error, and of a conflict with another change.
 * @cssprop --clearline-color-minor - Warnings among the findings, and the edge of notes.
 * @cssprop --clearline-font - Font family; by default the page's own font.
 * @cssprop --clearline-radius - Corner rounding of the sections and the preview frame (default 8px; fields and buttons keep 6px).
 * @cssprop --clearline-space - Padding around the form (default 1rem).
 */
@customElement('clearline-editor')
export class ClearlineEditor extends LitElement {
  static override styles = [themeStyles, editorStyles];
  /** URL of the editable, unsigned feed.json (the studio serves it). */
  @property({ attribute: 'feed-src' }) feedSrc = '';
  /** URL of the FAQ document (JSON; `clearline studio --faq` serves it): each contact reason gets a tick per answer, and lint checks the linked ones. */ @property({ attribute: 'faq-src' }) faqSrc = '';
  /** URL of the public signed feed: opened (verified with `public-key`) when there is no `feed-src`, and checked after publishing. */
  @property() src = '';
  /** Pinned public key(s) of the site: the signed feed is verified with them and a key that is not among them is flagged. */
  @property({ attribute: 'public-key' }) publicKey = '';
  /** Where the studio signs with its own --key; without it the key is chosen in the page. */
  @property({ attribute: 'sign-url' }) signUrl = '';
  /** Where the studio saves feed.json and feed.jws.json and runs --publish-cmd. */
  @property({ attribute: 'save-url' }) saveUrl = '';
  /** What Publish does with `save-url`, as `clearline studio` says it: `command` (saves and runs --publish-cmd) or `save` (only saves the signed file); the page's words after Sign and Publish say so. */ @property({ attribute: 'publish-mode' }) publishMode = '';
  /** Optional HTTP PUT target for the signed feed (S3 presigned URL, WebDAV, Azure SAS). */
  @property({ attribute: 'publish-url' }) publishUrl = '';
  /** Extra headers for the PUT, e.g. `{"x-ms-blob-type": "BlockBlob"}`. */
  @property({ attribute: false }) publishHeaders: Record<string, string> = {};
  /** A feed to edit, given directly (CMS pages, stories). */
  @property({ attribute: false }) feed?: FeedDraft;
  /** Content languages, comma-separated (default: the feed's, else from its time zone: en on a British, Irish, North American or Australasian clock, else nl,en). */
  @property() languages = '';
  /** How long a signature stays valid, e.g. `1h` (the CLI's default). */
  @property() valid = '1h';
  /** UI language (en or nl); defaults to the nearest ancestor's `lang`. */
  @property() override lang = '';
  /** `light` or `dark`; follows `prefers-color-scheme` when absent. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private draft?: Draft;
  /** The template New incident starts on, as `clearline new incident --template` names it (`water`, `warmtenet`, …); without it, or unknown, the one the feed's contact reasons came from, else Other disruption (`generic`). */ @property() template = '';
  /** URL of the organisation's own prepared texts (a feed file of them; `clearline studio --prepared` serves it): New incident offers them first, each by its title, and copies the one chosen as `clearline new incident --prepared` does. */ @property({ attribute: 'prepared-src' }) preparedSrc = '';
  /** The template or prepared text chosen in the list (start-choice.ts). */ @state() private chosen?: string;
  /** The feed is the organisation's file of prepared texts (`clearline studio --prepare`): the page says nothing is published, and Save prepared text sends it to `save-url` as it is, `[[TODO: …]]` allowed; no key, Sign or Publish. */ @property({ type: Boolean }) prepare = false;
  @state() private nextInput = '';
  @state() private nextResult?: NextTime;
  @state() private previewLang = '';
  @state() private previewWidth: 'phone' | 'desktop' = 'phone';
  /** The SMS preview in one or two parts (sms-parts.ts): kept for every form while the page is open. */ @state() private smsParts: SmsParts = 1;
  @state() private attempted = false;
  /** Re-signing the published feed unchanged (heartbeat), without an incident open in the form. */ @state() private heartbeat = false;
  @state() private touched = new Set<string>();
  /** The link field being typed in: its notes wait until it is left (form.ts linkField). */ @state() private typing = '';
  /** Folded sections the desk opened or closed (fold.ts); a new form starts from their defaults. */ @state() private folds: Record<string, boolean> = {};
  @state() private now = Date.now();
  /** The draft exactly as just saved: its feed is the saved one (not built again, e.g. not resolved a second time). */ private pristine?: Draft;
  /** The draft as started or last saved: leaving the page asks first while the form differs from it (leave-guard.ts). */ private savedDraft?: Draft;

  protected readonly session = new EditorSession(this, () => ({ feedSrc: this.feedSrc, src: this.src, publicKey: this.publicKey, feed: this.feed, signUrl: this.signUrl, saveUrl: this.saveUrl, publishUrl: this.publishUrl, publishHeaders: this.publishHeaders, valid: this.valid, lang: this.ui, onRebase: this.rebased }));
  protected readonly faq = new FaqSource(this, () => this.faqSrc);
  protected readonly prepared = new PreparedSource(this, () => this.preparedSrc);
  protected readonly saver = new PrepareSaver(this, () => ({ saveUrl: this.saveUrl, version: this.session.version, lang: this.ui, onSaved: (feed, version) => this.session.saved({ feed, version, payload: feed as never, commandFailed: true }) }));
  protected readonly leaveGuard = new LeaveGuard(this, () => hasUnsavedEdit({ draft: this.draft, savedDraft: this.savedDraft, base: this.session.base, channels: this.session.channels, opened: this.session.opened }) || signedUnpublished(this.session.publish.phase));
  /** The form in the tab's storage while unsaved, offered back after a reload (edit-keeper.ts). */ protected readonly keeper = new EditKeeper(this, () => ({ source: this.feedSrc || this.src, draft: this.draft, saved: this.savedDraft, next: this.nextInput, version: this.session.version }));
  /** The preview's clock is the feed zone's (preview.ts); once the editor leaves, other elements on the page keep their reader's. */ protected readonly clock = new Ticker(this, 15_000, () => (this.now = Date.now()), () => setReaderZone());
  /** The preview (its exporters and reader elements) is made again when typing pauses, not per keystroke (preview-pace.ts). */ protected readonly pace = new PreviewPace<PreviewParts>(this);
  /** Also waits for the preview to show the latest text. */ protected override async getUpdateComplete(): Promise<boolean> { const done = await super.getUpdateComplete(); return this.pace.pending ? (await this.pace.settled(), super.getUpdateComplete()) : done; }

  get ui(): string { return uiLanguage(this.lang || this.closest('[lang]')?.getAttribute('lang') || 'en'); }
  private get t() { return EDITOR_TERMS[uiLanguage(this.ui)]; }
  private get langs(): string[] { return formLanguages(this.languages, this.session); }
  private get zone(): string { return editorZone(this.session.base.time_zone); }

  protected override willUpdate(changed: PropertyValues<this>): void { if (['feedSrc', 'src', 'publicKey', 'feed'].some((p) => changed.has(p as keyof ClearlineEditor))) void this.session.open(); }

  /** Re-reads the clock (tests and long-open pages); the countdowns and preview follow it. */ tick(): void { this.now = Date.now(); }
  /** The fields the desk has left follow their item when a list is reordered or shortened (touched.ts). */ private follow(list: string, order: number[]): void { this.touched = followOrder(this.touched, list, order); }

  /** After a save or Apply my edit on top, the form continues on the feed now open (continue.ts). */ private rebased = (feed: FeedDraft, saved: boolean, opened?: FeedDraft) => {
    // A prepared text just removed (prepare-mode.ts): the form closes.
    this.draft = this.draft && !(this.prepare && saved && !feed.incidents.some((i) => i.id === this.draft!.id)) ? continueDraft(opened ? onTopOf(this.draft, opened, feed, this.langs) : this.draft, feed, saved) : undefined;
    this.pristine = saved ? this.draft : undefined;
    if (saved) this.savedDraft = this.draft;
  };

  /** The feed the form makes, or the open feed and why the edit cannot be made into one. */
  private get building(): { feed: FeedDraft; error?: string } {
    const s = this.session;
    const b = this.draft && this.draft !== this.pristine ? (this.prepare ? tryPrepared : tryBuild)(s.base, this.draft, this.langs, s.channels, this.now, this.t.incidentGone) : { feed: { ...s.base, channels: s.channels } };
    return withLinksLeft(b, this.zone);
  }

  private lint(feed: FeedDraft): PlacedFindings & { incidents: FeedDraft['incidents'] } {
    const incident = this.draft ? feed.incidents.findIndex((i) => i.id === this.draft!.id) : -1;
    const found = lintDocument(feed, { now: this.now, timeZone: this.zone, lang: this.ui, audience: 'desk', faq: this.faq.doc, previous: this.session.opened });
    return { ...placeFindings(this.prepare ? preparedFindings(found, this.ui) : found, { incident, identity: this.session.isNew, draft: this.draft, langs: this.langs, nextTyped: this.nextResult?.ok === false ? this.nextInput : undefined, ui: uiLanguage(this.ui) }), incidents: feed.incidents };
  }
  private describeTime = (iso: string): string => describeTime(Date.parse(iso), this.now, this.zone, this.ui);

  /** A new form: New incident, or Post update on `update`; not when that would throw away unpublished text (discard.ts). */
  private start(update?: string): void {
    const inc = update === undefined ? undefined : this.session.base.incidents.find((i) => i.id === update);
    const what = update !== undefined && !inc ? 'keep' : onStart(this.draft, this.savedDraft, { update }, signedUnpublished(this.session.publish.phase));
    if (what === 'keep' || (what !== 'replace' && !window.confirm(what === 'ask' ? DISCARD_QUESTION[uiLanguage(this.ui)] : signedQuestion(uiLanguage(this.ui), this.saveUrl ? this.publishMode : '')))) return;
    const d = inc ? draftFromIncident(inc, this.langs, Date.now()) : (this.prepare ? newPrepared : newDraft)(this.chosen, this.template, this.session.base, this.prepared.texts, this.langs, this.now);
    this.openForm(d, d);
  }

  /** Continues the edit kept from before a reload, as it was, on the feed open now (continue.ts); asks first if the form holds another. */
  private resume(i: number): void {
    if (onStart(this.draft, this.savedDraft, {}) === 'ask' && !window.confirm(DISCARD_QUESTION[uiLanguage(this.ui)])) return;
    const k = this.keeper.take(i);
    if (!k) return;
    this.openForm(continueDraft(k.draft, this.session.base), k.saved);
    if (k.draft.next) this.setNextAt(k.draft.next);
    else if (k.next) this.setNextInput(k.next);
  }

  private openForm(draft: Draft, saved: Draft | undefined): void {
    [this.draft, this.savedDraft, this.nextInput, this.nextResult, this.attempted, this.touched, this.folds] = [draft, saved, '', undefined, false, new Set(), {}];
    this.session.publish.reset(), this.saver.reset();
    this.previewLang ||= this.langs.find((l) => l === this.ui) ?? this.langs[0] ?? '';
    void this.updateComplete.then(() => (this.renderRoot.querySelector('#f-title-' + (this.langs[0] || '').replace(/[^A-Za-z0-9-]/g, '-')) as HTMLElement | null)?.focus());
  }
  /** A new feed's identity; other languages chosen start an untouched new incident again in them (the template's guidance per language). */
  private changeIdentity(c: IdentityChange): void {
    this.session.changeIdentity(c);
    const d = this.draft;
    if (c.languages && d?.mode === 'new' && d.template && d === this.savedDraft) this.draft = this.savedDraft = draftFromTemplate(d.template, this.session.base, this.langs, this.now);
  }
  private setNextInput(input: string): void {
    this.now = Date.now();
    this.nextResult = parseNextTime(input, this.now, this.zone, this.draft?.daily === true);
    if (this.nextResult.ok) return this.setNextAt(this.nextResult.iso);
    this.nextInput = input;
    this.change((d) => (d.next = null));
  }

  private setNextAt(iso: string): void {
    this.nextResult = { ok: true, iso };
    this.nextInput = typedWhen(iso, this.now, this.zone, uiLanguage(this.ui));
    this.change((d) => (d.next = iso));
  }
  private change(mutate: (d: Draft) => void): void {
    if (!this.draft) return;
    const d = structuredClone(this.draft);
    this.follow('actions', orderAfter(() => d.actions, () => mutate(d)));
    this.draft = d;
    if (this.session.publish.signed) this.session.publish.reset();
  }

  private async sign(fresh = false): Promise<void> {
    this.now = Date.now();
    this.attempted = true;
    const { feed, error } = this.building;
    if (error) return;
    const { errors } = this.lint(feed);
    if (errors.length) {
      await this.updateComplete;
      (this.renderRoot.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
      return;
    }
    const signed = await this.session.sign(feed, fresh);
    if (signed) emit<ClearlineSignedDetail>(this, 'clearline-signed', { envelope: signed.envelope, payload: signed.payload }), void focusPublish(this);
  }

  private async publishNow(): Promise<void> {
    const p = this.session.publish;
    await p.publish(this.session.opened, this.ui);
    if (p.phase === 'live' && p.signed) emit<ClearlinePublishedDetail>(this, 'clearline-published', { url: this.src, seq: p.liveSeq ?? p.signed.payload.seq });
  }
  private renderSign(lint: ReturnType<ClearlineEditor['lint']>, buildError?: string) {
    const t = this.t;
    const s = this.session;
    return renderSignPanel({
      t, key: s.key, keyError: s.keyError, keyProblem: s.keyProblem, keyNotPinned: s.keyNotPinned, remembered: s.remembered, serverKey: !!this.signUrl, canSave: !!this.saveUrl, canPut: !!this.publishUrl, publishMode: this.publishMode,
      errors: this.attempted ? lint.errors : [], warnings: lint.warnings, elsewhere: lint.elsewhere, incidents: lint.incidents, ui: uiLanguage(this.ui), attempted: this.attempted, buildError, publish: s.publish, describeTime: this.describeTime,
      clock: (ms) => clockFormat(this.ui, this.zone, { second: '2-digit' }).format(ms),
      onKeyFile: (e) => void s.keyFromInput(e.target as HTMLInputElement),
      onRemember: (e) => void s.remember((e.target as HTMLInputElement).checked),
      onForget: () => void s.forget(),
      onSign: (fresh) => void this.sign(fresh),
      onDownload: () => s.download(),
      onPublish: () => void this.publishNow(),
      onApplyOnTop: () => s.applyOnTop(), onConfirm: (m) => this.change((d) => (d.confirmed = [...(d.confirmed ?? []), m])),
    });
  }

  protected override render() {
    const t = this.t;
    const s = this.session;
    if (s.loadError) return renderLoadProblem(s.loadError);
    const { feed, error } = this.building;
    const lint = this.lint(feed);
    const d = this.draft;
    const example = exampleNextUpdate(feed, this.now);
    const pv: PreviewContext = { t, ui: this.ui, zone: this.zone, langs: this.langs, lang: this.langs.includes(this.previewLang) ? this.previewLang : (this.langs.find((l) => l === this.ui) ?? this.langs[0] ?? ''), width: this.previewWidth, theme: this.theme, example: example && this.describeTime(example), incident: d?.id, now: this.now, connected: this.isConnected, setLang: (l) => (this.previewLang = l), setWidth: (w) => (this.previewWidth = w), smsParts: this.smsParts, setSmsParts: (p) => (this.smsParts = p) };
    const parts = d && this.pace.take(JSON.stringify([feed, this.now]), JSON.stringify([pv.ui, pv.zone, pv.langs, pv.lang, pv.width, pv.theme, pv.incident, pv.smsParts, pv.connected]), () => previewParts(feed, pv));
    const ctx: ChannelContext & IdentityContext & ReasonContext = {
      t, ui: this.ui, langs: this.langs, draft: d!, findings: lint.byField, zone: this.zone, now: this.now,
      nextInput: this.nextInput, nextResult: this.nextResult,
      change: (m) => this.change(m), setNextInput: (i) => this.setNextInput(i), setNextAt: (iso) => this.setNextAt(iso),
      describeTime: this.describeTime,
      shown: (k) => this.attempted || this.touched.has(k),
      touch: (k) => ((this.typing = ''), !this.touched.has(k) && (this.touched = new Set([...this.touched, k]))), typing: this.typing, type: (k) => (this.typing = k),
      folds: this.folds, setFold: (n, o) => (this.folds = { ...this.folds, [n]: o }),
      channels: s.channels,
      changeChannels: (m) => this.follow('channels', s.changeChannels(m)),
      removeChannel: (i) => this.follow('channels', s.removeChannelAt(i)),
      published: s.opened.channels.map((c) => c.id),
      ...reasonParts(s, d, this.faq.answers),
      changeReasons: (m) => this.follow('contact_reasons', s.changeReasons(m)),
      feed: s.base,
      changeIdentity: (c) => this.changeIdentity(c), prepare: this.prepare,
    };
    return html`<div class="root" part="base" lang=${this.ui} @input=${this.pace.typing} @change=${() => this.pace.flush()} @focusout=${() => this.pace.flush()} @click=${() => this.pace.flush()}>
      <h2>${this.prepare ? PREPARE_TERMS[uiLanguage(this.ui)].banner : t.heading}</h2>${this.prepare ? renderPrepareBanner(this.ui) : nothing}${renderKept(s.loaded ? this.keeper.offers : undefined, { ui: uiLanguage(this.ui), zone: this.zone, now: this.now, version: s.version, publishedTitle: (id) => incidentTitle(s.base, id, this.ui), onResume: (i) => this.resume(i), onDiscard: (i) => this.keeper.discard(i) })}${s.signedDamaged ? renderSignedDamaged(s.signedDamaged, uiLanguage(this.ui), d || this.heartbeat || s.expiresSoon(this.now) ? undefined : { label: t.resign, resign: (e: Event) => ((this.heartbeat = true), s.publish.reset(), focusAfter(e, SIGN_BUTTON)) }) : nothing}
      ${s.expiresSoon(this.now)
        ? html`<p class="problem">${expiryLine(t.expiresSoon, Date.parse(s.expiresSoon(this.now)!), this.now, this.zone, this.ui)}
            ${d || this.heartbeat ? nothing : html`<button type="button" @click=${(e: Event) => ((this.heartbeat = true), s.publish.reset(), focusAfter(e, SIGN_BUTTON))}>${t.resign}</button>`}</p>`
        : nothing}
      ${s.isNew && !this.prepare ? renderFeedIdentity(ctx) : nothing}
      ${renderIncidentList({ t, ui: this.ui, now: this.now, zone: this.zone, feed: s.base, ...listChoice(this.chosen, this.template, s.base, this.prepared.texts), prepared: preparedOptions(this.prepared.texts, this.ui), setTemplate: (n) => (this.chosen = n), startNew: () => this.start(), startUpdate: (id) => this.start(id), prepare: this.prepare })}
      ${d
        ? html`<div class="workspace">
            <form class="form" aria-labelledby="form-heading" @submit=${(e: Event) => e.preventDefault()}>
              <h3 id="form-heading">${this.prepare ? PREPARE_TERMS[uiLanguage(this.ui)].heading(d.mode === 'new', incidentTitle(s.base, d.id, this.ui)) : d.mode === 'new' ? t.editingNew : t.editingUpdate(incidentTitle(feed, d.id, this.ui) || incidentTitle(s.base, d.id, this.ui))}</h3>
              ${renderIncidentForm(ctx)} ${renderSections(ctx, s.isNew, this.prepare)}
              ${this.prepare ? renderPrepareSave({ ui: uiLanguage(this.ui), ...lint, attempted: this.attempted, buildError: error, saver: this.saver, onSave: () => ((this.attempted = true), void this.saver.save(this.building, this.lint(this.building.feed).errors)), onRemove: d.mode === 'update' ? () => void this.saver.remove({ ...s.base, channels: s.channels }, d.id, incidentTitle(s.base, d.id, this.ui)) : undefined }) : this.renderSign(lint, error)}
            </form>
            ${renderPreview({ ...pv, busy: this.pace.pending }, parts!)}
          </div>`
        : this.heartbeat ? this.renderSign(lint, error) : this.prepare ? renderPrepareOutcome(this.ui, this.saver) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clearline-editor': ClearlineEditor;
  }
}
