import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqEntry, Incident, TextValue } from '../../feed/schema.js';
import { pickText } from '../../i18n/lang.js';
// Types only: the engine itself is loaded with import() on first focus or query.
import type { FaqIndex, SearchOutcome } from '../../search/index.js';
import { track, type ReportContext } from '../shared/report.js';
import { importEngine, type SearchEngine } from './engine-load.js';
import { IncidentSearch, sameIncidents, type IncidentHit } from './incident-search.js';

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

export type { SearchEngine } from './engine-load.js';
let engineModule: Promise<SearchEngine> | undefined;
/** The search chunk, loaded once per page; a failed load may be tried again. */
function loadEngine(): Promise<SearchEngine> {
  engineModule ??= importEngine().catch((e: unknown) => {
    engineModule = undefined;
    throw e;
  });
  return engineModule;
}

/** `loading` until the engine chunk has arrived; `failed` when it could not be loaded (the next query tries again). */
export type SearchStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface SearchSource {
  /** The entries to search; a new array (not a mutated one) means new entries. */
  entries(): readonly FaqEntry[];
  /** The language to index and search in. */
  lang(): string;
  /** How many hits are on screen: only those are ranked in full while the reader types. */
  limit(): number;
  /** What the element knows about the moment, for the report line of a search. */
  context(): ReportContext;
  /** The open incidents of the current status feed: searched too, on their own index (incident-search.ts). */
  incidents(): readonly Incident[];
  /** Those going on now (not announced ahead, not a notice): the answer to "when will it be fixed?" (trial S). */
  goingOn(): readonly Incident[];
  /** The element's clock (an incident announced for later answers "when is it back?" after those in force now). */
  now(): number;
  /** The publisher's name: the open incidents are searched without it beside other words (search/own-name.ts, trial X). */
  publisher(): TextValue | undefined;
}

type Built = { index: FaqIndex; entries: readonly FaqEntry[]; lang: string };

/**
 * The FAQ's search life cycle, owned outside the element in the manner of `@lit/task`: it loads
 * the engine on demand, keeps one index for the current `[entries, lang]` (built in slices, so a
 * large FAQ never blocks the page; rebuilt only when either changes, an outdated build is
 * aborted), runs the query, and after a pause in typing emits `clearline-search` and, when
 * nothing answers confidently, `clearline-no-answer` from the host. Work that finishes after its
 * inputs changed (an engine or index arriving late, a settle timer for an old query) uses the
 * inputs of now, so a stale result never reaches the screen or an event.
 *
 * The host sets `query` through `setQuery()` / `clear()`, calls `prepare()` when search is near
 * (focus), and renders `outcome`; `engine` and `index` are there for highlighting.
 */
