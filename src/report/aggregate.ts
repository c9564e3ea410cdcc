/**
 * The streaming aggregator behind `clearline report`: one pass over NDJSON lines, memory bounded
 * by the number of distinct reasons, channels, entries, time buckets and (capped) query groups,
 * never by the number of lines. Pure: no I/O.
 */
import { zoneOffsetMs } from '../feed/times.js';
import { searchLanguage, termProcessor, type SearchLanguage } from '../search/engine.js';
import { minuteStamp, parseReportLine, type ReportEvent } from './event.js';
import { PLACEHOLDERS } from './scrub.js';

export const REPORT_BY = ['hour', 'day'] as const;
export type ReportBy = (typeof REPORT_BY)[number];

export interface ReportOptions {
  /** Only lines at or after this time (ms since epoch). */
  since?: number;
  /** Only lines recorded while this incident was open. */
  incident?: string;
  by?: ReportBy;
  /** How many unanswered question groups to list (default 20). */
  top?: number;
  /** Distinct query groups kept while streaming (default 50,000); beyond it single occurrences are dropped. */
  maxGroups?: number;
  /**
   * The IANA zone the hours and days are counted in (default UTC): a Dutch desk's busiest hour is
   * 07:00 in Europe/Amsterdam, not 06:00Z. Lines keep their UTC minute `t`.
   */
  timeZone?: string;
}

export type Counts = Record<string, number>;

export interface ReportResult {
  lines: number;
  /** Lines that were not report lines (blank, broken, other versions) or filtered out. */
  skipped: number;
  events: number;
  from?: string;
  to?: string;
  by: ReportBy;
  /** The zone of the time buckets: an hour bucket's `at` is the UTC minute that hour starts there, a day bucket's the date there. */
  timeZone: string;
  reasons: { total: Counts; overTime: Array<{ at: string; counts: Counts }>; byPhase: Record<string, Counts> };
  /** Grouped unanswered questions: a representative wording, how often, and how many distinct wordings (up to 8 per group). */
  unanswered: Array<{ query: string; count: number; variants: number }>;
  /** True when rare query groups were dropped to keep memory flat (counts of the listed groups may be low). */
  unansweredApproximate: boolean;
  feedback: Array<{ entry: string; yes: number; no: number }>;
  selfService: { sessions: number; selfServed: number; rate: number | null };
  contacts: { total: number; byChannel: Counts; byReason: Counts };
  searches: number;
  noAnswers: number;
}

interface Group {
  count: number;
  /** Most frequent wording seen so far (counted per wording, capped). */
  texts: Map<string, number>;
}

const PLACEHOLDER_RE = new RegExp(Object.values(PLACEHOLDERS).map((p) => p.replace(/[[\]]/g, '\\$&')).join('|'), 'g');
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
const inc = (c: Counts, k: string, n = 1) => (c[k] = (c[k] ?? 0) + n);

export class ReportAggregator {
  private readonly o: Required<Omit<ReportOptions, 'since' | 'incident'>> & Pick<ReportOptions, 'since' | 'incident'>;
  private readonly since?: string;
  private lines = 0;
  private skipped = 0;
  private events = 0;
  private from?: string;
  private to?: string;
  private readonly reasonTotal: Counts = {};
  private readonly reasonTime = new Map<string, Counts>();
  private readonly reasonPhase: Record<string, Counts> = {};
  private readonly groups = new Map<string, Group>();
  private approximate = false;
  private readonly feedback = new Map<string, { yes: number; no: number }>();
  private sessions = 0;
  private selfServed = 0;
  private readonly byChannel: Counts = {};
  private readonly byReason: Counts = {};
  private contacts = 0;
  private searches = 0;
  private noAnswers = 0;
  private readonly processors = new Map<SearchLanguage, (w: string) => string | null>();
  /** The zone's offset per quarter hour seen (zone changes fall on quarter hours); cleared when large. */
  private readonly offsets = new Map<string, number>();

