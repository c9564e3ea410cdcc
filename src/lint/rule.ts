/**
 * What a lint rule is: a name, a severity and a check that yields problems. Each rule lives in
 * src/lint/rules/ beside its siblings and is registered by one line in RULES (index.ts); its
 * failing and passing case is one row in test/node/lint-rules.test.mjs.
 */
import type { DocumentKind } from '../feed/schema.js';
import { linksOf, textsOf, type Link, type Obj, type TextAt } from './walk.js';

export const SEVERITY_LEVELS = ['error', 'warning'] as const;
export type FindingSeverity = (typeof SEVERITY_LEVELS)[number];

/** One problem a rule found: where, what, and what to do about it. */
export interface Problem {
  /** Where, like `incidents/0/known/nl`; `(root)` for the document itself. */
  path: string;
  message: string;
  /** What to do about it, in one sentence. */
  fix: string;
}

/** The document being linted, with what several rules need computed once. */
export class LintContext {
  #texts?: TextAt[];
  #links?: Link[];
  constructor(
    readonly doc: Obj,
    readonly kind: DocumentKind,
    /** The current time in milliseconds. */
    readonly now: number,
    /** IANA time zone for clock times in messages. */
    readonly timeZone: string,
  ) {}
  /** Every human-readable text with its path. */
  get texts(): TextAt[] {
    return (this.#texts ??= textsOf(this.doc));
  }
  /** Every link: hrefs and links written inside Markdown. */
  get links(): Link[] {
    return (this.#links ??= linksOf(this.doc, this.texts));
  }
}

export interface Rule<N extends string = string> {
  name: N;
  severity: FindingSeverity;
  check(ctx: LintContext): Iterable<Problem>;
}

/** Declares a rule; the literal name becomes part of the `LintRule` union. */
export function defineRule<const N extends string>(name: N, severity: FindingSeverity, check: (ctx: LintContext) => Iterable<Problem>): Rule<N> {
  return { name, severity, check };
}
