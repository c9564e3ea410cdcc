/**
 * What a lint rule is: a name, a severity and a check that yields problems. Each rule lives in
 * src/lint/rules/ beside its siblings and is registered by one line in RULES (index.ts); its
 * failing and passing case is one row in test/node/lint-rules.test.mjs.
 *
 * A rule writes its message and fix once, in every UI language side by side, as a `Said`:
 * `{ en: '…', nl: '…' }`. TypeScript refuses a rule text without one of the languages, and
 * lint-rules.test.mjs checks that each rule's Dutch is there and differs from its English.
 */
import type { DocumentKind } from '../feed/schema.js';
import type { UiLanguage } from '../i18n/terms.js';
import { linksOf, textsOf, type Link, type Obj, type TextAt } from './walk.js';

export const SEVERITY_LEVELS = ['error', 'warning'] as const;
export type FindingSeverity = (typeof SEVERITY_LEVELS)[number];

/** One problem a rule found: where, what, and what to do about it, in the reader's language. */
export interface Problem {
  /** Where, like `incidents/0/known/nl`; `(root)` for the document itself. */
  path: string;
  message: string;
  /** What to do about it, in one sentence. */
  fix: string;
}

/**
 * A text in every UI language, for staff under pressure: plain words, what to do. English is
 * lower-case without a final full stop in a message (it follows "path:" or "Problem:"), a
 * sentence in a fix; Dutch says "u", as the rest of the Dutch UI.
 */
export type Said = Readonly<Record<UiLanguage, string>>;

/** What a rule's check yields: a problem with its message and fix in every UI language. */
export interface SaidProblem {
  path: string;
  message: Said;
  fix: Said;
}

/**
 * Who reads a finding: `feed` (the CLI, the default: whoever edits feed.json, so "reason",
 * `"emergency": true` and channel ids are the words to act on) or `desk` (the studio, for staff
 * who never see the JSON: the form's labels, "Reason for the wait", the names readers see).
 */
export const AUDIENCES = ['feed', 'desk'] as const;
export type Audience = (typeof AUDIENCES)[number];

const ALT = /\uE000([^\uE001]*)\uE001([^\uE002]*)\uE002/g;

/**
 * The words of a Said text that differ by audience, kept in the one rule text: `feedOr('"reason"',
 * '“Reason for the wait”')`. The same rule, message and fix serve both; only these words change.
 */
export const feedOr = (feed: string, desk: string): string => `\uE000${feed}\uE001${desk}\uE002`;

/** The text for a BCP 47 tag (`nl`, `nl-BE`, `en-GB`): its primary language when given, else English; for the CLI unless `audience` is `desk`. */
export function pick(said: Said, tag = 'en', audience: Audience = 'feed'): string {
  const primary = tag.toLowerCase().split('-')[0]!;
  const text = Object.hasOwn(said, primary) ? said[primary as UiLanguage] : said.en;
  return text.replace(ALT, (_, feed: string, desk: string) => (audience === 'desk' ? desk : feed));
}

/** A problem in the reader's language, in the words of its audience. */
export const inLanguage = (p: SaidProblem, tag?: string, audience?: Audience): Problem => ({
  path: p.path,
  message: pick(p.message, tag, audience),
  fix: pick(p.fix, tag, audience),
});

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
    /** Entry ids of the FAQ that contact reasons may name; undefined when lint was not given the FAQ. */
    readonly faqIds?: ReadonlySet<string>,
    /** The version published before this one (its payload), when the caller has it: starts-while-going-on compares with it. */
    readonly previous?: Obj,
    /** The FAQ document (its payload) that goes with a status feed, when lint was given it: channel-number-near-faq reads its numbers. */
    readonly faq?: Obj,
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
  check(ctx: LintContext): Iterable<SaidProblem>;
}

/** Declares a rule; the literal name becomes part of the `LintRule` union. */
export function defineRule<const N extends string>(name: N, severity: FindingSeverity, check: (ctx: LintContext) => Iterable<SaidProblem>): Rule<N> {
  return { name, severity, check };
}