  constructor(options: ReportOptions = {}) {
    this.o = { by: 'day', top: 20, maxGroups: 50_000, timeZone: 'UTC', ...options };
    zoneOffsetMs(0, this.o.timeZone); // throws a TimeError for a name that is not a zone, before any line
    this.since = options.since !== undefined ? minuteStamp(options.since) : undefined;
  }

  /** Adds one NDJSON line (without its newline). */
  addLine(line: string): void {
    this.lines++;
    const e = parseReportLine(line.trim());
    if (!e || (this.since && e.t < this.since) || (this.o.incident && !e.incidents.includes(this.o.incident))) {
      this.skipped++;
      return;
    }
    this.add(e);
  }

  add(e: ReportEvent): void {
    this.events++;
    if (!this.from || e.t < this.from) this.from = e.t;
    if (!this.to || e.t > this.to) this.to = e.t;
    switch (e.type) {
      case 'search':
        this.searches++;
        break;
      case 'no-answer':
        this.noAnswers++;
        if (e.query) this.addQuery(e.query, e.lang);
        break;
      case 'reason': {
        if (!e.reason) break;
        inc(this.reasonTotal, e.reason);
        const at = this.bucket(e.t);
        let bucket = this.reasonTime.get(at);
        if (!bucket) this.reasonTime.set(at, (bucket = {}));
        inc(bucket, e.reason);
        inc((this.reasonPhase[e.phase] ??= {}), e.reason);
        break;
      }
      case 'feedback': {
        if (!e.entry || typeof e.helpful !== 'boolean') break;
        let f = this.feedback.get(e.entry);
        if (!f) this.feedback.set(e.entry, (f = { yes: 0, no: 0 }));
        if (e.helpful) f.yes++;
        else f.no++;
        break;
      }
      case 'contact':
        this.contacts++;
        if (e.channel) inc(this.byChannel, e.channel);
        if (e.reason) inc(this.byReason, e.reason);
        break;
      case 'session':
        this.sessions++;
        if (!e.contacts && ((e.yes ?? 0) > 0 || (e.opened ?? 0) > 0)) this.selfServed++;
        break;
    }
  }

  /** The time bucket of a line's UTC minute: the hour or day it falls in, in the report's zone. */
  private bucket(t: string): string {
    if (this.o.timeZone === 'UTC') return this.o.by === 'hour' ? `${t.slice(0, 13)}:00Z` : t.slice(0, 10);
    const ms = Date.parse(t);
    if (Number.isNaN(ms)) return this.o.by === 'hour' ? `${t.slice(0, 13)}:00Z` : t.slice(0, 10);
    const quarter = Math.floor(ms / 900_000);
    const key = String(quarter);
    let offset = this.offsets.get(key);
    if (offset === undefined) {
      if (this.offsets.size >= 10_000) this.offsets.clear();
      this.offsets.set(key, (offset = zoneOffsetMs(quarter * 900_000, this.o.timeZone)));
    }
    const wall = ms + offset;
    if (this.o.by === 'day') return new Date(wall).toISOString().slice(0, 10);
    return minuteStamp(Math.floor(wall / 3_600_000) * 3_600_000 - offset);
  }

  /** Groups a question by its folded, stop-word-free, stemmed terms (the search's own normalisation). */
  private addQuery(query: string, lang?: string): void {
    const language = searchLanguage(lang);
    let process = this.processors.get(language);
    if (!process) this.processors.set(language, (process = termProcessor(language)));
    const text = query.replace(PLACEHOLDER_RE, ' ').replace(/\s+/g, ' ').trim();
    // Numbers alone (a house number, a year) say nothing about the question: left out of the key.
    const terms = [...new Set((text.match(WORDS) ?? []).map(process).filter((t): t is string => !!t && !/^\d+$/.test(t)))].sort();
    if (!terms.length) return;
    const key = terms.join(' ');
    let g = this.groups.get(key);
    if (!g) {
      if (this.groups.size >= this.o.maxGroups) this.prune();
      this.groups.set(key, (g = { count: 0, texts: new Map() }));
    }
    g.count++;
    const wording = text.toLowerCase();
    if (g.texts.has(wording) || g.texts.size < 8) g.texts.set(wording, (g.texts.get(wording) ?? 0) + 1);
  }

