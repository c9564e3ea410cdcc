/**
 * Clarity lint for status and FAQ documents: the mistakes that make customers call (no next
 * update, a promised update that is already late, placeholders, a missing language, an
 * unreachable phone number). Pure: no Node or DOM imports, so the CLI and a web editor share it.
 *
 * Adding a rule: define it with `defineRule` in src/lint/rules/, with its message and fix in
 * English and Dutch side by side (`{ en: '…', nl: '…' }`, see rule.ts), add it to RULES below, and
 * add its failing and passing case to test/node/lint-rules.test.mjs (which also checks the Dutch).
 *
 * Findings come in the reader's language: `lintDocument(doc, { lang: 'nl' })`; English by default.
 * For the studio, `audience: 'desk'` says them in the form's words instead of the JSON's (rule.ts, `feedOr`).
 */
import type { DocumentKind } from '../feed/schema.js';
import { incidentTitle, type Named } from '../feed/incident-name.js';
import { channelLinkTwice, channelsMissing, emergencyUnmarked, nameMissing, phoneNoWait, waitWithoutReason } from './rules/channels.js';
import { placeholder, schema, shapeProblem, validityTooLong } from './rules/document.js';
import { closingTextUnchanged } from './rules/closing.js';
import { channelWaitStale } from './rules/wait-stale.js';
import { actionInTwoIncidents } from './rules/action-twice.js';
import { resolvedNextUpdate } from './rules/resolved-next.js';
import { channelOutageWords } from './rules/channel-after.js';
import { restrictedEmergency, restrictedNoPurpose } from './rules/restricted.js';
import { knownMissing, nextUpdateMissing, nextUpdatePast, nextUpdateTooFar, startedInFuture, unknownMissing, urgentActionMissing } from './rules/incidents.js';
import { phoneMessageTooLong } from './rules/phone-message.js';
import { startsWhileGoingOn } from './rules/starts-going-on.js';
import { weekdayDateMismatch } from './rules/weekday-date.js';
import { dailyAfterStart } from './rules/daily-start.js';
import { languageMissing, translationNotUpdated } from './rules/language.js';
import { titleLong, titleMissing } from './rules/title.js';
import { relativeDayStale } from './rules/relative-day.js';
import { relativeDayNight } from './rules/relative-night.js';
import { relativeTimeStale } from './rules/relative-time.js';
import { textSameInLanguages } from './rules/same-text.js';
import { textInOtherLanguage } from './rules/wrong-language.js';
import { textInOneLanguage } from './rules/plain-language.js';
import { foreignLink, scamLink } from './rules/foreign-link.js';
import { costlyNumber, numberNearChannel } from './rules/numbers.js';
import { numberNotChannel } from './rules/number-not-channel.js';
import { channelNumberNearFaq } from './rules/faq-number.js';
import { clock24Hour, dateOrder, emergencyNumberElsewhere } from './rules/country.js';
import { numericDateRule } from './rules/numeric-date.js';
import { carbonMonoxideIndoors, generatorBackfeed } from './rules/generator.js';
import { emergencyPhoneLength, linkScheme, phoneE164, phoneLength } from './rules/links.js';
import { emergencyLineAbroad, emergencyNumberNotInCountry, numberNotInCountry } from './rules/foreign-number.js';
import { smsKeyword } from './rules/sms-keyword.js';
import { textOnPhoneChannel } from './rules/text-on-phone.js';
import { contactReasonsMissing, reasonChannelUnknown, reasonEmergencyUnnamed, reasonEmergencyUnrelated, reasonEntryUnknown } from './rules/reasons.js';
import { emergencyServicesMissing } from './rules/emergency-services.js';
import { faqOutdatedUnknown } from './rules/faq-outdated.js';
import { reasonUrgentEmergencyServices } from './rules/urgent-reason.js';
import { reasonUrgentAndTimeCritical } from './rules/time-critical.js';
import { mobileOutagePhoneOnly, mobileOutageUsesMobile } from './rules/mobile-outage.js';
import { callWithoutNumber, emergencyChannelMissing, rawHtml } from './rules/safety.js';
import { actionNumberDiffers } from './rules/action-number.js';
import { emergencyLineMobile } from './rules/emergency-mobile.js';
import { jargon, longSentence } from './rules/readability.js';
import { numberGrouping, numberZeroInBrackets } from './rules/written-number.js';
import { seeBelow } from './rules/see-below.js';
import { openAndClosed } from './rules/open-and-closed.js';
import { lineWrapped } from './rules/line-wrapped.js';
import { noChangeWord } from './rules/no-change-word.js';
import { postcodeNearAffected } from './rules/postcode.js';
import { inLanguage, LintContext, pick, type Audience, type FindingSeverity, type Problem, type Said } from './rule.js';
import { isObj, type Obj } from './walk.js';
import { unsignedPayload } from '../feed/seq-above.js';

