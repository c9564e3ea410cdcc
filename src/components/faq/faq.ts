import { nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { html } from 'lit/static-html.js';
import { markdown } from '../../content/markdown-lazy.js';
import { numberLang } from '../../content/links.js';
import { isExpired } from '../../feed/incidents.js';
import { outdatedEntries } from '../../feed/faq-outdated.js';
import type { FaqEntry, Incident, StatusPayload } from '../../feed/schema.js';
import { FAQ_TERMS, faqFailed, searchExamplesFor, searchHint, type FaqTerms } from '../../i18n/faq-terms.js';
import { formatConfirmed, formatDate, pickText, termsFor, uiLanguage } from '../../i18n/lang.js';
import { FeedController, type FeedConfig } from '../shared/feed-controller.js';
import { FeedElement } from '../shared/feed-element.js';
import { headingTag } from '../shared/heading.js';
import { MarkdownReady } from '../shared/markdown-ready.js';
import { reportContext } from '../shared/report.js';
import { themeStyles } from '../shared/theme.styles.js';
import { faqStyles } from './faq.styles.js';
import { DeepLinks } from './deep-links.js';
import { AnswerFoot } from './feedback.js';
import { listKeys } from './keyboard.js';
import { disruptionHeading, incidentDetails, incidentEntry, incidentNext } from './incident-result.js';
import { HighlightCache, withMarks } from './marks.js';
import { noAnswerBox } from './no-answer.js';
import { goingOnLines } from './no-answer-now.js';
import { normally, outdatedNote } from './outdated-note.js';
import { SearchController } from './search-controller.js';
import { FaqStatusFeed } from './status-feed.js';

export { SEARCH_SETTLE_MS, type ClearlineNoAnswerDetail, type ClearlineSearchDetail } from './search-controller.js';
const BROWSE_PAGE = 50, RESULT_PAGE = 10; // entries listed while browsing; results per page while searching
/**
 * A searchable FAQ from a signed FAQ document: search as you type (typos, missing accents, Dutch
 * and English), answers in place, deep links, entries about a current disruption first, and a
 * plain "no answer" with the contact channels when nothing fits.
 *
 * @summary Searchable, signed FAQ with incident awareness and a no-answer path.
 *
 * @event clearline-load - A verified FAQ document was accepted. `detail: {feedId, seq, issuedAt}`.
 * @event clearline-error - Loading or verifying failed. `detail: {code, message, clock?}`; `clock: 'ahead'` (with `invalid`) when the feed is dated ahead of this device's clock; earlier verified entries stay.
 * @event clearline-search - The reader paused typing. `detail: {query, results}` with entry ids in rank order. Nothing is sent anywhere by clearline.
 * @event clearline-no-answer - The reader paused typing and nothing confidently answers the query (no entry, no open incident of the status feed). `detail: {query}`.
 * @event clearline-open - The reader opened an answer. `detail: {entry, query?}`.
 * @event clearline-feedback - The reader answered "Did this answer your question?". `detail: {entry, helpful, query?}`.
 * @event clearline-reason - After "no", the reader chose a contact reason of the status feed. `detail: {reason, incidents}`.
 * @event clearline-contact - The reader followed a channel link (no-answer box, or after "no"). `detail: {channel, reason?, query?, entry?, incidents}`.
 *
 * @csspart base - The outer wrapper.
 * @csspart search - The label, hint and search field.
 * @csspart input - The search field.
 * @csspart count - The line with the number of results; screen readers hear it once typing pauses, not at every key.
 * @csspart notice - The "last confirmed at" or error notice.
 * @csspart last-checked - The quiet "last checked <date>" note on an FAQ document past its expiry (still shown: an FAQ is reference content).
 * @csspart disruption - The group of entries about a current disruption.
 * @csspart results - The list of results or entries.
 * @csspart result - One search result, in rank order.
 * @csspart entry - One entry while browsing (no query).
 * @csspart question - The button that opens an answer.
 * @csspart snippet - A short excerpt of the answer under a result.
 * @csspart next-update - When the next update comes, under an open incident found by a search or pointed to first in the no-answer box while nothing answers.
 * @csspart outdated - "Does not apply now, because of: <title>" under the question of an entry that an incident going on lists in `faq_outdated`; its answer follows as "Normally:".
 * @csspart answer - An opened answer.
 * @csspart copy-link - The button that copies the link to an answer.
 * @csspart feedback - "Did this answer your question?" under an opened answer.
 * @csspart no-answer - The "no answer found" box with contact channels (first, while an incident is going on, that incident and its next update); also the contact box after "no".
 * @csspart reason - One contact reason button after "no".
 *
 * @cssprop --clearline-surface - Background of the question cards.
 * @cssprop --clearline-background - Background around and between the cards (the element's own page colour). Defaults to the card background, so the text never depends on the colour of your page.
 * @cssprop --clearline-subtle - Soft fill of the buttons "Yes" / "No" and the contact reasons, and of the "No results" and "Last confirmed at …" boxes.
 * @cssprop --clearline-mark - Background of the searched words highlighted in questions and answers; keep 4.5:1 contrast with the text on it.
 * @cssprop --clearline-text - Main text colour; keep 4.5:1 contrast against the card background and the soft fill.
 * @cssprop --clearline-muted - Secondary text (the search hint, the number of results, excerpts under a result) and the outline of the search field (keep 3:1 contrast: it is all that shows where to type).
 * @cssprop --clearline-border - Thin lines: the edges of the question cards and buttons.
 * @cssprop --clearline-link - Links in answers; also the edge of a "Yes" / "No" or contact-reason button under the mouse pointer.
 * @cssprop --clearline-focus - The ring around the search field, a question or a button reached with the keyboard.
 * @cssprop --clearline-color-info - Border of the "No results" box (with the ways to contact you).
 * @cssprop --clearline-color-minor - Border of the "Last confirmed at …" and error notices.
 * @cssprop --clearline-color-major - Thick left edge of the questions about the current disruption.
 * @cssprop --clearline-color-critical - Thick left edge of an urgent contact reason ("I smell gas").
 * @cssprop --clearline-font - Font family (e.g. `'Your Brand Sans', sans-serif`); by default the page's own font. Load the font on your page: the element loads none.
 * @cssprop --clearline-radius - Corner rounding of cards, buttons, boxes and the search field (default 8px).
 * @cssprop --clearline-space - The gap between the search field and the cards, and padding of the boxes (default 1rem).
 */
@customElement('clearline-faq')
export class ClearlineFaq extends FeedElement<'faq'> {
  static override styles = [themeStyles, faqStyles];

  /**
   * URL of the signed status feed, checked with the same `public-key`, for incident awareness and
   * contact channels. Without it, the status feed that a `<clearline-status>` (or banner, badge) on
   * the page already shows with the same `public-key` is used.
   */
  @property({ attribute: 'status-src' }) statusSrc = '';
  /** A trusted status payload given directly (apps, stories, the help launcher's `data`): no fetch, no signature. */
  @property({ attribute: false }) statusData?: StatusPayload;

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
  /** @internal Set by `<clearline-help>`, which shows the incident just above: the group heading then does not repeat its title. */
  @property({ attribute: false }) incidentShown = false;

  protected override feedConfig(): FeedConfig { return this.entries ? {} : super.feedConfig(); }

  @state() private open = new Set<string>();
  @state() private shown = BROWSE_PAGE;
  /** Escape emptied the search: said with the count of all questions, until the next key typed (trial I: it was silent). */
  @state() private cleared = false;

  protected readonly feed = new FeedController(this, 'faq');
  private readonly status = new FaqStatusFeed(this, () => this.now);
  private readonly search = new SearchController(this, {
    entries: () => this.currentEntries, lang: () => this.language, limit: () => this.shown, context: () => reportContext(this.status.payload, this.language), incidents: () => this.status.incidents, goingOn: () => this.status.goingOn, now: () => this.now, publisher: () => this.status.payload?.publisher.name,
  });
  private readonly foot = new AnswerFoot(this, () => ({ status: this.status.forContact(), report: reportContext(this.status.payload, this.language),
    query: this.search.query, lang: this.language, contactHref: this.contactHref, entry: (id) => this.entryById(id) }));
  private readonly highlights = new HighlightCache();
  private byId?: [FaqEntry[], Map<string, FaqEntry>];
  private outdated = new Map<string, Incident>(); // set at each render
  private readonly markdownReady = new MarkdownReady(this, () => this.open.size > 0, () => this.currentEntries.length > 0);
  private readonly keys = listKeys({
    field: () => this.input, questions: () => [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.question')],
    open: (button) => this.setOpen(button.dataset.id!, true), clear: () => this.clear(!!this.search.query),
  });
  protected readonly deepLinks = new DeepLinks(this, () => this.currentEntries.length > 0, (id) => this.reveal(id)); // reveals `#faq-<id>`

  /** The entries shown: the `entries` property, else the verified document's. */
  get currentEntries(): FaqEntry[] {
    return this.entries ?? this.feed.view.payload?.entries ?? [];
  }

  private entryById(id: string): FaqEntry | undefined {
    const entries = this.currentEntries;
    if (this.byId?.[0] !== entries) this.byId = [entries, new Map(entries.map((e) => [e.id, e]))];
    return this.byId[1].get(id);
  }

  /** Also waits for the Markdown renderer while an answer is open, so the answer is really there. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.markdownReady.settle(await super.getUpdateComplete(), () => super.getUpdateComplete());
  }

  private onInput(e: InputEvent): void {
    this.shown = RESULT_PAGE;
    this.cleared = false;
    this.search.setQuery((e.target as HTMLInputElement).value);
  }

  private clear(said = false): void {
    this.cleared = said;
    this.search.clear();
    this.shown = BROWSE_PAGE;
    const input = this.input;
    if (input) { input.value = ''; input.focus(); }
  }

  private get input(): HTMLInputElement | null { return this.renderRoot.querySelector('input[type=search]'); }

  private setOpen(id: string, open: boolean): void {
    if (open && !this.open.has(id) && this.entryById(id)) this.foot.opened(id); // not for an open incident found by a search
    const next = new Set(this.open);
    if (open) next.add(id);
    else next.delete(id);
    this.open = next;
  }

  /** Opens an entry and shows enough of the list to include it (deep links). */
  private reveal(id: string): boolean {
    const at = this.currentEntries.findIndex((e) => e.id === id);
    if (at < 0) return false;
    if (this.search.query) this.clear();
    this.setOpen(id, true);
    this.shown = Math.max(this.shown, at + 1 + this.status.incidents.length);
    return true;
  }

  protected override render() {
    const lang = this.language, t = FAQ_TERMS[uiLanguage(lang)];
    this.outdated = outdatedEntries(this.status.payload, this.now);
    const { payload, error, loading, confirmedAt } = this.entries ? { payload: undefined, error: undefined, loading: false, confirmedAt: undefined } : this.feed.view;
    const entries = this.currentEntries;
    const failed = this.search.searching && this.search.status === 'failed'; // no search code (offline, blocked, pin): say so, list all
    const searching = this.search.searching && !failed;
    const outcome = this.search.outcome;
    const count = failed ? t.searchFailed : searching ? (outcome ? (this.search.answered || !this.search.total ? t.results : t.unsure)(this.search.total) : '') : entries.length ? t.allQuestions(entries.length) : '';
    return html`<div class="root" part="base" lang=${lang}>
      ${error
        ? html`<div class="notice" part="notice" role="alert">
            <p>${payload && confirmedAt !== undefined ? html`<strong>${formatConfirmed(termsFor(lang).lastConfirmed, confirmedAt, lang, this.now)}.</strong> ` : nothing}${faqFailed(t, lang, error)}</p>
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
          .value=${this.search.query}
          @focus=${() => void this.search.prepare()}
          @input=${this.onInput}
          @keydown=${this.keys.onFieldKey}
        />
      </div>
      <p class="count" id="count" part="count">${count}</p><p class="visually-hidden" role="status">${searching && this.search.settled ? count : this.cleared ? `${t.cleared} ${count}.` : ''}</p>
      ${payload && !this.entries && isExpired(payload, this.now)
        ? html`<p class="last-checked" part="last-checked">${t.lastChecked(formatDate(Date.parse(payload.issued_at), lang))}</p>`
        : nothing}
      ${!entries.length && (loading || (!error && this.src && !this.entries)) ? html`<p aria-busy="true">${t.loading}</p>` : nothing}
      ${searching ? this.renderSearch(t, lang) : this.renderBrowse(entries, t, lang)}
    </div>`;
  }

  private renderBrowse(entries: FaqEntry[], t: FaqTerms, lang: string) {
    const incidents = this.status.incidents;
    // A section per open incident with entries, under its own title, not all under the first's (an entry about two: the first).
    const about = new Set<string>();
    const groups = incidents.map((i) => [i, entries.filter((e) => e.incidents?.includes(i.id) && !about.has(e.id) && !!about.add(e.id))] as const);
    const rest = entries.filter((e) => !about.has(e.id)).slice(0, Math.max(0, this.shown - about.size));
    const more = entries.length - about.size - rest.length;
    const withSections = about.size > 0;
    const heading = headingTag(this.headingLevel);
    return html`
      ${withSections
        ? html`${groups.map(([i, list]) => list.length ? html`<section part="disruption" class="disruption">
            <${heading} class="section-heading">${disruptionHeading(i, t, lang, this.now, this.incidentShown && i == incidents[0])}</${heading}>
            <ul class="list" part="results" @keydown=${this.keys.onListKey}>${list.map((e) => this.renderEntry(e, 'entry', lang, undefined, true))}</ul>
          </section>` : nothing)}
          ${rest.length || more > 0 ? html`<${heading} class="section-heading">${t.otherQuestions}</${heading}>` : nothing}`
        : nothing}
      <ul class="list" id="results" part="results" @keydown=${this.keys.onListKey}>
        ${rest.map((e) => this.renderEntry(e, 'entry', lang, undefined, false, withSections))}
      </ul>
      ${more > 0 ? html`<button class="more" @click=${() => (this.shown += BROWSE_PAGE)}>${t.showMore(Math.min(more, BROWSE_PAGE))}</button>` : nothing}
    `;
  }

  private renderSearch(t: FaqTerms, lang: string) {
    const outcome = this.search.outcome; if (!outcome) return nothing;
    const hits = outcome.hits.slice(0, this.shown), more = outcome.total - hits.length, first = this.search.engine?.fullAnswersFirst(outcome) ?? 0;
    // Incidents holding half or less of the words come after the FAQ's clear answers holding all of them (trial W).
    const incs = (partial: boolean) => this.search.incidentHits.filter((h) => !h.partial == !partial).map(({ incident, terms, snippet }) => this.renderEntry(incidentEntry(incident, t, lang, this.now, snippet), 'result', lang, terms, true, false, incident));
    const faq = (list: typeof hits) => list.map((h, _, __, entry = this.entryById(h.id)) => entry ? this.renderEntry(entry, 'result', lang, h.terms, false, false) : nothing);
    return html`
      ${this.search.answered ? nothing : noAnswerBox(this.status.channels, this.status.payload?.contact_reasons, this.contactHref, t, numberLang(lang, this.status.payload?.time_zone), (channel) => this.foot.follow(channel, { query: this.search.query }),
        goingOnLines(this.status.goingOn, this.open, (id) => this.setOpen(id, !this.open.has(id)), t, lang, this.now, this.headingLevel, this.status.payload))}
      <ul class="list" id="results" part="results" @keydown=${this.keys.onListKey}>
        ${incs(false)}${faq(hits.slice(0, first))}${incs(true)}${faq(hits.slice(first))}
      </ul>
      ${more > 0 ? html`<button class="more" @click=${() => (this.shown += RESULT_PAGE)}>${t.showMore(Math.min(more, RESULT_PAGE))}</button>` : nothing}
    `;
  }

  /** `inc`: an open incident found by a search: its next update under it, opened its texts instead of an answer and its foot (incident-result.ts). */
  private renderEntry(entry: FaqEntry, part: 'entry' | 'result', lang: string, terms?: string[], incident = false, nested = true, inc?: Incident) {
    const id = entry.id, isOpen = this.open.has(id);
    const question = pickText(entry.question, lang), answer = pickText(entry.answer, lang);
    const { engine, index } = this.search, process = terms && engine ? index?.process : undefined;
    const by = this.outdated.get(id); // its answer does not hold now (faq_outdated, outdated-note.ts); never an incident result (its id has a colon)
    const questionTag = headingTag(this.headingLevel, nested ? 1 : 0), feed = this.status.payload; // the status feed's numbers in an answer become links, a bare address only to its site
    const marks = process ? this.highlights.get(lang, id, question, answer, terms!, () => ({ question: engine!.highlightRanges(question, terms!, process), snippet: engine!.snippet(answer, terms!, process) })) : undefined;
    const snip = !isOpen ? marks?.snippet : undefined;
    return html`<li class="entry ${incident ? 'incident' : ''}" part=${part} id="faq-${id}" data-id=${id}>
      <${questionTag}>
        <button class="question" part="question" data-id=${id} aria-expanded=${isOpen ? 'true' : 'false'} aria-controls="answer-${id}" aria-describedby=${by ? `outdated-${id}` : nothing}
          @click=${() => this.setOpen(id, !isOpen)}>${marks ? withMarks(question, marks.question) : question}</button>
      </${questionTag}>${outdatedNote(id, by, lang)}${inc ? incidentNext(inc, lang, this.now, this.status.payload) : nothing}
      ${snip && snip.text ? html`<p class="snippet" part="snippet">${withMarks(snip.text, snip.ranges)}</p>` : nothing}
      <div class="answer" part="answer" id="answer-${id}" ?hidden=${!isOpen}>
        ${isOpen
          ? inc ? incidentDetails(inc, lang, this.headingLevel, this.status.payload) : html`${by ? normally(lang) : nothing}<div class="md">${guard([answer, !!markdown(), feed], () => markdown()?.renderMarkdown(answer, feed) ?? answer)}</div>${this.foot.render(id)}`
          : nothing}
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clearline-faq': ClearlineFaq;
  }
}
