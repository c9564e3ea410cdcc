/**
 * `clearline report` as plain text for a service desk, in English or Dutch (`--lang nl`, as lint
 * and sign take it). Times in the report's zone, which it names; ids (reasons, channels, answers)
 * stay as the feed spells them, so they match the feed and `--json`; phases are named as readers see
 * them (i18n/terms.ts, the elements' and studio's words: "Oorzaak gevonden", not "identified"). Given the feed
 * (`--feed`), the reason and channel tables also name each as readers see it, and mark the urgent
 * reasons and emergency lines: "phone-2" alone told a manager nothing.
 */
import { pickText } from '../i18n/lang.js';
import { TERMS } from '../i18n/terms.js';
import type { Phase } from '../feed/schema.js';
import { isNanpZone } from '../feed/dialling.js';
import { isoInZone, wallClock } from '../feed/times.js';
import type { Counts, ReportResult } from '../report/aggregate.js';

export const REPORT_LANGS = ['en', 'nl'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

const WORDS = {
  en: {
    locale: 'en-US',
    events: (n: string, one: boolean) => `${n} ${one ? 'event' : 'events'}`,
    range: (from: string, to: string, zone: string) => ` from ${from} to ${to} (${zone})`,
    skipped: (n: string, one: boolean) => ` (${n} ${one ? 'line' : 'lines'} skipped: not report lines or filtered out)`,
    none: '(none)',
    reasons: 'Contact reasons',
    reasonsBy: (by: 'hour' | 'day', zone: string) => `Contact reasons by ${by} (${zone})`,
    byPhase: 'Contact reasons by incident phase',
    noIncident: 'No incident open',
    unanswered: (no: string, all: string) => `Top unanswered questions (${no} searches without an answer of ${all})`,
    approximate: ', rare ones dropped to keep memory flat',
    wordings: (n: number) => `(${n} wordings)`,
    answerIt: 'Answer one: clearline new question --question "…" --answer "…" (once per language of the FAQ; see its --help)',
    notHelped: 'FAQ answers that did not help (no / yes)',
    selfService: 'Self-service',
    noSessions: '(no help sessions)',
    selfServed: (pct: number, n: string, one: boolean) => `${pct}% of ${n} help ${one ? 'session' : 'sessions'} ended in a helpful or opened answer without a contact`,
    perChannel: (n: string) => `Contacts per channel (${n})`,
    perReason: 'Contacts per reason',
    noReason: '(no reason chosen)',
    urgent: 'urgent',
    soon: 'time-critical',
    emergency: 'emergency line',
    notInFeed: 'not in the feed',
  },
  nl: {
    locale: 'nl-NL',
    events: (n: string, one: boolean) => `${n} ${one ? 'gebeurtenis' : 'gebeurtenissen'}`,
    range: (from: string, to: string, zone: string) => ` van ${from} tot ${to} (${zone})`,
    skipped: (n: string, one: boolean) => ` (${n} ${one ? 'regel' : 'regels'} overgeslagen: geen rapportregels of weggefilterd)`,
    none: '(geen)',
    reasons: 'Contactredenen',
    reasonsBy: (by: 'hour' | 'day', zone: string) => `Contactredenen per ${by === 'hour' ? 'uur' : 'dag'} (${zone})`,
    byPhase: 'Contactredenen per fase van het incident',
    noIncident: 'Geen incident open',
    unanswered: (no: string, all: string) => `Meest gezochte vragen zonder antwoord (${no} van ${all} zoekopdrachten zonder antwoord)`,
    approximate: '; zeldzame vragen weggelaten om het geheugen te sparen',
    wordings: (n: number) => `(${n} formuleringen)`,
    answerIt: 'Beantwoord er een: clearline new question --question "…" --answer "…" (één keer per taal van de FAQ; zie de --help)',
    notHelped: 'Antwoorden die niet hielpen (nee / ja)',
    selfService: 'Zelf geholpen',
    noSessions: '(geen hulpsessies)',
    selfServed: (pct: number, n: string, one: boolean) => `${pct}% van ${n} ${one ? 'hulpsessie eindigde' : 'hulpsessies eindigden'} met een nuttig of geopend antwoord, zonder contact`,
    perChannel: (n: string) => `Contacten per kanaal (${n})`,
    perReason: 'Contacten per reden',
    noReason: '(geen reden gekozen)',
    urgent: 'dringend',
    soon: 'haast',
    emergency: 'noodnummer',
    notInFeed: 'staat niet in de feed',
  },
} as const;

/** What the feed calls a reason or a channel: the reader's name, and whether it is urgent (an emergency line). */
export interface ReportName {
  label: Record<string, string> | string;
  urgent?: boolean;
  /** A reason needed soon without danger (`time_critical`, trial S), not urgent: said as such beside its count. */
  soon?: boolean;
}
export interface ReportNames {
  reasons: Record<string, ReportName>;
  channels: Record<string, ReportName>;
}

/** The reason and channel names of a feed document (unchecked JSON: anything odd is skipped). */
export function reportNames(feed: unknown): ReportNames {
  const doc = (feed ?? {}) as { contact_reasons?: unknown; channels?: unknown };
  const collect = (list: unknown, flag: 'urgent' | 'emergency'): Record<string, ReportName> => {
    const out: Record<string, ReportName> = {};
    for (const x of Array.isArray(list) ? (list as Array<Record<string, unknown>>) : []) {
      if (x && typeof x.id === 'string' && x.label && typeof x.label === 'object') out[x.id] = { label: x.label as Record<string, string>, urgent: x[flag] === true, ...(x[flag] !== true && x.time_critical === true ? { soon: true } : {}) };
    }
    return out;
  };
  return { reasons: collect(doc.contact_reasons, 'urgent'), channels: collect(doc.channels, 'emergency') };
}

const pad = (x: number) => String(x).padStart(2, '0');

/**
 * A line's UTC minute (2026-12-02T06:07Z) as the desk's clock shows it: 2026-12-02 07:07, or on the 12-hour clock
 * (`twelve`: English on a US or Canadian clock, as the CLI's other times, when.ts) 2026-12-02 1:07 AM.
 */
export function localStamp(t: string, timeZone: string, twelve = false): string {
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return t;
  const w = wallClock(ms, timeZone);
  const clock = twelve ? `${w.hour % 12 || 12}:${pad(w.minute)} ${w.hour < 12 ? 'AM' : 'PM'}` : `${pad(w.hour)}:${pad(w.minute)}`;
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${clock}`;
}

/** The zone's offset at a line's UTC minute: "+02:00". */
function utcOffset(t: string, timeZone: string): string {
  const ms = Date.parse(t);
  const iso = isoInZone(ms, timeZone);
  return iso.endsWith('Z') ? '+00:00' : iso.slice(-6);
}

/** The report as plain text for a service desk; times in the report's zone, which it names. */
export function formatReport(r: ReportResult, lang: ReportLang = 'en', names?: ReportNames): string {
  const w = WORDS[lang];
  const n = (x: number) => x.toLocaleString(w.locale);
  const line = (c: Counts) => Object.entries(c).map(([k, v]) => `${k} ${n(v)}`).join(' · ') || '-';
  // "  Spoedlijn bij gevaar of kou (noodnummer)" after a row whose id the feed names.
  const nameOf = (known: Record<string, ReportName> | undefined, flag: string) => (id: string) => {
    const x = known && Object.hasOwn(known, id) ? known[id] : undefined;
    // An id the feed does not have (removed since, or sent by another page): said, so a manager does not look for it.
    if (known && !x && !id.startsWith('(')) return `  (${w.notInFeed})`;
    const label = x ? pickText(x.label, lang) : '';
    const level = x?.urgent ? flag : x?.soon ? w.soon : '';
    return label || level ? `  ${[label, level ? `(${level})` : ''].filter(Boolean).join(' ')}` : '';
  };
  const noName = () => '';
  // Rows as [id, count] pairs: an object would put ids that look like numbers ("12") first.
  const table = (c: Counts | Array<[string, number]>, named: (id: string) => string = noName) => {
    const rows = Array.isArray(c) ? c : Object.entries(c);
    if (!rows.length) return [`  ${w.none}`];
    const width = Math.max(...rows.map(([k]) => k.length));
    return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${n(v).padStart(7)}${named(k)}`);
  };
  const reasonName = nameOf(names?.reasons, w.urgent);
  // Contacts per reason, with the contacts made without choosing a reason as their own row.
  const rest = r.contacts.total - Object.values(r.contacts.byReason).reduce((a, b) => a + b, 0);
  const perReason = rest > 0 ? { ...r.contacts.byReason, [w.noReason]: rest } : r.contacts.byReason;
  const notHelped = r.feedback.filter((f) => f.no > 0).slice(0, 20);
  const zone = r.timeZone;
  // The night the clocks go back has 02:00 twice: those two hours carry their UTC offset.
  // A US desk reads 2:00 PM in the studio, the CLI and its readers' pages: the report says it so (2026-12-02 2:00 PM).
  const twelve = lang === 'en' && isNanpZone(zone);
  const stamp = (t: string) => localStamp(t, zone, twelve);
  const labels = r.reasons.overTime.map((b) => (r.by === 'hour' ? stamp(b.at) : b.at));
  const at = (b: string, i: number) => (labels.indexOf(labels[i]!) !== labels.lastIndexOf(labels[i]!) ? `${labels[i]} ${utcOffset(b, zone)}` : labels[i]!);
  // 9:00 AM and 10:00 AM differ in width: the counts stay in one column.
  const atWidth = twelve ? Math.max(0, ...r.reasons.overTime.map((b, i) => at(b.at, i).length)) : 0;
  // A phase as readers see it; `none` (no incident open) in words; an unknown value as it came.
  const phaseName = (p: string) => (p === 'none' ? w.noIncident : (TERMS[lang].phase[p as Phase] ?? p));
  const phases = Object.entries(r.reasons.byPhase).map(([p, c]): [string, Counts] => [phaseName(p), c]);
  const phaseWidth = Math.max(13, ...phases.map(([p]) => p.length));
  const out = [
    `${w.events(n(r.events), r.events === 1)}${r.from ? w.range(stamp(r.from), stamp(r.to!), zone) : ''}${r.skipped ? w.skipped(n(r.skipped), r.skipped === 1) : ''}`,
    '',
    w.reasons,
    ...table(r.reasons.total, reasonName),
    '',
    w.reasonsBy(r.by, zone),
    ...(r.reasons.overTime.length ? r.reasons.overTime.map((b, i) => `  ${at(b.at, i).padEnd(atWidth)}  ${line(b.counts)}`) : [`  ${w.none}`]),
    '',
    w.byPhase,
    ...(phases.length ? phases.map(([p, c]) => `  ${p.padEnd(phaseWidth)}  ${line(c)}`) : [`  ${w.none}`]),
    '',
    `${w.unanswered(n(r.noAnswers), n(r.searches))}${r.unansweredApproximate ? w.approximate : ''}`,
    ...(r.unanswered.length ? r.unanswered.map((q) => `  ${n(q.count).padStart(6)}×  ${q.query}${q.variants > 1 ? `  ${w.wordings(q.variants)}` : ''}`) : [`  ${w.none}`]),
    // What to do about them: the command that writes the answer's files (new-question.ts).
    ...(r.unanswered.length ? [`  ${w.answerIt}`] : []),
    '',
    w.notHelped,
    ...(notHelped.length ? table(notHelped.map((f): [string, number] => [f.entry, f.no])).map((row, i) => `${row} / ${n(notHelped[i]!.yes)}`) : [`  ${w.none}`]),
    '',
    w.selfService,
    r.selfService.rate === null ? `  ${w.noSessions}` : `  ${w.selfServed(Math.round(r.selfService.rate * 100), n(r.selfService.sessions), r.selfService.sessions === 1)}`,
    '',
    w.perChannel(n(r.contacts.total)),
    ...table(r.contacts.byChannel, nameOf(names?.channels, w.emergency)),
    '',
    w.perReason,
    ...table(perReason, reasonName),
  ];
  return out.join('\n');
}