  /** Keeps memory flat: drops the groups seen only once so far. */
  private prune(): void {
    this.approximate = true;
    for (const [k, g] of this.groups) if (g.count <= 1) this.groups.delete(k);
    // Every group seen more than once: halve the field by dropping the rarer half.
    if (this.groups.size >= this.o.maxGroups * 0.9) {
      const counts = [...this.groups.values()].map((g) => g.count).sort((a, b) => a - b);
      const cut = counts[Math.floor(counts.length / 2)]!;
      for (const [k, g] of this.groups) if (g.count <= cut) this.groups.delete(k);
    }
  }

  result(): ReportResult {
    const top = this.o.top;
    const feedback = [...this.feedback].map(([entry, f]) => ({ entry, ...f }));
    feedback.sort((a, b) => b.no - a.no || a.yes - b.yes || a.entry.localeCompare(b.entry));
    return {
      lines: this.lines,
      skipped: this.skipped,
      events: this.events,
      from: this.from,
      to: this.to,
      by: this.o.by,
      timeZone: this.o.timeZone,
      reasons: {
        total: sortCounts(this.reasonTotal),
        overTime: [...this.reasonTime].sort(([a], [b]) => a.localeCompare(b)).map(([at, counts]) => ({ at, counts: sortCounts(counts) })),
        byPhase: Object.fromEntries(Object.entries(this.reasonPhase).map(([p, c]) => [p, sortCounts(c)])),
      },
      unanswered: mergeTypos([...this.groups]).slice(0, top),
      unansweredApproximate: this.approximate,
      feedback,
      selfService: { sessions: this.sessions, selfServed: this.selfServed, rate: this.sessions ? this.selfServed / this.sessions : null },
      contacts: { total: this.contacts, byChannel: sortCounts(this.byChannel), byReason: sortCounts(this.byReason) },
      searches: this.searches,
      noAnswers: this.noAnswers,
    };
  }
}

function sortCounts(c: Counts): Counts {
  return Object.fromEntries(Object.entries(c).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}

/**
 * Folds groups whose terms differ only by typos into the larger group: same number of terms,
 * each equal or within the search's typo distance (1 from 4 letters, 2 from 8).
 */
function mergeTypos(groups: Array<[string, Group]>): Array<{ query: string; count: number; variants: number }> {
  groups.sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
  const kept: Array<{ terms: string[]; count: number; variants: number; group: Group }> = [];
  const byLength = new Map<number, typeof kept>();
  // Only the head of the list can reach the top; bounded work even for many groups.
  for (const [key, g] of groups.slice(0, 1000)) {
    const terms = key.split(' ');
    let same = byLength.get(terms.length);
    if (!same) byLength.set(terms.length, (same = []));
    const into = same.find((k) => k.terms.every((t, i) => close(t, terms[i]!)));
    if (into) {
      into.count += g.count;
      into.variants += g.texts.size;
    } else {
      const k = { terms, count: g.count, variants: g.texts.size, group: g };
      kept.push(k);
      same.push(k);
    }
  }
  kept.sort((a, b) => b.count - a.count);
  // The wording shown: the most frequent one of the largest group (the first seen on a tie).
  return kept.map((k) => ({ query: [...k.group.texts].sort((a, b) => b[1] - a[1])[0]![0], count: k.count, variants: k.variants }));
}

function close(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  const max = n >= 8 ? 2 : n >= 4 ? 1 : 0;
  return max > 0 && Math.abs(a.length - b.length) <= max && distance(a, b, max) <= max;
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), stopping early past max. */
export function distance(a: string, b: string, max = Infinity): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return best;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}
