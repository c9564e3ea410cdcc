import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { formatTel, safeHref, siteHref } from '../../content/links.js';
import { markdown, markdownReady } from '../../content/markdown-lazy.js';
import { groupChannels } from '../../feed/channels.js';
import { isExpired, openIncidents } from '../../feed/incidents.js';
import type { Channel, FaqEntry, Incident, StatusPayload } from '../../feed/schema.js';
import { sharedSource } from '../../feed/source.js';
import { FAQ_TERMS, searchExamplesFor, searchHint, type FaqTerms } from '../../i18n/faq-terms.js';
import { formatDate, formatTime, pickText, uiLanguage } from '../../i18n/lang.js';
// Types only: the engine itself is loaded with import() on first focus or query.
import type { FaqIndex, Range, SearchOutcome, Snippet } from '../../search/index.js';
import { reportContext, track } from '../shared/report.js';
import { FeedController, type FeedConfig } from '../shared/feed-controller.js';
import { FeedElement } from '../shared/feed-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { faqStyles } from './faq.styles.js';

export interface ClearlineSearchDetail {
  query: string;
  /** Entry ids in rank order. */
  results: string[];
}

export interface ClearlineNoAnswerDetail {
  query: string;
}

/** Quiet time after the last keystroke before `clearline-search` / `clearline-no-answer` fire. */
export const SEARCH_SETTLE_MS = 600;
const BROWSE_PAGE = 50;
const RESULT_PAGE = 10;

type SearchModule = typeof import('../../search/index.js');
let engineModule: Promise<SearchModule> | undefined;
const loadEngine = () => (engineModule ??= import('../../search/index.js'));

/**
 * A searchable FAQ from a signed FAQ document: search as you type (typos, missing accents, Dutch
 * and English), answers in place, deep links, entries about a current disruption first, and a
 * plain "no answer" with the contact channels when nothing fits.
 *
 * @summary Searchable, signed FAQ with incident awareness and a no-answer path.
 *
 * @event clearline-load - A verified FAQ document was accepted. `detail: {feedId, seq, issuedAt}`.
 * @event clearline-error - Loading or verifying failed. `detail: {code, message}`; earlier verified entries stay.
 * @event clearline-search - The reader paused typing. `detail: {query, results}` with entry ids in rank order. Nothing is sent anywhere by clearline.
 * @event clearline-no-answer - The reader paused typing and nothing confidently answers the query. `detail: {query}`.
 *
 * @csspart base - The outer wrapper.
 * @csspart search - The label, hint and search field.
 * @csspart input - The search field.
 * @csspart count - The line announcing the number of results.
 * @csspart notice - The "last confirmed at" or error notice.
 * @csspart last-checked - The quiet "last checked <date>" note on an FAQ document past its expiry (still shown: an FAQ is reference content).
 * @csspart disruption - The group of entries about a current disruption.
 * @csspart results - The list of results or entries.
 * @csspart result - One search result, in rank order.
 * @csspart entry - One entry while browsing (no query).
 * @csspart question - The button that opens an answer.
 * @csspart snippet - A short excerpt of the answer under a result.
 * @csspart answer - An opened answer.
 * @csspart copy-link - The button that copies the link to an answer.
 * @csspart no-answer - The "no answer found" box with contact channels.
 *
 * @cssprop --clearline-mark - Background of highlighted words.
 * @cssprop --clearline-surface - Background of cards.
 * @cssprop --clearline-text - Text colour.
 * @cssprop --clearline-muted - Secondary text colour.
 * @cssprop --clearline-border - Border colour.
 * @cssprop --clearline-link - Link colour.
 * @cssprop --clearline-focus - Focus ring colour.
 * @cssprop --clearline-font - Font family; inherits the page's font by default.
 * @cssprop --clearline-radius - Corner radius.
 * @cssprop --clearline-space - Base spacing.
 */
