import type { ErrorCode, FeedError } from '../feed/errors.js';
import type { SearchExamples } from '../feed/schema.js';
import { errorWords, pickLanguage, termsFor } from './lang.js';
import type { UiLanguage } from './terms.js';

/** The words `<clearline-faq>` speaks, in every UI language. */
export interface FaqTerms {
  searchLabel: string;
  /** The hint without examples: nothing that assumes a sector. */
  searchHint: string;
  /** The hint with the site's own example searches, already joined ("a" or "b"). */
  searchHintExamples: (examples: string) => string;
  /** A quiet note on an FAQ past its `expires_at` but validly signed: still shown. */
  lastChecked: (date: string) => string;
  /** Said before an emergency line in the no-answer box. */
  emergency: string;
  allQuestions: (n: number) => string;
  results: (n: number) => string;
  /** The count when no hit is a clear answer (`confident` false) but some match: agrees with the no-answer box below it. */
  unsure: (n: number) => string;
  noAnswer: string;
  noAnswerDetail: string;
  contactUs: string;
  currentDisruption: (title: string) => string;
  /** The same heading where the incident's title is shown just above it (the help launcher). */
  thisDisruption: string;
  /** An incident announced ahead that has not begun (a strike on Thursday): not "current". */
  announcedDisruption: (title: string) => string;
  otherQuestions: string;
  /** Before an entry whose answer does not hold while an incident goes on (`faq_outdated`, trial Q): heard with the question. */
  outdated: (title: string) => string;
  /** Introduces that entry's standing answer, below the note. */
  normally: string;
  copyLink: string;
  linkCopied: string;
  copyFailed: (link: string) => string;
  showMore: (n: number) => string;
  loading: string;
  /** What happened to the latest questions, by error code, as the status says it of itself (a set-up mistake in its words): "could not be confirmed as genuine". */
  failed: Record<Exclude<ErrorCode, 'config'>, string>;
  /** The FAQ's notice of a failed load: "The latest questions could not be confirmed as genuine." */
  latest: (why: string) => string;
  /** The search code could not be loaded; the questions stay listed below. */
  searchFailed: string;
  /** Said when Escape emptied the search field: the list changed under the reader without a word. */
  cleared: string;
}

