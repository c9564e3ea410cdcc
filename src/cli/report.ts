import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { timeZoneProblem } from '../feed/new-feed.js';
import { parseIsoTime, zoneOf } from '../feed/times.js';
import { REPORT_BY, ReportAggregator, type ReportBy } from '../report/aggregate.js';
import { CliError, str, type Command } from './command.js';
import { exists, folderLanguage, openEnvelope, ownLanguage, readJson, unreadable } from './io.js';
import { findingsLanguage } from './lint-report.js';
import { formatReport, reportNames } from './report-text.js';
import { zoneOption } from './doc-zone.js';


/** What is wrong with an option of report, in the report's language (--lang, else the desk's). */
const OPTION_SAID = {
  en: {
    since: (value: string, zone: string) => `--since must be a date such as 2026-11-30, a time such as 2026-11-30T08:00 (in ${zone}) or 2026-11-30T08:00Z (UTC), or a span such as 24h or 7d (got "${value}")`,
    by: (value: string) => `--by must be one of ${REPORT_BY.join(', ')} (got "${value}")`,
    top: (value: string) => `--top must be a whole number of 1 or more (got "${value}")`,
  },
  nl: {
    since: (value: string, zone: string) => `--since moet een datum zijn zoals 2026-11-30, een tijd zoals 2026-11-30T08:00 (in ${zone}) of 2026-11-30T08:00Z (UTC), of een periode zoals 24h of 7d (niet "${value}")`,
    by: (value: string) => `--by moet een van deze zijn: ${REPORT_BY.join(', ')} (hour: per uur, day: per dag; niet "${value}")`,
    top: (value: string) => `--top moet een heel getal van 1 of meer zijn (niet "${value}")`,
  },
} as const;

/**
 * `--since`: a date or time or a span back from now (90m, 24h, 7d). A date is midnight and a time
 * without Z or offset is read in the report's zone (2026-12-02T07:00 is 07:00 on the desk's clock);
 * 2026-11-30T08:00Z is UTC.
 */
export function parseSince(value: string, now = Date.now(), timeZone = 'UTC', lang: 'en' | 'nl' = 'en'): number {
  const v = value.trim();
  const span = /^(\d{1,6})([mhd])$/.exec(v);
  if (span) return now - Number(span[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[span[2] as 'm' | 'h' | 'd'];
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const at = date
    ? parseIsoTime(`${v}T00:00`, timeZone)
    : /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/i.test(v) ? parseIsoTime(v, timeZone) : NaN;
  if (Number.isNaN(at)) throw new CliError(OPTION_SAID[lang].since(value, timeZone));
  return at;
}

async function feed(input: Readable, aggregator: ReportAggregator): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) aggregator.addLine(line);
}

function open(path: string): Readable {
  if (path === '-') return process.stdin;
  const stream = createReadStream(path);
  if (!path.endsWith('.gz')) return stream;
  // A missing .gz file: the error goes on to what is read, not unhandled (it crashed with a stack trace).
  const gunzip = createGunzip();
  stream.on('error', (e) => gunzip.destroy(e));
  return stream.pipe(gunzip);
}

/** A .gz file that is not gzip, or is cut short: in words, with what to do. */
const NOT_GZIP = {
  en: (path: string) => `${path} cannot be unpacked: its name ends in .gz, but it is not a gzip file or it is cut short (copied halfway); copy it again, or give the unpacked .ndjson file`,
  nl: (path: string) => `${path} kan niet worden uitgepakt: de naam eindigt op .gz, maar het is geen gzip-bestand of het is afgebroken (half gekopieerd); kopieer het opnieuw, of geef het uitgepakte .ndjson-bestand`,
} as const;

/**
 * Without --feed, the feed.json in this folder, when there is one that reads as a status feed: a telecom's manager got
 * contact reasons as ids and hours in UTC when the option was left out (trial G). A damaged one is not used, unasked.
 */
