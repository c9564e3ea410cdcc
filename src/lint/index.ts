/**
 * Clarity lint for status and FAQ documents: the mistakes that make customers call (no next
 * update, a promised update that is already late, placeholders, a missing language, an
 * unreachable phone number). Pure: no Node or DOM imports, so the CLI and a web editor share it.
 */
import { DOCUMENT_TYPES, validatePayload, type DocumentKind } from '../feed/schema.js';

export const SEVERITY_LEVELS = ['error', 'warning'] as const;
export type FindingSeverity = (typeof SEVERITY_LEVELS)[number];

export const LINT_RULES = [
  'schema',
  'known-missing',
  'unknown-missing',
  'next-update-missing',
  'next-update-past',
  'next-update-too-far',
  'placeholder',
  'language-missing',
  'link-scheme',
  'phone-e164',
  'validity-too-long',
  'urgent-action-missing',
  'wait-without-reason',
  'long-sentence',
  'jargon',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

export interface Finding {
  severity: FindingSeverity;
  rule: LintRule;
  /** Where, like `incidents/0/known/nl`; `(root)` for the document itself. */
  path: string;
  message: string;
  /** What to do about it, in one sentence. */
  fix: string;
}

export interface LintOptions {
  /** The current time in milliseconds; the next update is judged against it. */
  now?: number;
  /** IANA time zone for clock times in messages ("you promised an update at 14:00"); default UTC. */
  timeZone?: string;
}

/** Placeholders left by `clearline new incident`: `[[TODO: …]]`. */
export const PLACEHOLDER = /\[\[\s*TODO\b[^\]]*\]\]/i;
export const PLACEHOLDER_START = '[[TODO: ';

export const LIMITS = {
  /** The furthest ahead a next update may be promised. */
  nextUpdateMs: 4 * 3_600_000,
  /** The longest validity a publisher should sign for (readers accept up to 7 days). */
  validityMs: 24 * 3_600_000,
  /** A channel wait above this needs a reason. */
  waitMinutes: 30,
  /** Words per sentence in `known` above which it reads as a wall. */
  sentenceWords: 25,
} as const;

/** Jargon customers don't use, per language, with a plainer way to say it. */
export const JARGON: Record<'en' | 'nl', ReadonlyArray<readonly [string, string]>> = {
  en: [
    ['root cause', 'cause'],
    ['mitigate', 'limit'],
    ['mitigation', 'what we do to limit it'],
    ['degraded', 'slow or partly working'],
    ['latency', 'delay'],
    ['failover', 'switch to a backup'],
    ['upstream', 'a supplier'],
    ['downstream', 'services that depend on it'],
    ['remediation', 'repair'],
    ['workaround', 'another way to do it'],
    ['SLA', 'what we promised'],
    ['ETA', 'expected time'],
    ['RCA', 'the cause'],
    ['P1', 'a serious problem'],
    ['leverage', 'use'],
  ],
  nl: [
    ['root cause', 'oorzaak'],
    ['mitigeren', 'beperken'],
    ['mitigatie', 'wat we doen om het te beperken'],
    ['gedegradeerd', 'traag of deels werkend'],
    ['latentie', 'vertraging'],
    ['failover', 'overschakelen op een reservesysteem'],
    ['ketenpartner', 'een bedrijf waarmee we samenwerken'],
    ['ketenpartners', 'bedrijven waarmee we samenwerken'],
    ['middels', 'met'],
    ['conform', 'volgens'],
    ['dientengevolge', 'daardoor'],
    ['ten behoeve van', 'voor'],
    ['in behandeling genomen', 'we werken eraan'],
    ['SLA', 'wat we hebben beloofd'],
    ['workaround', 'een andere manier'],
  ],
};

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const LANG_KEY = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

interface TextAt {
  path: string;
  value: Json;
  markdown: boolean;
}

