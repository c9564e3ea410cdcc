/**
 * The feed format, version 1: the single source for the runtime validator, the TypeScript types
 * and the published JSON Schema (see `jsonSchema()` in `json-schema.ts` and docs/feed-format.md).
 */
import * as v from 'valibot';
import { parseOpeningHours } from './opening-hours.js';
import { SMS_LINK_PATTERN } from './sms-link.js';
import { isTimeZone } from './zone.js';

export const SEVERITIES = ['info', 'minor', 'major', 'critical'] as const;
export const PHASES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
// `sms`: a number people text (trial T); its link is `sms:` (feed/sms-link.ts), the only kind that may have one.
export const CHANNEL_KINDS = ['phone', 'chat', 'email', 'web', 'callback', 'sms'] as const;
export const DOCUMENT_TYPES = { status: 'clearline-status+jws', faq: 'clearline-faq+jws' } as const;

export type Severity = (typeof SEVERITIES)[number];
export type Phase = (typeof PHASES)[number];
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export type DocumentKind = keyof typeof DOCUMENT_TYPES;

/** Size limits: generous for real feeds, small enough that a hostile feed cannot exhaust a phone. */
export const LIMITS = {
  id: 64,
  shortText: 500,
  markdown: 20_000,
  languages: 12,
  incidents: 50,
  channels: 20,
  actions: 20,
  updates: 100,
  affects: 30,
  tags: 20,
  tag: 64,
  faqEntries: 20_000,
  reasons: 20,
  reasonLinks: 20,
  searchExamples: 5,
} as const;

const ID = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1-64 letters, digits, ".", "_" or "-"'));
const LANG_TAG = v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag such as "nl" or "en-GB"'));

/**
 * RFC 3339 with `Z` or an offset, e.g. 2026-11-23T08:00:00Z or 2026-11-23T09:00:00+01:00; checked
 * for a real calendar date too. `clearline sign` writes every time in UTC before signing.
 */
export const TIME = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/, 'must be an RFC 3339 time such as 2026-11-23T08:00:00Z or 2026-11-23T09:00:00+01:00'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a real date and time'),
);

function text(max: number) {
  const str = v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
  return v.union(
    [str, v.pipe(v.record(LANG_TAG, str), v.minEntries(1, 'needs at least one language'), v.maxEntries(LIMITS.languages))],
    'must be a string or an object of language tags to strings',
  );
}

/** A short plain text (title, label), in one language or several. */
export const Text = text(LIMITS.shortText);
/** Markdown, in one language or several. */
export const Markdown = text(LIMITS.markdown);