async function feedHere(): Promise<unknown> {
  if (!(await exists('feed.json'))) return undefined;
  try {
    const doc = (await readJson('feed.json', 'the feed')) as { type?: unknown } | null;
    return doc && doc.type === 'status' ? doc : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The zone `report` counts hours and days in, as lint and export pick theirs: `--time-zone`, else
 * the `time_zone` of the `--feed` given, else this computer's. A zone it cannot use is said in `lang` (--lang).
 */
export function reportZone(option: string | undefined, feed?: unknown, lang: 'en' | 'nl' = 'en'): string {
  if (option === undefined) return zoneOf(feed);
  const problem = timeZoneProblem(option, lang);
  if (problem) throw new CliError(`--time-zone: ${problem}`);
  return option;
}

export const report: Command = {
  name: 'report',
  summary: 'summarise report-url events: contact reasons, unanswered questions, feedback, self-service, contacts',
  usage: 'clearline report [events.ndjson[.gz]… | -] [--since 2026-11-30|24h|7d] [--incident ID] [--by hour|day] [--time-zone Europe/Amsterdam | --feed feed.json] [--top N] [--lang nl] [--json]',
  positionals: Infinity,
  deskLang: true,
  options: {
    since: { type: 'string', help: 'only events from this date or time (in the report\'s zone; with Z, UTC) or span back from now (24h, 7d)' },
    incident: { type: 'string', help: 'only events recorded while this incident was open' },
    by: { type: 'string', help: 'time buckets for contact reasons: hour or day (default)' },
    top: { type: 'string', help: 'how many unanswered questions to list (default 20)' },
    'time-zone': { type: 'string', help: "the zone hours and days are counted and printed in, e.g. Europe/Amsterdam (default: the --feed's time_zone, else that of the feed.json in this folder, else this computer's)" },
    feed: { type: 'string', help: 'the status feed (feed.json or feed.jws.json) whose time_zone the report uses, and whose names of contact reasons and channels it prints beside their ids (default: the feed.json in this folder, if any)' },
    lang: { type: 'string', help: "the language of the report: en or nl (default: the --feed's first language, else that of the feed.json in this folder, else en); --json keeps its keys" },
    json: { type: 'boolean', help: 'print the report as JSON' },
  },
  async run(v, positionals) {
    // The desk's language, as lint and sign speak it (desk-lang.ts): --lang, else that of the --feed (or the
    // feed.json beside it), else of the feed.json in this folder (io.ts), else English. Without --lang the
    // report was English beside a Dutch feed, and a damaged --feed was said in Dutch among English lines.
    const given = str(v.feed);
    const lang = str(v.lang) !== undefined ? findingsLanguage(str(v.lang), 'the report') : ((given ? await ownLanguage(given) : undefined) ?? (await folderLanguage()));
    const by = (str(v.by) ?? 'day') as ReportBy;
    if (!(REPORT_BY as readonly string[]).includes(by)) throw new CliError(OPTION_SAID[lang].by(by));
    const top = v.top === undefined ? 20 : Number(v.top);
    if (!Number.isSafeInteger(top) || top < 1) throw new CliError(OPTION_SAID[lang].top(String(v.top)));
    // A damaged signed feed (its payload or a signature's header): said as verify says it, not used.
    const feedDoc = given ? await openEnvelope(await readJson(given, 'the feed', lang), given, lang) : await feedHere();
    const timeZone = reportZone(zoneOption(v), feedDoc, lang);
    const since = str(v.since) !== undefined ? parseSince(str(v.since)!, Date.now(), timeZone, lang) : undefined;
    const aggregator = new ReportAggregator({ by, top, since, incident: str(v.incident), timeZone });
    const files = positionals.length ? positionals : ['-'];
    for (const path of files) {
      try {
        await feed(open(path), aggregator);
      } catch (e) {
        // In the report's language (--lang): a Dutch desk read "cannot read events.ndjson: no such file".
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') throw new CliError(NOT_GZIP[lang](path));
        throw unreadable(path, 'the events file', e, lang);
      }
    }
    const result = aggregator.result();
    console.log(v.json ? JSON.stringify(result, null, 2) : formatReport(result, lang, feedDoc ? reportNames(feedDoc) : undefined));
  },
};