/** Every human-readable text of a document (title, known, labels…), with its path. */
function textsOf(doc: Obj): TextAt[] {
  const out: TextAt[] = [];
  const add = (path: string, value: Json, markdown = false) => {
    if (value !== undefined && value !== null) out.push({ path, value, markdown });
  };
  const each = (v: Json, fn: (item: Obj, path: string) => void, base: string) => {
    if (Array.isArray(v)) v.forEach((item, i) => isObj(item) && fn(item, `${base}/${i}`));
  };
  if (isObj(doc.publisher)) add('publisher/name', doc.publisher.name);
  each(doc.channels, (c, p) => ['label', 'reason', 'hours'].forEach((k) => add(`${p}/${k}`, c[k])), 'channels');
  each(
    doc.incidents,
    (inc, p) => {
      add(`${p}/title`, inc.title);
      add(`${p}/known`, inc.known, true);
      add(`${p}/unknown`, inc.unknown, true);
      if (Array.isArray(inc.affects)) inc.affects.forEach((a, i) => add(`${p}/affects/${i}`, a));
      each(
        inc.actions,
        (a, ap) => {
          add(`${ap}/label`, a.label);
          add(`${ap}/detail`, a.detail, true);
          add(`${ap}/who`, a.who);
        },
        `${p}/actions`,
      );
      each(inc.updates, (u, up) => ['known', 'unknown', 'note'].forEach((k) => add(`${up}/${k}`, u[k], true)), `${p}/updates`);
    },
    'incidents',
  );
  each(
    doc.entries,
    (e, p) => {
      add(`${p}/question`, e.question);
      add(`${p}/answer`, e.answer, true);
    },
    'entries',
  );
  return out;
}

/** The strings of a text value with their language ('' for a plain string) and path. */
function stringsOf(t: TextAt): { lang: string; text: string; path: string }[] {
  if (typeof t.value === 'string') return [{ lang: '', text: t.value, path: t.path }];
  if (isObj(t.value)) {
    return Object.entries(t.value)
      .filter((e): e is [string, string] => typeof e[1] === 'string')
      .map(([lang, text]) => ({ lang, text, path: `${t.path}/${lang}` }));
  }
  return [];
}

/** Every string anywhere in the document, with its path (for placeholders). */
function* allStrings(v: Json, path: string): Generator<{ path: string; text: string }> {
  if (typeof v === 'string') yield { path: path || '(root)', text: v };
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* allStrings(v[i], path ? `${path}/${i}` : String(i));
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) yield* allStrings(x, path ? `${path}/${k}` : k);
}

const isBlank = (v: Json) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (isObj(v) && Object.values(v).every((x) => typeof x !== 'string' || x.trim() === ''));

/** Links written in Markdown: `[text](url)`, `<url>`, `[ref]: url` and bare `http://`. */
function markdownLinks(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\]\(\s*<?([^\s)>]+)/g)) found.push(m[1]!);
  for (const m of text.matchAll(/<([A-Za-z][A-Za-z0-9+.-]*:[^\s>]+)>/g)) found.push(m[1]!);
  for (const m of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) found.push(m[1]!);
  for (const m of text.matchAll(/(?<![(<\w])((?:http|ftp|javascript|data|file):[^\s)>]+)/gi)) found.push(m[1]!);
  return [...new Set(found)];
}

const SAFE_SCHEME = /^(?:https:|mailto:|tel:)/i;
/** tel: with `+`, a country code and at most 15 digits; spaces, dots, dashes and brackets are allowed as separators. */
const E164 = /^\+[1-9]\d{1,14}$/;

function telProblem(href: string): string | undefined {
  if (!/^tel:/i.test(href)) return undefined;
  const digits = href.slice(4).replace(/[\s().-]/g, '');
  return E164.test(digits) ? undefined : digits;
}

function clock(ms: number, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone, hour12: false }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(11, 16);
  }
}