export class SearchController implements ReactiveController {
  /** The query as typed. */
  query = '';
  /** The best `limit()` hits for `query` against the current entries and language; undefined while not searching or indexing. */
  outcome?: SearchOutcome;
  /** The open incidents that clearly answer `query`, best first (trial Q: the live incident was not found). */
  incidentHits: IncidentHit[] = [];
  private readonly incidents = new IncidentSearch();
  status: SearchStatus = 'idle';
  /** The loaded engine (for highlight and snippet helpers). */
  engine?: SearchEngine;
  private built?: Built;
  private building?: Omit<Built, 'index'> & { abort: AbortController };
  private ranLimit = 0;
  private ranIncidents: readonly Incident[] = [];
  private settleTimer?: ReturnType<typeof setTimeout>;
  private settledQuery = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: SearchSource,
    private readonly settleMs = SEARCH_SETTLE_MS,
  ) {
    host.addController(this);
  }

  /** The index for the current entries and language, when it is built. */
  get index(): FaqIndex | undefined {
    return this.engine && !this.stale() ? this.built?.index : undefined;
  }

  /** Whether typing has paused on the query searched (a screen reader hears its count then, not at every key). */
  get settled(): boolean {
    return this.searching && this.query.trim() === this.settledQuery;
  }

  /** Whether something clearly answers the query: an FAQ entry or an open incident. */
  get answered(): boolean {
    return !!this.outcome?.confident || this.incidentHits.length > 0;
  }

  /** How many match: FAQ entries and the open incidents that clearly answer. */
  get total(): number {
    return (this.outcome?.total ?? 0) + this.incidentHits.length;
  }

  /** Whether a query is being searched (non-blank). */
  get searching(): boolean {
    return this.query.trim() !== '';
  }

  /** Loads the engine now (on focus, before the first key), starts the index, and searches once they are there. */
  async prepare(): Promise<void> {
    if (this.engine) return;
    this.status = 'loading';
    try {
      this.engine = await loadEngine();
      this.status = 'ready';
    } catch {
      this.status = 'failed';
      this.host.requestUpdate();
      return;
    }
    this.currentIndex(); // start building, so the index is ready by the first keystroke
    this.run();
    this.host.requestUpdate();
  }

  /** The reader typed: search now when the engine is there, and settle after a pause. */
  setQuery(query: string): void {
    this.query = query;
    if (this.engine) this.run();
    else void this.prepare();
    this.settleLater();
    this.host.requestUpdate();
  }

  /** Back to browsing: no query, no results, nothing pending. */
  clear(): void {
    this.query = '';
    this.outcome = undefined;
    this.incidentHits = [];
    this.settledQuery = '';
    clearTimeout(this.settleTimer);
    this.host.requestUpdate();
  }

  /** Before each render: new entries, a new language, more hits on screen or other open incidents: search again. */
  hostUpdate(): void {
    if (this.engine && this.searching && (this.stale() || this.ranLimit !== this.source.limit() || !sameIncidents(this.ranIncidents, this.source.incidents()))) this.run();
  }

  hostDisconnected(): void {
    clearTimeout(this.settleTimer);
    this.building?.abort.abort();
    this.building = undefined;
  }

  /** The one stale-index check: does the index belong to the current entries and language? */
  private stale(): boolean {
    return this.built?.entries !== this.source.entries() || this.built.lang !== this.source.lang();
  }

  /** The index for the current entries and language; starts building it when missing (then undefined). */
  private currentIndex(): FaqIndex | undefined {
    const engine = this.engine;
    if (!engine) return undefined;
    if (this.built && !this.stale()) return this.built.index;
    const entries = this.source.entries();
    const lang = this.source.lang();
    if (this.building?.entries === entries && this.building.lang === lang) return undefined;
    this.building?.abort.abort();
    const building = { entries, lang, abort: new AbortController() };
    this.building = building;
    const docs = entries.map((e) => ({ id: e.id, question: pickText(e.question, lang), answer: pickText(e.answer, lang), tags: e.tags }));
    engine.buildIndexAsync(docs, engine.searchLanguage(lang), { signal: building.abort.signal }).then(
      (index) => {
        if (this.building !== building) return;
        this.building = undefined;
        this.built = { index, entries, lang };
        this.run();
        this.host.requestUpdate();
      },
      () => undefined, // aborted: newer entries or language
    );
    return undefined;
  }

  private run(): void {
    this.ranLimit = this.source.limit();
    const index = this.searching ? this.currentIndex() : undefined;
    this.outcome = index ? index.search(this.query, this.ranLimit) : undefined;
    this.ranIncidents = this.source.incidents();
    this.incidentHits = this.engine && this.searching ? this.incidents.find(this.engine, this.ranIncidents, this.source.lang(), this.query, this.source.goingOn(), this.source.now(), this.source.publisher()) : [];
  }

  private settleLater(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => void this.settle(), this.settleMs);
  }

  /** After a pause in typing: tell the site what was asked, and whether it went unanswered. */
  private async settle(): Promise<void> {
    await this.prepare();
    const query = this.query.trim();
    if (query === this.settledQuery || !this.engine) return;
    if (!query) {
      this.settledQuery = query;
      return;
    }
    // The whole ranking, for the site's analytics; the screen keeps showing the first page.
    const outcome = this.currentIndex()?.search(this.query);
    if (!outcome) return this.settleLater(); // the index is still being built: after another pause
    this.settledQuery = query;
    this.host.requestUpdate(); // the count is announced now (settled)
    const results = outcome.hits.map((h) => h.id);
    const context = this.source.context();
    track<ClearlineSearchDetail>(this.host, 'search', { query, results }, context, { results: results.length });
    // An open incident that clearly answers is an answer too (trial Q: "ambulance" during the ambulance stop).
    if (!outcome.confident && !this.incidentHits.length) track<ClearlineNoAnswerDetail>(this.host, 'no-answer', { query }, context);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'clearline-search': CustomEvent<ClearlineSearchDetail>;
    'clearline-no-answer': CustomEvent<ClearlineNoAnswerDetail>;
  }
}