export { AUDIENCES, SEVERITY_LEVELS, type Audience, type FindingSeverity, type Said } from './rule.js';
export { PLACEHOLDER } from './rules/document.js';
export { JARGON } from './rules/readability.js';
export { CLARITY_LIMITS } from './rules/limits.js';

/** Every rule, in the order its findings are listed. */
const RULES = [
  schema,
  validityTooLong,
  titleMissing,
  knownMissing,
  unknownMissing,
  nextUpdateMissing,
  nextUpdatePast,
  nextUpdateTooFar,
  startedInFuture,
  startsWhileGoingOn,
  weekdayDateMismatch,
  dailyAfterStart,
  urgentActionMissing,
  actionInTwoIncidents,
  emergencyChannelMissing,
  actionNumberDiffers,
  postcodeNearAffected,
  carbonMonoxideIndoors,
  generatorBackfeed,
  callWithoutNumber,
  mobileOutageUsesMobile,
  mobileOutagePhoneOnly,
  emergencyUnmarked,
  emergencyLineMobile,
  channelsMissing,
  phoneNoWait,
  phoneMessageTooLong,
  waitWithoutReason,
  channelWaitStale,
  nameMissing,
  channelLinkTwice,
  textOnPhoneChannel,
  restrictedEmergency,
  restrictedNoPurpose,
  reasonChannelUnknown,
  reasonEntryUnknown,
  faqOutdatedUnknown,
  contactReasonsMissing,
  reasonEmergencyUnnamed,
  reasonEmergencyUnrelated,
  reasonUrgentEmergencyServices,
  reasonUrgentAndTimeCritical,
  emergencyServicesMissing,
  placeholder,
  noChangeWord,
  languageMissing,
  translationNotUpdated,
  textSameInLanguages,
  textInOtherLanguage,
  textInOneLanguage,
  closingTextUnchanged,
  resolvedNextUpdate,
  channelOutageWords,
  relativeDayStale,
  relativeDayNight,
  relativeTimeStale,
  linkScheme,
  smsKeyword,
  phoneE164,
  phoneLength,
  emergencyPhoneLength,
  emergencyNumberNotInCountry,
  numberNotInCountry,
  emergencyLineAbroad,
  numberNearChannel,
  channelNumberNearFaq,
  numberNotChannel,
  costlyNumber,
  numberZeroInBrackets,
  numberGrouping,
  emergencyNumberElsewhere,
  clock24Hour,
  dateOrder,
  numericDateRule,
  seeBelow,
  openAndClosed,
  lineWrapped,
  foreignLink,
  scamLink,
  rawHtml,
  longSentence,
  titleLong,
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
  /** The reader's language (BCP 47: `nl`, `nl-BE`, `en`) for message and fix; English when lint does not speak it. */
  lang?: string;
  /**
   * The FAQ document (parsed payload) that goes with a status feed: the entry ids its contact
   * reasons and its open incidents' `faq_outdated` name are then checked against it. Without it those ids are not checked (the status
   * feed alone cannot know them); channel ids are always checked.
   */
  faq?: unknown;
  /** Who reads the findings: `feed` (the CLI, default; the JSON's own words) or `desk` (the studio: the form's labels, no JSON words). */
  audience?: Audience;
  /** The version published before (its payload, or the signed envelope): an incident it had going on may not now begin later (starts-while-going-on). */
  previous?: unknown;
}

