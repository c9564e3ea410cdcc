import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { timeZoneProblem } from '../feed/new-feed.js';
import { parseIsoTime, wallClock, zoneOf } from '../feed/times.js';
import { REPORT_BY, ReportAggregator, type Counts, type ReportBy, type ReportResult } from '../report/aggregate.js';
import { CliError, str, type Command } from './command.js';
import { readJson, unwrapEnvelope } from './io.js';


/**
 * `--since`: a date or time or a span back from now (90m, 24h, 7d). A date is midnight and a time
 * without Z or offset is read in the report's zone (2026-12-02T07:00 is 07:00 on the desk's clock);
 * 2026-11-30T08:00Z is UTC.
 */
export function parseSince(value: string, now = Date.now(), timeZone = 'UTC'): number {
  const v = value.trim();
  const span = /^(\d{1,6})([mhd])$/.exec(v);
  if (span) return now - Number(span[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[span[2] as 'm' | 'h' | 'd'];
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const at = date
    ? parseIsoTime(`${v}T00:00`, timeZone)
    : /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/i.test(v) ? parseIsoTime(v, timeZone) : NaN;
  if (Number.isNaN(at)) throw new CliError(`--since must be a date such as 2026-11-30, a time such as 2026-11-30T08:00 (in ${timeZone}) or 2026-11-30T08:00Z (UTC), or a span such as 24h or 7d (got "${value}")`);
  return at;
}

async function feed(input: Readable, aggregator: ReportAggregator): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) aggregator.addLine(line);
}

function open(path: string): Readable {
  if (path === '-') return process.stdin;
  const stream = createReadStream(path);
  return path.endsWith('.gz') ? stream.pipe(createGunzip()) : stream;
}