export const FAQ_TERMS: Record<UiLanguage, FaqTerms> = {
  en: {
    searchLabel: 'Search the frequently asked questions',
    searchHint: 'Type a few words about your question.',
    searchHintExamples: (examples) => `Type a few words, for example ${examples}.`,
    lastChecked: (date) => `Last checked ${date}`,
    emergency: 'In an emergency',
    allQuestions: (n) => `${n} question${n === 1 ? '' : 's'}`,
    results: (n) => (n === 0 ? 'No results' : `${n} result${n === 1 ? '' : 's'}`),
    unsure: (n) => `No clear answer. ${n} result${n === 1 ? '' : 's'} that may help`,
    noAnswer: 'We found no clear answer to that.',
    noAnswerDetail: 'Try other words, or ask us directly:',
    contactUs: 'Contact us',
    currentDisruption: (title) => `About the current disruption: ${title}`,
    thisDisruption: 'Questions about the current disruption',
    announcedDisruption: (title) => `About the disruption announced: ${title}`,
    otherQuestions: 'Other questions',
    outdated: (title) => `Does not apply now, because of: ${title}`,
    normally: 'Normally:',
    copyLink: 'Copy link to this answer',
    linkCopied: 'Link copied',
    copyFailed: (link) => `Copying did not work. The link is ${link}`,
    showMore: (n) => `Show ${n} more`,
    loading: 'Loading the questions…',
    failed: {
      network: 'could not be reached',
      'too-large': 'were too large to load safely',
      signature: 'could not be confirmed as genuine',
      invalid: 'were not in a form this page can show',
      expired: 'are out of date',
      rollback: 'were offered in an older version',
    },
    latest: (why) => `The latest questions ${why}.`,
    searchFailed: 'Search does not work right now. All questions are below.',
    cleared: 'Search cleared.',
  },
  nl: {
    searchLabel: 'Zoek in de veelgestelde vragen',
    searchHint: 'Typ een paar woorden over uw vraag.',
    searchHintExamples: (examples) => `Typ een paar woorden, bijvoorbeeld ${examples}.`,
    lastChecked: (date) => `Laatst gecontroleerd op ${date}`,
    emergency: 'Bij nood',
    allQuestions: (n) => `${n} ${n === 1 ? 'vraag' : 'vragen'}`,
    results: (n) => (n === 0 ? 'Geen resultaten' : `${n} ${n === 1 ? 'resultaat' : 'resultaten'}`),
    unsure: (n) => `Geen duidelijk antwoord. ${n} ${n === 1 ? 'resultaat dat misschien helpt' : 'resultaten die misschien helpen'}`,
    noAnswer: 'We hebben daar geen duidelijk antwoord op gevonden.',
    noAnswerDetail: 'Probeer andere woorden, of vraag het ons direct:',
    contactUs: 'Neem contact op',
    currentDisruption: (title) => `Over de huidige melding: ${title}`,
    thisDisruption: 'Vragen over de huidige melding',
    announcedDisruption: (title) => `Over de aankondiging: ${title}`,
    otherQuestions: 'Andere vragen',
    outdated: (title) => `Geldt nu niet, door: ${title}`,
    normally: 'Normaal:',
    copyLink: 'Kopieer de link naar dit antwoord',
    linkCopied: 'Link gekopieerd',
    copyFailed: (link) => `Kopiëren lukte niet. De link is ${link}`,
    showMore: (n) => `Toon er nog ${n}`,
    loading: 'De vragen worden geladen…',
    failed: {
      network: 'konden niet worden opgehaald',
      'too-large': 'waren te groot om veilig te laden',
      signature: 'konden niet als echt worden bevestigd',
      invalid: 'hadden een vorm die deze pagina niet kan tonen',
      expired: 'zijn verouderd',
      rollback: 'werden in een oudere versie aangeboden',
    },
    latest: (why) => `De nieuwste vragen ${why}.`,
    searchFailed: 'Zoeken lukt nu niet. Alle vragen staan hieronder.',
    cleared: 'Zoekopdracht gewist.',
  },
};

/**
 * The example searches for the hint: the element's `search-examples` attribute (comma-separated)
 * first, else the FAQ document's `search_examples` for the reader's language (exact tag, primary
 * language, English, then the first list). Empty when neither gives any: the neutral hint is used.
 */
export function searchExamplesFor(attribute: string, fromDocument: SearchExamples | undefined, lang: string): string[] {
  const own = attribute.split(',').map((s) => s.trim()).filter(Boolean);
  if (own.length) return own.slice(0, 5);
  if (!fromDocument) return [];
  if (Array.isArray(fromDocument)) return fromDocument.filter(Boolean);
  return (pickLanguage(fromDocument, lang) ?? []).filter(Boolean);
}

/** The hint under the search field: with the examples joined as "a", "b" or "c", else neutral. */
export function searchHint(t: FaqTerms, examples: readonly string[], lang: string): string {
  if (!examples.length) return t.searchHint;
  const quoted = examples.map((e) => `"${e}"`);
  let joined: string;
  try {
    joined = new Intl.ListFormat(lang, { type: 'disjunction' }).format(quoted);
  } catch {
    joined = quoted.join(', ');
  }
  return t.searchHintExamples(joined);
}

/** What the FAQ says of a failed load: its own words per code; the status's for a set-up mistake or a device clock behind the document's. */
export function faqFailed(t: FaqTerms, lang: string, e: FeedError): string {
  return e.code === 'config' || e.clock ? errorWords(termsFor(lang), e) : t.latest(t.failed[e.code]);
}