/** Links the feed may carry: https, mailto (without extra headers) and tel (digits and separators only). */
export const LINK_PATTERN = /^(?:https:\/\/[^\s\\"<>`]+|mailto:[^\s?&\\/:"<>]+@[^\s?&\\/"<>]+|tel:\+?[0-9][0-9 ().-]{2,30})$/;
const Link = v.pipe(v.string(), v.maxLength(2048), v.regex(LINK_PATTERN, 'must be an https:, mailto: or tel: link'));
/** A channel's link: any of those, or an `sms:` link (lint accepts it on an `sms` channel only). */
const ChannelLink = v.pipe(v.string(), v.maxLength(2048), v.regex(new RegExp(`${LINK_PATTERN.source}|${SMS_LINK_PATTERN.source}`), 'must be an https:, mailto: or tel: link'));
const HttpsUrl = v.pipe(v.string(), v.maxLength(2048), v.regex(/^https:\/\/[^\s\\"<>`]+$/, 'must be an https: URL'));

/** An IANA time zone such as "Europe/Amsterdam", checked against the runtime's zone database. */
const TimeZone = v.pipe(
  v.string(),
  v.maxLength(64),
  v.check(isTimeZone, 'must be an IANA time zone such as "Europe/Amsterdam"'),
);

/** Up to 50 ids (LIMITS.incidents): an FAQ entry's incidents, an incident's faq_outdated. */
const IDS = v.optional(v.pipe(v.array(ID), v.maxLength(LIMITS.incidents)));

const Seq = v.pipe(v.number(), v.safeInteger('must be a whole number below 2^53'), v.minValue(0, 'must not be negative'));

const Envelope = {
  version: v.literal(1, 'must be 1'),
  feed_id: ID,
  seq: Seq,
  issued_at: TIME,
  expires_at: TIME,
};

/** What a publisher reads when `opening_hours` cannot be read (the CLI and the studio say it too). */
export const OPENING_HOURS_MESSAGE = 'must be opening hours such as "Mo-Fr 08:00-20:00; Sa 09:00-13:00", "08:00-22:00" (every day) or "24/7"';

export const Channel = v.object({
  id: ID,
  kind: v.picklist(CHANNEL_KINDS, `must be one of ${CHANNEL_KINDS.join(', ')}`),
  label: Text,
  href: ChannelLink,
  /** What or who the line is for ("For disabled passengers and anyone who needs help to travel"): shown under its name, kept after the all-clear. */
  purpose: v.optional(Text),
  wait_minutes: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(10_080))),
  /** Why the wait is what it is; on an emergency line, when to use it. */
  reason: v.optional(Text),
  /** When the wait and reason were last set (the CLI and the studio stamp it): lint asks about an old one (channel-wait-stale). */
  wait_updated_at: v.optional(TIME),
  hours: v.optional(Text),
  /** When the line is open, on the feed's clock, for the widget: outside these hours readers see "Closed now" and no wait. */
  opening_hours: v.optional(v.pipe(v.string(), v.maxLength(200), v.check((s) => parseOpeningHours(s) !== undefined, OPENING_HOURS_MESSAGE))),
  /** An emergency line (gas smell, no water, fraud): always listed first, never reordered by waits. */
  emergency: v.optional(v.boolean()),
  /** Only for the people its `purpose` names (care providers, partners): listed after the lines for everyone, never offered instead of them. */
  restricted: v.optional(v.boolean()),
});

export const Action = v.object({
  label: Text,
  href: v.optional(Link),
  detail: v.optional(Markdown),
  who: v.optional(Text),
  urgent: v.optional(v.boolean()),
});

export const Update = v.object({
  at: TIME,
  // The title shown with these texts, when the update after them changed it: the Atom entry of Monday's report keeps
  // "Cyberaanval: … werken niet", not the all-clear's title (trial P). Absent: the same as the next newer one's.
  title: v.optional(Text),
  known: v.optional(Markdown),
  unknown: v.optional(Markdown),
  note: v.optional(Markdown),
});

export const Incident = v.object({
  id: ID,
  title: Text,
  severity: v.picklist(SEVERITIES, `must be one of ${SEVERITIES.join(', ')}`),
  phase: v.picklist(PHASES, `must be one of ${PHASES.join(', ')}`),
  started_at: TIME,
  // Announced ahead (a strike, planned works): when the disruption itself begins; until then readers show it as announced.
  starts_at: v.optional(TIME),
  updated_at: TIME,
  confirmed_at: v.optional(TIME), // the same texts re-confirmed later (trial V): readers' "Updated …"
  resolved_at: v.optional(TIME),
  affects: v.optional(v.pipe(v.array(Text), v.maxLength(LIMITS.affects))),
  // FAQ entries whose standing answer does not hold while this one goes on: readers mark them "Geldt nu niet" and the help
  // dialog leaves them out (trial Q, finding 8: "Gaat mijn afspraak door? Ja, …" while all Tuesday appointments were cancelled).
  faq_outdated: IDS, // ≤ 50, one schema with FaqEntry's `incidents`: every element loads this file (size budget)
  known: Markdown,
  unknown: Markdown,
  next_update_at: v.nullable(TIME),
  actions: v.optional(v.pipe(v.array(Action), v.maxLength(LIMITS.actions))),
  updates: v.optional(v.pipe(v.array(Update), v.maxLength(LIMITS.updates))),
});

/** Why people get in touch ("No gas", "My bill"), each pointing to FAQ entries and channels. */
export const ContactReason = v.object({
  id: ID,
  label: Text,
  /** Danger or an emergency: listed first, the emergency lines under "Call now", nothing that makes the reader wait. */
  urgent: v.optional(v.boolean()),
  /**
   * Needed soon, no danger ("My flight leaves within 6 hours", a legal deadline): listed after the urgent reasons and
   * before the others, with the lines it names in their order, long waits included, and no emergency line pushed on top
   * (trial S). With `urgent` as well, urgent wins (lint: reason-urgent-and-time-critical).
   */
  time_critical: v.optional(v.boolean()),
  faq: v.optional(v.pipe(v.array(ID), v.maxLength(LIMITS.reasonLinks))),
  channels: v.optional(v.pipe(v.array(ID), v.maxLength(LIMITS.channels))),
});

export const StatusPayload = v.pipe(
  v.object({
    type: v.literal('status', 'must be "status"'),
    ...Envelope,
    publisher: v.object({ name: Text, url: HttpsUrl }),
    status_url: v.optional(HttpsUrl),
    poll_seconds: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(86_400))),
    time_zone: v.optional(TimeZone),
    channels: v.pipe(v.array(Channel), v.maxLength(LIMITS.channels)),
    incidents: v.pipe(v.array(Incident), v.maxLength(LIMITS.incidents)),
    contact_reasons: v.optional(v.pipe(v.array(ContactReason), v.maxLength(LIMITS.reasons))),
  }),
  v.check(
    // A notice (severity info: standing advice, feed/notice.ts) may promise none.
    (p) => p.incidents.every((i) => i.phase === 'resolved' || i.severity === 'info' || i.next_update_at !== null),
    'an open incident needs a next_update_at; null is only for resolved or info incidents',
  ),
);

export const FaqEntry = v.object({
  id: ID,
  question: Text,
  answer: Markdown,
  tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(LIMITS.tag))), v.maxLength(LIMITS.tags))),
  incidents: IDS,
});