const n = (x: number) => x.toLocaleString('en-US');
const line = (c: Counts) => Object.entries(c).map(([k, v]) => `${k} ${n(v)}`).join(' · ') || '-';
const table = (c: Counts) => {
  const rows = Object.entries(c);
  if (!rows.length) return ['  (none)'];
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(w)}  ${n(v).padStart(7)}`);
};

/** Contacts per reason, with the contacts made without choosing a reason as their own row. */
function withoutReason(byReason: Counts, total: number): Counts {
  const rest = total - Object.values(byReason).reduce((a, b) => a + b, 0);
  return rest > 0 ? { ...byReason, '(no reason chosen)': rest } : byReason;
}

const pad = (x: number) => String(x).padStart(2, '0');

/** A line's UTC minute (2026-12-02T06:07Z) as the desk's clock shows it: 2026-12-02 07:07. */
export function localStamp(t: string, timeZone: string): string {
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return t;
  const w = wallClock(ms, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

/**
 * The zone `report` counts hours and days in, as lint and export pick theirs: `--time-zone`, else
 * the `time_zone` of the `--feed` given, else this computer's.
 */
export function reportZone(option: string | undefined, feed?: unknown): string {
  if (option === undefined) return zoneOf(feed);
  const problem = timeZoneProblem(option);
  if (problem) throw new CliError(`--time-zone: ${problem}`);
  return option;
}

/** The report as plain text for a service desk; times in the report's zone, which it names. */
export function formatReport(r: ReportResult): string {
  const zone = r.timeZone;
  const at = (b: string) => (r.by === 'hour' ? localStamp(b, zone) : b);
  const out = [
    `${n(r.events)} events${r.from ? ` from ${localStamp(r.from, zone)} to ${localStamp(r.to!, zone)} (${zone})` : ''}${r.skipped ? ` (${n(r.skipped)} lines skipped: not report lines or filtered out)` : ''}`,
    '',
    'Contact reasons',
    ...table(r.reasons.total),
    '',
    `Contact reasons by ${r.by} (${zone})`,
    ...(r.reasons.overTime.length ? r.reasons.overTime.map((b) => `  ${at(b.at)}  ${line(b.counts)}`) : ['  (none)']),
    '',
    'Contact reasons by incident phase',
    ...(Object.keys(r.reasons.byPhase).length ? Object.entries(r.reasons.byPhase).map(([p, c]) => `  ${p.padEnd(13)}  ${line(c)}`) : ['  (none)']),
    '',
    `Top unanswered questions (${n(r.noAnswers)} searches without an answer of ${n(r.searches)})${r.unansweredApproximate ? ', rare ones dropped to keep memory flat' : ''}`,
    ...(r.unanswered.length ? r.unanswered.map((q) => `  ${n(q.count).padStart(6)}×  ${q.query}${q.variants > 1 ? `  (${q.variants} wordings)` : ''}`) : ['  (none)']),
    '',
    'FAQ answers that did not help (no / yes)',
    ...(r.feedback.some((f) => f.no > 0) ? table(Object.fromEntries(r.feedback.filter((f) => f.no > 0).slice(0, 20).map((f) => [f.entry, f.no]))).map((row, i) => `${row} / ${n(r.feedback[i]!.yes)}`) : ['  (none)']),
    '',
    'Self-service',
    r.selfService.rate === null
      ? '  (no help sessions)'
      : `  ${Math.round(r.selfService.rate * 100)}% of ${n(r.selfService.sessions)} help sessions ended in a helpful or opened answer without a contact`,
    '',
    `Contacts per channel (${n(r.contacts.total)})`,
    ...table(r.contacts.byChannel),
    '',
    'Contacts per reason',
    ...table(withoutReason(r.contacts.byReason, r.contacts.total)),
  ];
  return out.join('\n');
}

export const report: Command = {
  name: 'report',
  summary: 'summarise report-url events: contact reasons, unanswered questions, feedback, self-service, contacts',
  usage: 'clearline report [events.ndjson[.gz]… | -] [--since 2026-11-30|24h|7d] [--incident ID] [--by hour|day] [--time-zone Europe/Amsterdam | --feed feed.json] [--top N] [--json]',
  options: {
    since: { type: 'string', help: 'only events from this date or time (in the report\'s zone; with Z, UTC) or span back from now (24h, 7d)' },
    incident: { type: 'string', help: 'only events recorded while this incident was open' },
    by: { type: 'string', help: 'time buckets for contact reasons: hour or day (default)' },
    top: { type: 'string', help: 'how many unanswered questions to list (default 20)' },
    'time-zone': { type: 'string', help: "the zone hours and days are counted and printed in, e.g. Europe/Amsterdam (default: the --feed's time_zone, else this computer's)" },
    feed: { type: 'string', help: 'the status feed (feed.json or feed.jws.json) whose time_zone the report uses' },
    json: { type: 'boolean', help: 'print the report as JSON' },
  },
  async run(v, positionals) {
    const by = (str(v.by) ?? 'day') as ReportBy;
    if (!(REPORT_BY as readonly string[]).includes(by)) throw new CliError(`--by must be one of ${REPORT_BY.join(', ')} (got "${by}")`);
    const top = v.top === undefined ? 20 : Number(v.top);
    if (!Number.isSafeInteger(top) || top < 1) throw new CliError(`--top must be a whole number of 1 or more (got "${String(v.top)}")`);
    const feedDoc = str(v.feed) ? unwrapEnvelope(await readJson(str(v.feed)!, 'the feed')) : undefined;
    const timeZone = reportZone(str(v['time-zone']), feedDoc);
    const since = str(v.since) !== undefined ? parseSince(str(v.since)!, Date.now(), timeZone) : undefined;
    const aggregator = new ReportAggregator({ by, top, since, incident: str(v.incident), timeZone });
    const files = positionals.length ? positionals : ['-'];
    for (const path of files) {
      try {
        await feed(open(path), aggregator);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new CliError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code ?? (e as Error).message}`);
      }
    }
    const result = aggregator.result();
    console.log(v.json ? JSON.stringify(result, null, 2) : formatReport(result));
  },
};