@customElement('clearline-faq')
export class ClearlineFaq extends FeedElement<'faq'> {
  static override styles = [themeStyles, faqStyles];

  /**
   * URL of the signed status feed, checked with the same `public-key`, for incident awareness and
   * contact channels. Without it, a `<clearline-status>` on the page with the same `public-key` is used.
   */
  @property({ attribute: 'status-src' }) statusSrc = '';

  /** Where to reach a person when no answer is found and the status feed has no channels. */
  @property({ attribute: 'contact-href' }) contactHref = '';

  /**
   * Example searches for the hint under the search field, comma-separated (e.g. "storing, meterstand").
   * Without it, the FAQ document's `search_examples` for the reader's language; with neither, a neutral hint.
   */
  @property({ attribute: 'search-examples' }) searchExamples = '';

  /** Heading level of the section headings (1-6); questions are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Trusted entries given directly (apps, stories); no fetch, no signature. Takes precedence over `src`. */
  @property({ attribute: false }) entries?: FaqEntry[];

  protected override feedConfig(): FeedConfig {
    return this.entries ? {} : super.feedConfig();
  }

  @state() private query = '';
  @state() private outcome?: SearchOutcome;
  @state() private open = new Set<string>();
  @state() private shown = BROWSE_PAGE;
  @state() private copied?: { id: string; text: string };
  @state() private statusPayload?: StatusPayload;

  protected readonly feed = new FeedController(this, 'faq');
  private engine?: SearchModule;
  private index?: FaqIndex;
  private indexKey?: [FaqEntry[], string];
  /** The index being built (in slices, so a large FAQ never blocks the page), and for what. */
  private building?: { key: [FaqEntry[], string]; abort: AbortController };
  private byId?: [FaqEntry[], Map<string, FaqEntry>];
  private settleTimer?: ReturnType<typeof setTimeout>;
  private settledQuery = '';
  private statusKey = '';
  private unsubscribeStatus?: () => void;
  private deepLinkDone = false;
  private readonly onHashChange = () => this.openFromHash();