/**
 * Lints a parsed status or FAQ document. Schema problems come first (rule `schema`), then the
 * clarity rules, which also run on an invalid document as far as its shape allows.
 */
export function lintDocument(doc: unknown, options: LintOptions = {}): Finding[] {
  const { lang, audience } = options;
  const shape = shapeProblem(doc);
  if (shape) return [{ severity: 'error', rule: 'schema', ...inLanguage(shape, lang, audience) }];
  const d = doc as Record<string, unknown>;
  const ctx = new LintContext(d, d.type as DocumentKind, options.now ?? Date.now(), options.timeZone ?? 'UTC', faqIdsOf(options.faq), payloadOf(options.previous), payloadOf(options.faq));
  return RULES.flatMap((rule) => [...rule.check(ctx)].map((p): Finding => ({ severity: rule.severity, rule: rule.name, ...inLanguage(p, lang, audience) })));
}

/** A document's payload: itself, or the payload of a signed envelope (not verified: only compared with). */
function payloadOf(doc: unknown): Obj | undefined {
  if (isObj(doc) && Array.isArray(doc.signatures) && typeof doc.payload === 'string') return unsignedPayload(doc);
  return isObj(doc) ? doc : undefined;
}

/** The entry ids of an FAQ document, or undefined when no FAQ (with entries) was given. */
function faqIdsOf(faq: unknown): Set<string> | undefined {
  if (!isObj(faq) || !Array.isArray(faq.entries)) return undefined;
  return new Set(faq.entries.flatMap((e) => (isObj(e) && typeof e.id === 'string' ? [e.id] : [])));
}

/** Error and warning counts. */
/** Drops the schema's general words ("must be an https:, mailto: or tel: link") where a rule says the same field's problem in its own. */
export function ownWords(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.rule !== 'schema' || !findings.some((g) => g.rule !== 'schema' && g.path === f.path));
}

export function summarize(findings: readonly Finding[]): { errors: number; warnings: number } {
  return { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length };
}

const LABELS: Record<'error' | 'warning' | 'fix', Said> = {
  error: { en: 'error', nl: 'fout' },
  warning: { en: 'warning', nl: 'let op' },
  fix: { en: 'fix', nl: 'oplossing' },
};

/**
 * One line per finding, for terminals and logs; `lang` names the labels (the finding is already in its language).
 * Given the document, a path in an incident also names it, since numbers shift when one is added:
 * by its title as people know it, with the id that \`clearline update\` and \`export --incident\` take
 * (`incidents/1/next_update_at (incident "Storm: trains cancelled", id storm)`); by its id alone while
 * the title is still the template's guidance (`(incident "storm")`).
 */
export function formatFinding(f: Finding, lang?: string, doc?: unknown): string {
  const n = /^incidents\/(\d+)/.exec(f.path)?.[1];
  const incident = n !== undefined ? (doc as { incidents?: Named[] } | undefined)?.incidents?.[Number(n)] : undefined;
  const id = incident?.id;
  const title = incidentTitle(incident, lang ?? 'en');
  // "incident" in Dutch too (was "storing"): a data breach or a phishing warning is no disruption (trial X).
  const where = typeof id === 'string' ? ` (incident "${title || id}"${title ? `, id ${id}` : ''})` : '';
  return `${pick(LABELS[f.severity === 'error' ? 'error' : 'warning'], lang).padEnd(7)} ${f.path}${where}: ${f.message} [${f.rule}]\n        ${pick(LABELS.fix, lang)}: ${f.fix}`;
}
