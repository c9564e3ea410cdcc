/**
 * What the studio server answers when asked to sign a feed with lint errors (past the page's own
 * check: an older page, another tab, a script): the errors themselves, each with where it is in
 * the form's words, what is wrong and how to fix it, in the studio's language, as the page lists
 * them (sign-panel.ts). "lint errors: fix them before signing" alone left the desk nothing to act on.
 */
import { zoneOf } from '../feed/times.js';
import type { Named } from '../feed/incident-name.js';
import { lintDocument, type Finding } from '../lint/index.js';
import { placeOf } from '../lint/place.js';
import { nlCount } from './lint-report.js';

export interface SignRefusal {
  message: string;
  errors: { path: string; place: string; rule: string; message: string; fix: string }[];
}

/** The refusal for `payload`, or undefined when lint finds no errors. */
export function signRefusal(payload: unknown, lang: 'en' | 'nl', now = Date.now()): SignRefusal | undefined {
  const found: Finding[] = lintDocument(payload, { now, timeZone: zoneOf(payload), lang, audience: 'desk' }).filter((f) => f.severity === 'error');
  if (!found.length) return undefined;
  const incidents = ((payload as { incidents?: unknown } | null)?.incidents ?? []) as Named[];
  const errors = found.map((f) => ({ path: f.path, place: placeOf(f.path, lang, Array.isArray(incidents) ? incidents : []), rule: f.rule, message: f.message, fix: f.fix }));
  const head = lang === 'nl' ? `Niet ondertekend: ${nlCount(errors.length, 'fout', 'fouten')} om eerst op te lossen.` : `Not signed: ${errors.length === 1 ? '1 error' : `${errors.length} errors`} to fix first.`;
  const list = errors.map((e, i) => `${errors.length > 1 ? `${i + 1}. ` : ''}${e.place}: ${e.message}. ${e.fix}`);
  return { message: [head, ...list].join(' '), errors };
}
