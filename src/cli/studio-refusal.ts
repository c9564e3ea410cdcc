/**
 * What the studio server answers when asked to sign a feed with lint errors (past the page's own
 * check: an older page, another tab, a script): the errors themselves, each with where it is in
 * the form's words, what is wrong and how to fix it, in the studio's language, as the page lists
 * them (sign-panel.ts). "lint errors: fix them before signing" alone left the desk nothing to act on.
 */
import { zoneOf } from '../feed/times.js';
import type { Named } from '../feed/incident-name.js';
import type { Issue } from '../feed/schema.js';
import { lintDocument, type Finding } from '../lint/index.js';
import { placeOf } from '../lint/place.js';
import { pick } from '../lint/rule.js';
import { schemaFix } from '../lint/rules/schema-fix.js';
import { schemaSaid } from '../lint/rules/schema-words.js';
import { nlCount } from './lint-report.js';
import { issuedAhead } from './issued-ahead.js';

export interface SignRefusal {
  message: string;
  errors: { path: string; place: string; rule: string; message: string; fix: string }[];
}

/**
 * The refusal for `payload`, or undefined when lint finds no errors. With `issues` (the schema's, for
 * a payload that is not a valid feed): those lint does not already name, in the desk's words too
 * (lint/rules/schema-words.ts), so the refusal is never the schema's English JSON paths. With `before` (the feed file
 * as it is now): a passed promise of an incident this publish leaves as it was does not hold it up, as the page lets
 * it pass (editor/findings.ts): with two incidents overdue, each update was refused for the other's (trial H).
 */
export function signRefusal(payload: unknown, lang: 'en' | 'nl', now = Date.now(), issues: readonly Issue[] = [], before?: string): SignRefusal | undefined {
  const kept = untouched(payload, before);
  const found: Finding[] = lintDocument(payload, { now, timeZone: zoneOf(payload), lang, audience: 'desk', previous: parsed(before) }).filter((f) => f.severity === 'error' && !(f.rule === 'next-update-past' && kept.has(Number(/^incidents\/(\d+)/.exec(f.path)?.[1]))));
  const named = new Set(found.map((f) => f.path));
  // Lint stamps seq, issued_at and expires_at before its schema check (sign adds them): the schema's own word on those.
  const rest = issues.filter((i) => !named.has(i.path)).map((i): Finding => ({ severity: 'error', rule: 'schema', path: i.path, message: pick(schemaSaid(i.message), lang, 'desk'), fix: pick(schemaFix(i.message, i.path, payload), lang, 'desk') }));
  // An issued_at ahead of this computer's clock, as `clearline sign` refuses it (issued-ahead.ts): the studio signs on the same path
  // (the fix offers no --force, which the studio does not have, and `sign` no longer offers).
  const ahead = issuedAhead(payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {}, 'feed.json', now, lang);
  if (!found.length && !rest.length && !ahead) return undefined;
  const incidents = ((payload as { incidents?: unknown } | null)?.incidents ?? []) as Named[];
  const errors = [...found, ...rest, ...(ahead ? [{ path: 'issued_at', rule: 'issued-ahead', message: ahead.problem, fix: ahead.fix }] : [])].map((f) => ({ path: f.path, place: placeOf(f.path, lang, Array.isArray(incidents) ? incidents : []), rule: f.rule as string, message: f.message, fix: f.fix }));
  const head = lang === 'nl' ? `Niet ondertekend: ${nlCount(errors.length, 'fout', 'fouten')} om eerst op te lossen.` : `Not signed: ${errors.length === 1 ? '1 error' : `${errors.length} errors`} to fix first.`;
  const list = errors.map((e, i) => `${errors.length > 1 ? `${i + 1}. ` : ''}${e.place}: ${e.message}. ${e.fix}`);
  return { message: [head, ...list].join(' '), errors };
}

/** The feed file as it was before this publish (starts-while-going-on compares with it), or undefined. */
function parsed(before: string | undefined): unknown {
  try {
    return before === undefined ? undefined : JSON.parse(before);
  } catch {
    return undefined;
  }
}

/** JSON with each object's keys in order, so that the same incident read back from the file compares equal. */
const canon = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));

/** The indexes of the payload's incidents that are as they are in `before` (the feed file's text), by id, when another is not. */
function untouched(payload: unknown, before: string | undefined): Set<number> {
  const list = (doc: unknown): unknown[] => (Array.isArray((doc as { incidents?: unknown } | null)?.incidents) ? (doc as { incidents: unknown[] }).incidents : []);
  let old: unknown;
  try {
    old = before === undefined ? undefined : JSON.parse(before);
  } catch {
    return new Set();
  }
  const was = new Map(list(old).map((i) => [(i as { id?: unknown }).id, canon(i)]));
  const same = list(payload).flatMap((i, n) => (was.get((i as { id?: unknown }).id) === canon(i) ? [n] : []));
  // Only beside an incident this publish does change: re-signed as it was, a passed promise holds it up (as heartbeat).
  return new Set(same.length < list(payload).length ? same : []);
}
