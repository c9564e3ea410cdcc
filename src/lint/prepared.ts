/**
 * The checks for a file of prepared texts (prepared.json, never signed or published; templates/prepared.ts): lint's own
 * rules (one set, as `clearline lint` runs them), kept to what says something about the texts a desk will copy. A comms
 * officer writing them in the studio on a quiet day (`clearline studio --prepare`) was otherwise told that the promised
 * update has passed and that there are no contact channels, while `new incident --prepared` sets the times afresh and
 * copies no channels (docs/publishing.md, "Checking your prepared texts"). Pure: the studio's page and its server share it.
 *
 * - Only the prepared texts themselves (`incidents/N/…`), not their history, nor the file's own publisher, channels or
 *   contact reasons: none of those is copied.
 * - Not the rules about the time a text was written or its next update: the copy starts now.
 * - `[[TODO: …]]` placeholders are named, as suggestions, not refused: what cannot be known beforehand (the street) is
 *   left open on purpose; `new incident --prepared` names each one again, and `sign` refuses them in feed.json.
 */
import { lintDocument, type Finding, type LintOptions, type LintRule } from './index.js';
import { pick, type Said } from './rule.js';
import { URGENT_NOT_BLOCKING } from './rules/incidents.js';

/** Rules whose findings depend on when a text was written, or on channels and reasons a copy does not take. */
const SET_AT_COPY: ReadonlySet<LintRule> = new Set<LintRule>([
  'next-update-missing',
  'next-update-past',
  'next-update-too-far',
  'started-in-future',
  // Prepared texts are never published: none is going on (an editor in prepare mode lints against the file as opened).
  'starts-while-going-on',
  'relative-day-stale',
  'relative-day-night',
  'relative-time',
  'channels-missing',
  'contact-reasons-missing',
  'closing-text-unchanged',
]);

const OWN_TEXT = /^incidents\/\d+(?:\/|$)(?!updates)/;

/** A placeholder's fix in a prepared text: "replace it" alone read as a must, beside "that is fine in a prepared text". */
const FILL_LATER: Said = {
  en: 'Leave it if it can only be known when the text is used (such as the street): it is filled in then. Otherwise replace it with your own words.',
  nl: 'Laat dit staan als het pas bij gebruik bekend is (zoals de straat): dan vult u het in. Anders vervangt u het door uw eigen woorden.',
};

/**
 * A major template's text without an "Act now" action was told "this warning does not stop you from signing" at its
 * Actions, in a studio where nothing is signed (`clearline studio --prepare`, and `lint --prepared`): said as saving.
 */
const NOT_BLOCKING: Said = {
  en: 'this warning does not stop you from saving the prepared text or using it',
  nl: 'deze waarschuwing houdt het opslaan of gebruiken van de voorbereide tekst niet tegen',
};

/** A finding's words for prepared texts: a placeholder's fix, and urgent-action-missing's without signing. */
function forPrepared(f: Finding, lang?: string): Finding {
  if (f.rule === 'placeholder') return { ...f, severity: 'warning' as const, fix: pick(FILL_LATER, lang) };
  if (f.rule !== 'urgent-action-missing') return f;
  return { ...f, fix: f.fix.replace(URGENT_NOT_BLOCKING.en, NOT_BLOCKING.en).replace(URGENT_NOT_BLOCKING.nl, NOT_BLOCKING.nl) };
}

/** Lint's findings as they hold for prepared texts (see above); `lang` as lintDocument's, for a placeholder's fix. */
export function preparedFindings(findings: readonly Finding[], lang?: string): Finding[] {
  return findings.filter((f) => OWN_TEXT.test(f.path) && !SET_AT_COPY.has(f.rule)).map((f) => forPrepared(f, lang));
}

/** Lints a file of prepared texts: lintDocument, then preparedFindings. */
export const lintPrepared = (doc: unknown, options: LintOptions = {}): Finding[] => preparedFindings(lintDocument(doc, options), options.lang);