const sentences = (text: string) =>
  text
    .replace(/[*_`#>]/g, ' ')
    .split(/(?<=[.!?])\s+|\n{2,}|\n\s*[-*+]\s/)
    .map((s) => s.trim())
    .filter(Boolean);
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function jargonIn(text: string, lang: string): [string, string][] {
  const primary = lang.toLowerCase().split('-')[0];
  const lists = primary === 'en' || primary === 'nl' ? [JARGON[primary]] : [JARGON.en, JARGON.nl];
  const hits: [string, string][] = [];
  for (const list of lists) {
    for (const [term, plain] of list) {
      const caseSensitive = term === term.toUpperCase();
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
      if (re.test(text) && !hits.some(([t]) => t === term)) hits.push([term, plain]);
    }
  }
  return hits;
}

/**
 * Lints a parsed status or FAQ document. Schema problems come first (rule `schema`), then the
 * clarity rules, which also run on an invalid document as far as its shape allows.
 */
export function lintDocument(doc: unknown, options: LintOptions = {}): Finding[] {
  const now = options.now ?? Date.now();
  const timeZone = options.timeZone ?? 'UTC';
  const findings: Finding[] = [];
  const error = (rule: LintRule, path: string, message: string, fix: string) => findings.push({ severity: 'error', rule, path, message, fix });
  const warn = (rule: LintRule, path: string, message: string, fix: string) => findings.push({ severity: 'warning', rule, path, message, fix });

  if (!isObj(doc)) {
    error('schema', '(root)', 'the document is not a JSON object', 'Start from `clearline new incident` or docs/feed-format.md.');
    return findings;
  }
  const kind = doc.type as DocumentKind;
  if (!(typeof kind === 'string' && kind in DOCUMENT_TYPES)) {
    error('schema', 'type', 'the document needs "type": "status" or "type": "faq"', 'Add "type": "status" for a status feed or "type": "faq" for an FAQ.');
    return findings;
  }
  // `clearline sign` stamps issued_at, expires_at and seq, so an unsigned draft may leave them out.
  const stamp = { seq: 0, issued_at: new Date(now).toISOString(), expires_at: new Date(now + 3_600_000).toISOString() };
  const valid = validatePayload(kind, { ...stamp, ...doc });
  if (!valid.ok) for (const i of valid.issues) error('schema', i.path, i.message, 'Correct this field; `clearline schema` prints the full format.');

  // Validity window.
  const issued = typeof doc.issued_at === 'string' ? Date.parse(doc.issued_at) : NaN;
  const expires = typeof doc.expires_at === 'string' ? Date.parse(doc.expires_at) : NaN;
  if (expires - issued > LIMITS.validityMs) {
    const hours = Math.round((expires - issued) / 3_600_000);
    error('validity-too-long', 'expires_at', `expires_at is ${hours} hours after issued_at; a feed should be re-signed at least every 24 hours`, 'Sign with --valid 24h or less, and re-sign on a schedule with `clearline heartbeat`.');
  }

  // Open incidents: the four parts.
  if (Array.isArray(doc.incidents)) {
    doc.incidents.forEach((inc, i) => {
      if (!isObj(inc) || inc.phase === 'resolved') return;
      const p = `incidents/${i}`;
      if (isBlank(inc.known)) error('known-missing', `${p}/known`, 'an open incident does not say what we know', 'Write what is certain now, even if it is little: what happened, since when, who is affected.');
      if (isBlank(inc.unknown)) error('unknown-missing', `${p}/unknown`, "an open incident does not say what we don't know yet", "Write what is still unclear (cause, how long it lasts), so people stop calling to ask.");
      const next = typeof inc.next_update_at === 'string' ? Date.parse(inc.next_update_at) : NaN;
      if (inc.next_update_at === null || inc.next_update_at === undefined || Number.isNaN(next)) {
        error('next-update-missing', `${p}/next_update_at`, 'an open incident does not say when the next update comes', 'Set a next update time, e.g. `clearline update --incident ID --next-update +30m`.');
      } else if (next < now) {
        error('next-update-past', `${p}/next_update_at`, `you promised an update at ${clock(next, timeZone)} (${String(inc.next_update_at)}), which has passed`, 'Publish an update now, or promise a new time with `clearline update --next-update +30m`.');
      } else if (next - now > LIMITS.nextUpdateMs) {
        error('next-update-too-far', `${p}/next_update_at`, `the next update is ${Math.round((next - now) / 60_000)} minutes away; more than 4 hours of silence makes people call`, 'Promise an update within 4 hours, even if it is only "no news yet".');
      }
      const severe = inc.severity === 'major' || inc.severity === 'critical';
      const actions = Array.isArray(inc.actions) ? inc.actions : [];
      if (severe && !actions.some((a) => isObj(a) && a.urgent === true)) {
        warn('urgent-action-missing', `${p}/actions`, `a ${String(inc.severity)} incident has no urgent action`, 'Add the one thing people must do now (with "urgent": true), or say that nobody needs to act.');
      }
    });
  }

  // Channels: long waits need a reason.
  if (Array.isArray(doc.channels)) {
    doc.channels.forEach((c, i) => {
      if (!isObj(c) || typeof c.wait_minutes !== 'number' || c.wait_minutes <= LIMITS.waitMinutes || !isBlank(c.reason)) return;
      warn('wait-without-reason', `channels/${i}/reason`, `a wait of ${c.wait_minutes} minutes is given without a reason`, 'Add a "reason" (e.g. "very many calls because of the storm") and, if you can, a faster channel.');
    });
  }

  // Placeholders anywhere.
  for (const s of allStrings(doc, '')) {
    const m = PLACEHOLDER.exec(s.text);
    if (m) error('placeholder', s.path, `a placeholder is still there: ${m[0].length > 80 ? m[0].slice(0, 77) + '…' : m[0]}`, 'Replace the [[TODO: …]] text with your own words, or remove the field.');
  }

  // Languages: each text in every language used anywhere in the document.
  const texts = textsOf(doc);
  const langs = new Set<string>();
  for (const t of texts) if (isObj(t.value)) Object.keys(t.value).filter((k) => LANG_KEY.test(k)).forEach((k) => langs.add(k));
  if (langs.size > 1) {
    for (const t of texts) {
      if (!isObj(t.value)) continue;
      const missing = [...langs].filter((l) => isBlank(t.value && (t.value as Obj)[l]));
      if (missing.length) error('language-missing', t.path, `this text has no ${missing.join(', ')} while other texts do`, `Add the ${missing.join(', ')} text, so every reader gets the whole message in their language.`);
    }
  }

  // Links and phone numbers: hrefs and links inside Markdown.
  const links: { path: string; href: string }[] = [];
  const hrefAt = (path: string, v: Json) => typeof v === 'string' && links.push({ path, href: v });
  if (Array.isArray(doc.channels)) doc.channels.forEach((c, i) => isObj(c) && hrefAt(`channels/${i}/href`, c.href));
  if (Array.isArray(doc.incidents)) {
    doc.incidents.forEach((inc, i) => {
      if (isObj(inc) && Array.isArray(inc.actions)) inc.actions.forEach((a, j) => isObj(a) && hrefAt(`incidents/${i}/actions/${j}/href`, a.href));
    });
  }
  for (const t of texts) if (t.markdown) for (const s of stringsOf(t)) for (const href of markdownLinks(s.text)) links.push({ path: s.path, href });
  for (const { path, href } of links) {
    if (!SAFE_SCHEME.test(href)) {
      error('link-scheme', path, `the link ${href} is not https:, mailto: or tel:`, 'Use an https: address (or mailto:/tel:); other links are not shown to readers.');
      continue;
    }
    const digits = telProblem(href);
    if (digits !== undefined) error('phone-e164', path, `the phone number ${href} is not in international E.164 form`, `Write it with + and the country code, e.g. tel:+31201234567 (got ${digits || 'nothing'}).`);
  }

  // Readability: long sentences in `known`, jargon everywhere.
  for (const t of texts) {
    for (const s of stringsOf(t)) {
      if (PLACEHOLDER.test(s.text)) continue;
      if (/^incidents\/\d+\/known$/.test(t.path)) {
        const long = sentences(s.text).find((x) => words(x) > LIMITS.sentenceWords);
        if (long) warn('long-sentence', s.path, `a sentence of ${words(long)} words: "${long.length > 60 ? long.slice(0, 57) + '…' : long}"`, `Split it: keep sentences under ${LIMITS.sentenceWords} words, one fact each.`);
      }
      for (const [term, plain] of jargonIn(s.text, s.lang)) {
        warn('jargon', s.path, `"${term}" is jargon for many readers`, `Say "${plain}" instead.`);
      }
    }
  }
  return findings;
}

/** Error and warning counts. */
export function summarize(findings: readonly Finding[]): { errors: number; warnings: number } {
  return { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length };
}

/** One line per finding, for terminals and logs. */
export function formatFinding(f: Finding): string {
  return `${f.severity === 'error' ? 'error  ' : 'warning'} ${f.path}: ${f.message} [${f.rule}]\n        fix: ${f.fix}`;
}
