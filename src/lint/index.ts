/**
 * Clarity lint for status and FAQ documents: the mistakes that make customers call (no next
 * update, a promised update that is already late, placeholders, a missing language, an
 * unreachable phone number). Pure: no Node or DOM imports, so the CLI and a web editor share it.
 *
 * Adding a rule: define it with `defineRule` in src/lint/rules/, add it to RULES below, and add
 * its failing and passing case to test/node/lint-rules.test.mjs.
 */
import type { DocumentKind } from '../feed/schema.js';
import { waitWithoutReason } from './rules/channels.js';
import { placeholder, schema, shapeProblem, validityTooLong } from './rules/document.js';
import { knownMissing, nextUpdateMissing, nextUpdatePast, nextUpdateTooFar, unknownMissing, urgentActionMissing } from './rules/incidents.js';
import { languageMissing } from './rules/language.js';
import { linkScheme, phoneE164 } from './rules/links.js';
import { emergencyChannelMissing, rawHtml } from './rules/safety.js';
import { jargon, longSentence } from './rules/readability.js';
import { LintContext, type FindingSeverity, type Problem } from './rule.js';

export { SEVERITY_LEVELS, type FindingSeverity } from './rule.js';
export { PLACEHOLDER } from './rules/document.js';
export { JARGON } from './rules/readability.js';
export { CLARITY_LIMITS } from './rules/limits.js';

/** Every rule, in the order its findings are listed. */
const RULES = [
  schema,
  validityTooLong,
  knownMissing,
  unknownMissing,
  nextUpdateMissing,
  nextUpdatePast,
  nextUpdateTooFar,
  urgentActionMissing,
  emergencyChannelMissing,
  waitWithoutReason,
  placeholder,
  languageMissing,
  linkScheme,
  phoneE164,
  rawHtml,
  longSentence,
  jargon,
] as const;

export type LintRule = (typeof RULES)[number]['name'];
export const LINT_RULES: readonly LintRule[] = RULES.map((r) => r.name);

export interface Finding extends Problem {
  severity: FindingSeverity;
  rule: LintRule;
}

export interface LintOptions {
  /** The current time in milliseconds; the next update is judged against it. */
  now?: number;
  /** IANA time zone for clock times in messages ("you promised an update at 14:00"); default UTC. */
  timeZone?: string;
}

/**
 * Lints a parsed status or FAQ document. Schema problems come first (rule `schema`), then the
 * clarity rules, which also run on an invalid document as far as its shape allows.
 */
export function lintDocument(doc: unknown, options: LintOptions = {}): Finding[] {
  const shape = shapeProblem(doc);
  if (shape) return [{ ...shape, severity: 'error', rule: 'schema' }];
  const d = doc as Record<string, unknown>;
  const ctx = new LintContext(d, d.type as DocumentKind, options.now ?? Date.now(), options.timeZone ?? 'UTC');
  return RULES.flatMap((rule) => [...rule.check(ctx)].map((p): Finding => ({ severity: rule.severity, rule: rule.name, ...p })));
}

/** Error and warning counts. */
export function summarize(findings: readonly Finding[]): { errors: number; warnings: number } {
  return { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length };
}

/** One line per finding, for terminals and logs. */
export function formatFinding(f: Finding): string {
  return `${f.severity === 'error' ? 'error  ' : 'warning'} ${f.path}: ${f.message} [${f.rule}]\n        fix: ${f.fix}`;
}