const Example = v.pipe(v.string(), v.maxLength(LIMITS.tag));
const Examples = v.pipe(v.array(Example), v.maxLength(LIMITS.searchExamples));
/** Example searches for the hint under the search field: one list, or one list per language. */
export const SearchExamples = v.union(
  [Examples, v.pipe(v.record(LANG_TAG, Examples), v.maxEntries(LIMITS.languages))],
  'must be a list of short strings or an object of language tags to lists',
);

export const FaqPayload = v.object({
  type: v.literal('faq', 'must be "faq"'),
  ...Envelope,
  search_examples: v.optional(SearchExamples),
  entries: v.pipe(v.array(FaqEntry), v.maxLength(LIMITS.faqEntries)),
});

export type TextValue = v.InferOutput<typeof Text>;
export type Channel = v.InferOutput<typeof Channel>;
export type Action = v.InferOutput<typeof Action>;
export type ContactReason = v.InferOutput<typeof ContactReason>;
export type SearchExamples = v.InferOutput<typeof SearchExamples>;
export type Update = v.InferOutput<typeof Update>;
export type Incident = v.InferOutput<typeof Incident>;
export type StatusPayload = v.InferOutput<typeof StatusPayload>;
export type FaqEntry = v.InferOutput<typeof FaqEntry>;
export type FaqPayload = v.InferOutput<typeof FaqPayload>;
export type Payload = StatusPayload | FaqPayload;

export const PAYLOAD_SCHEMAS = { status: StatusPayload, faq: FaqPayload } as const;

/** One problem found by validation, with a JSON-pointer-like path such as `incidents/0/severity`. */
export interface Issue {
  path: string;
  message: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Validates a parsed payload of the given kind. Unknown members are dropped, never passed on. */
export function validatePayload<K extends DocumentKind>(
  kind: K,
  input: unknown,
): Validation<K extends 'status' ? StatusPayload : FaqPayload> {
  const result = v.safeParse(PAYLOAD_SCHEMAS[kind] as v.GenericSchema, input, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output as never };
  return { ok: false, issues: dedupe(result.issues.map(toIssue)) };
}

/**
 * Schema problems as one line of text, `path: message; path: message`, the single way the
 * verifier, the elements and the CLI describe them. Past `max` problems it says how many more.
 */
export function formatIssues(issues: readonly Issue[], max = 10): string {
  const shown = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > max) shown.push(`and ${issues.length - max} more`);
  return shown.join('; ');
}

function toIssue(issue: v.BaseIssue<unknown>): Issue {
  const path = (issue.path ?? []).map((p) => String(p.key)).join('/');
  // A union of "string or language map" reports its own summary; the nested detail is clearer.
  const nested = issue.issues?.find((i) => i.path && i.path.length > (issue.path?.length ?? 0));
  if (issue.type === 'union' && nested) return toIssue(nested);
  const missing = issue.kind === 'schema' && issue.input === undefined && issue.expected !== 'undefined';
  // "wait_minutes": "5" — the most common slip of people who do not write JSON daily.
  const quoted = issue.expected === 'number' && typeof issue.input === 'string' && issue.input.trim() !== '' && !Number.isNaN(Number(issue.input));
  if (quoted) return { path: path || '(root)', message: `must be a number, without quotes: ${String(issue.input).trim()} instead of "${String(issue.input)}"` };
  return { path: path || '(root)', message: missing ? 'is required' : issue.message };
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\n${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