  override connectedCallback(): void {
    super.connectedCallback();
    if (!markdown()) void markdownReady.then(() => this.requestUpdate());
    window.addEventListener('hashchange', this.onHashChange);
    this.connectStatus();
    // A <clearline-status> may be defined or added after this element.
    if (!this.statusSrc) void customElements.whenDefined('clearline-status').then(() => this.connectStatus());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.settleTimer);
    this.unsubscribeStatus?.();
    this.unsubscribeStatus = undefined;
    this.statusKey = '';
  }

  /** The entries shown: the `entries` property, else the verified document's. */
  get currentEntries(): FaqEntry[] {
    return this.entries ?? this.feed.view.payload?.entries ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('statusSrc') || changed.has('publicKey')) this.connectStatus();
    // New entries or language: rebuild the index (if the engine is in use) and search again.
    const stale = this.indexKey?.[0] !== this.currentEntries || this.indexKey[1] !== this.language;
    if (this.engine && this.query && stale) this.runSearch();
  }

  /** Also waits for the Markdown renderer while an answer is open, so the answer is really there. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.open.size || markdown()) return done;
    await markdownReady;
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    if (!this.deepLinkDone && this.currentEntries.length) {
      this.deepLinkDone = true;
      this.openFromHash();
    }
  }

  // ---- status feed (incident awareness, contact channels) ----

  private statusOptions(): { url: string; keys: string; feedId?: string } | undefined {
    // Any element showing the status feed (status, banner, badge) has the options to share its request.
    const statuses = [...document.querySelectorAll('clearline-status, clearline-banner, clearline-badge, clearline-help')];
    if (this.statusSrc) {
      // Use exactly the options of a matching <clearline-status>, so both share one request.
      const twin = statuses.find((s) => s.getAttribute('src') === this.statusSrc);
      const keys = twin?.getAttribute('public-key') || this.publicKey;
      return keys ? { url: this.statusSrc, keys, feedId: (twin?.getAttribute('feed-id') || undefined) } : undefined;
    }
    const twin = statuses.find((s) => s.getAttribute('src') && this.publicKey && s.getAttribute('public-key') === this.publicKey);
    return twin ? { url: twin.getAttribute('src')!, keys: twin.getAttribute('public-key')!, feedId: twin.getAttribute('feed-id') || undefined } : undefined;
  }

  private connectStatus(): void {
    if (!this.isConnected) return;
    const options = this.statusOptions();
    const key = JSON.stringify(options ?? null);
    if (key === this.statusKey) return;
    this.statusKey = key;
    this.unsubscribeStatus?.();
    this.unsubscribeStatus = undefined;
    this.statusPayload = undefined;
    if (!options) return;
    const source = sharedSource({ kind: 'status', url: options.url, keys: options.keys, feedId: options.feedId });
    this.unsubscribeStatus = source.subscribe((s) => {
      this.statusPayload = s.document?.payload;
    });
  }

  /** Open incidents of a current (not expired) verified status feed. */
  private get currentIncidents(): Incident[] {
    const p = this.statusPayload;
    return p && !isExpired(p, Date.now()) ? openIncidents(p) : [];
  }

  // ---- search ----

  private async ensureEngine(): Promise<void> {
    if (this.engine) return;
    this.engine = await loadEngine();
    this.currentIndex(); // start building, so the index is ready by the first keystroke
    this.runSearch();
    this.requestUpdate();
  }

  /** The index for the current entries and language; starts building it when missing (then undefined). */
  private currentIndex(): FaqIndex | undefined {
    const engine = this.engine;
    if (!engine) return undefined;
    const entries = this.currentEntries;
    const lang = this.language;
    if (this.index && this.indexKey?.[0] === entries && this.indexKey[1] === lang) return this.index;
    if (this.building?.key[0] === entries && this.building.key[1] === lang) return undefined;
    this.building?.abort.abort();
    const building = { key: [entries, lang] as [FaqEntry[], string], abort: new AbortController() };
    this.building = building;
    const docs = entries.map((e) => ({ id: e.id, question: pickText(e.question, lang), answer: pickText(e.answer, lang), tags: e.tags }));
    engine.buildIndexAsync(docs, engine.searchLanguage(lang), { signal: building.abort.signal }).then(
      (index) => {
        if (this.building !== building) return;
        this.building = undefined;
        this.index = index;
        this.indexKey = building.key;
        this.runSearch();
      },
      () => undefined, // aborted: newer entries or language
    );
    return undefined;
  }

  /** Searches for the typed query; only the hits on screen are ranked in full. */
  private runSearch(limit = this.shown): void {
    const query = this.query.trim() ? this.query : '';
    const index = query ? this.currentIndex() : undefined;
    this.outcome = index && query ? index.search(query, limit) : undefined;
  }

  private entryById(id: string): FaqEntry | undefined {
    const entries = this.currentEntries;
    if (this.byId?.[0] !== entries) this.byId = [entries, new Map(entries.map((e) => [e.id, e]))];
    return this.byId[1].get(id);
  }

  private onInput(e: InputEvent): void {
    this.query = (e.target as HTMLInputElement).value;
    this.shown = RESULT_PAGE;
    if (this.engine) this.runSearch();
    else void this.ensureEngine();
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => void this.settle(), SEARCH_SETTLE_MS);
  }

  /** After a pause in typing: tell the site what was asked, and whether it went unanswered. */
  private async settle(): Promise<void> {
    await this.ensureEngine();
    const query = this.query.trim();
    if (query === this.settledQuery) return;
    this.settledQuery = query;
    if (!query) return;
    // The whole ranking, for the site's analytics; the screen keeps showing the first page.
    const outcome = this.currentIndex()?.search(this.query);
    if (!outcome) {
      // The index is still being built: try again after another pause.
      this.settledQuery = '';
      this.settleTimer = setTimeout(() => void this.settle(), SEARCH_SETTLE_MS);
      return;
    }
    const results = outcome.hits.map((h) => h.id);
    const context = reportContext(this.statusPayload, this.language);
    track<ClearlineSearchDetail>(this, 'search', { query, results }, context, { results: results.length });
    if (!outcome.confident) track<ClearlineNoAnswerDetail>(this, 'no-answer', { query }, context);
  }

  private clear(): void {
    this.query = '';
    this.outcome = undefined;
    this.shown = BROWSE_PAGE;
    this.settledQuery = '';
    clearTimeout(this.settleTimer);
    const input = this.input;
    if (input) {
      input.value = '';
      input.focus();
    }
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input[type=search]');
  }

  private questionButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.question')];
  }

  private onSearchKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      this.questionButtons()[0]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.clear();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const first = this.questionButtons()[0];
      if (first) {
        this.setOpen(first.dataset.id!, true);
        first.focus();
      }
    }
  }

  private onListKey(e: KeyboardEvent): void {
    const buttons = this.questionButtons();
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) this.input?.focus();
      else buttons[Math.min(next, buttons.length - 1)]!.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.clear();
    }
  }

  private setOpen(id: string, open: boolean): void {
    const next = new Set(this.open);
    if (open) next.add(id);
    else next.delete(id);
    this.open = next;
  }

  // ---- deep links and copy link ----

  private openFromHash(): void {
    const m = /^#faq-(.+)$/.exec(location.hash);
    if (!m) return;
    let id: string;
    try {
      id = decodeURIComponent(m[1]!);
    } catch {
      return;
    }
    const all = this.currentEntries;
    const at = all.findIndex((e) => e.id === id);
    if (at < 0) return;
    if (this.query) this.clear();
    this.setOpen(id, true);
    this.shown = Math.max(this.shown, at + 1 + this.currentIncidents.length);
    void this.updateComplete.then(() => {
      const el = this.renderRoot.querySelector<HTMLElement>(`[id="faq-${CSS.escape(id)}"]`);
      el?.scrollIntoView({ block: 'start' });
      el?.querySelector<HTMLButtonElement>('button.question')?.focus({ preventScroll: true });
    });
  }

  private async copyLink(id: string): Promise<void> {
    const t = FAQ_TERMS[uiLanguage(this.language)];
    const link = `${location.href.split('#')[0]}#faq-${encodeURIComponent(id)}`;
    try {
      await navigator.clipboard.writeText(link);
      this.copied = { id, text: t.linkCopied };
    } catch {
      this.copied = { id, text: t.copyFailed(link) };
    }
  }

  // ---- rendering ----

  private get headingTag(): StaticValue {
    return unsafeStatic(`h${Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2))}`);
  }

  private get questionTag(): StaticValue {
    return unsafeStatic(`h${Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1)}`);
  }

  protected override render() {
    const lang = this.language;
    const t = FAQ_TERMS[uiLanguage(lang)];
    const { payload, error, loading, confirmedAt } = this.entries ? { payload: undefined, error: undefined, loading: false, confirmedAt: undefined } : this.feed.view;
    const entries = this.currentEntries;
    const searching = this.query.trim() !== '';
    const count = searching ? (this.outcome ? t.results(this.outcome.total) : '') : entries.length ? t.allQuestions(entries.length) : '';
    return html`<div class="root" part="base" lang=${lang}>
      ${error
        ? html`<div class="notice" part="notice" role="alert">
            <p>${payload && confirmedAt !== undefined ? html`<strong>${t.lastConfirmed(formatTime(confirmedAt, lang))}.</strong> ` : nothing}${t.failed}</p>
          </div>`
        : nothing}
      <div class="search" part="search">
        <label for="q">${t.searchLabel}</label>
        <p class="hint" id="hint">${searchHint(t, searchExamplesFor(this.searchExamples, payload?.search_examples, lang), lang)}</p>
        <input
          id="q"
          part="input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby="hint count"
          aria-controls="results"
          .value=${this.query}
          @focus=${() => void this.ensureEngine()}
          @input=${this.onInput}
          @keydown=${this.onSearchKey}
        />
      </div>
      <p class="count" id="count" part="count" role="status">${count}</p>
      ${payload && !this.entries && isExpired(payload, this.now)
        ? html`<p class="last-checked" part="last-checked">${t.lastChecked(formatDate(Date.parse(payload.issued_at), lang))}</p>`
        : nothing}
      ${!entries.length && (loading || (!error && this.src && !this.entries)) ? html`<p aria-busy="true">${t.loading}</p>` : nothing}
      ${searching ? this.renderSearch(t, lang) : this.renderBrowse(entries, t, lang)}
    </div>`;
  }

  private renderBrowse(entries: FaqEntry[], t: FaqTerms, lang: string) {
    const incidents = this.currentIncidents;
    const open = new Set(incidents.map((i) => i.id));
    const about = incidents.length ? entries.filter((e) => e.incidents?.some((id) => open.has(id))) : [];
    const aboutIds = new Set(about.map((e) => e.id));
    const rest = entries.filter((e) => !aboutIds.has(e.id)).slice(0, Math.max(0, this.shown - about.length));
    const more = entries.length - about.length - rest.length;
    const withSections = about.length > 0;
    return html`
      ${withSections
        ? html`<section part="disruption" class="disruption">
            <${this.headingTag} class="section-heading">${t.currentDisruption(pickText(incidents[0]!.title, lang))}</${this.headingTag}>
            <ul class="list" part="results" @keydown=${this.onListKey}>${about.map((e) => this.renderEntry(e, 'entry', lang, t, undefined, true))}</ul>
          </section>
          <${this.headingTag} class="section-heading">${t.otherQuestions}</${this.headingTag}>`
        : nothing}
      <ul class="list" id="results" part="results" @keydown=${this.onListKey}>
        ${rest.map((e) => this.renderEntry(e, 'entry', lang, t, undefined, false, withSections))}
      </ul>
      ${more > 0 ? html`<button class="more" @click=${() => (this.shown += BROWSE_PAGE)}>${t.showMore(Math.min(more, BROWSE_PAGE))}</button>` : nothing}
    `;
  }

  private renderSearch(t: FaqTerms, lang: string) {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    const hits = outcome.hits.slice(0, this.shown);
    const more = outcome.total - hits.length;
    return html`
      ${outcome.confident ? nothing : this.renderNoAnswer(t, lang)}
      <ul class="list" id="results" part="results" @keydown=${this.onListKey}>
        ${hits.map((h) => {
          const entry = this.entryById(h.id);
          return entry ? this.renderEntry(entry, 'result', lang, t, h.terms, false, false) : nothing;
        })}
      </ul>
      ${more > 0 ? html`<button class="more" @click=${this.showMoreResults}>${t.showMore(Math.min(more, RESULT_PAGE))}</button>` : nothing}
    `;
  }

  /** Highlights and snippet of one result, kept while the reader types (most results stay the same). */
  private highlights(id: string, question: string, answer: string, terms: string[]): { question: Range[]; snippet: Snippet } {
    const key = `${this.language}\u0000${id}\u0000${terms.join(' ')}`;
    let out = this.marks.get(key);
    if (!out || out.text !== question + answer) {
      const engine = this.engine!;
      const process = this.index!.process;
      out = { text: question + answer, question: engine.highlightRanges(question, terms, process), snippet: engine.snippet(answer, terms, process) };
      if (this.marks.size > 500) this.marks.clear();
      this.marks.set(key, out);
    }
    return out;
  }

  private readonly marks = new Map<string, { text: string; question: Range[]; snippet: Snippet }>();

  private readonly showMoreResults = () => {
    this.shown += RESULT_PAGE;
    this.runSearch();
  };

  private renderEntry(entry: FaqEntry, part: 'entry' | 'result', lang: string, t: FaqTerms, terms?: string[], incident = false, nested = true) {
    const id = entry.id;
    const isOpen = this.open.has(id);
    const question = pickText(entry.question, lang);
    const answer = pickText(entry.answer, lang);
    const process = this.index?.process;
    const questionTag = nested ? this.questionTag : this.headingTag;
    const marks = terms && process && this.engine ? this.highlights(id, question, answer, terms) : undefined;
    const snip = !isOpen ? marks?.snippet : undefined;
    return html`<li class="entry ${incident ? 'incident' : ''}" part=${part} id="faq-${id}" data-id=${id}>
      <${questionTag}>
        <button class="question" part="question" data-id=${id} aria-expanded=${isOpen ? 'true' : 'false'} aria-controls="answer-${id}"
          @click=${() => this.setOpen(id, !isOpen)}>${marks ? marked(question, marks.question) : question}</button>
      </${questionTag}>
      ${snip && snip.text ? html`<p class="snippet" part="snippet">${marked(snip.text, snip.ranges)}</p>` : nothing}
      <div class="answer" part="answer" id="answer-${id}" ?hidden=${!isOpen}>
        ${isOpen
          ? html`<div class="md">${guard([answer, !!markdown()], () => markdown()?.renderMarkdown(answer) ?? answer)}</div>
              <button class="copy" part="copy-link" @click=${() => void this.copyLink(id)}>${t.copyLink}</button>
              <p class="copied" role="status">${this.copied?.id === id ? this.copied.text : ''}</p>`
          : nothing}
      </div>
    </li>`;
  }

  private renderNoAnswer(t: FaqTerms, lang: string) {
    const current = this.statusPayload && !isExpired(this.statusPayload, Date.now()) ? groupChannels(this.statusPayload.channels) : undefined;
    const channels = current ? [...current.emergency, ...current.ordinary] : [];
    const contact = siteHref(this.contactHref);
    return html`<div class="no-answer" part="no-answer">
      <p><strong>${t.noAnswer}</strong></p>
      ${channels.length || contact
        ? html`<p>${t.noAnswerDetail}</p>
            <ul class="contacts">
              ${channels.length
                ? channels.map((c) => this.renderChannel(c, lang, t))
                : html`<li><a href=${contact!} rel="noopener noreferrer">${t.contactUs}</a></li>`}
            </ul>`
        : nothing}
    </div>`;
  }

  /** A channel in the no-answer box; emergency lines come first and say so. */
  private renderChannel(channel: Channel, lang: string, t: FaqTerms) {
    const href = safeHref(channel.href);
    const label = pickText(channel.label, lang);
    const emergency = channel.emergency === true;
    return html`<li data-kind=${channel.kind} class=${emergency ? 'emergency' : ''} data-emergency=${emergency ? 'true' : nothing}>
      ${emergency ? html`<strong>${t.emergency}:</strong> ` : nothing}
      ${href
        ? html`<a href=${href} rel="noopener noreferrer">${label}${href.startsWith('tel:') ? html`: ${formatTel(href)}` : nothing}</a>`
        : label}
    </li>`;
  }
}

/** Text with the given ranges wrapped in <mark>, built as templates (no HTML strings). */
function marked(text: string, ranges: readonly Range[]): Array<string | TemplateResult> {
  const out: Array<string | TemplateResult> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push(html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

declare global {
  interface HTMLElementTagNameMap {
    'clearline-faq': ClearlineFaq;
  }
  interface GlobalEventHandlersEventMap {
    'clearline-search': CustomEvent<ClearlineSearchDetail>;
    'clearline-no-answer': CustomEvent<ClearlineNoAnswerDetail>;
  }
}
