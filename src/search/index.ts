/**
 * FAQ search: folding, stop words, stemming, BM25F ranking, highlighting. Pure (no DOM).
 * `<clearline-faq>` imports this module lazily, so it becomes its own chunk.
 */
export { buildIndex, buildIndexAsync } from './build.js';
export { FaqIndex, searchLanguage, termProcessor, TUNING, type SearchDoc, type SearchHit, type SearchLanguage, type SearchOutcome } from './engine.js';
export { buildIncidentIndex, clearAnswers, fullAnswersFirst, holdsHalfOrLess, incidentAnswers, INCIDENT_MIN_COVERAGE } from './incidents.js';
export { askedBack, asksWhen } from './timing.js';
export { withoutOwnName } from './own-name.js';
export { bestPart, highlightRanges, snippet, type Range, type Snippet } from './highlight.js';
export { fold, markdownToText, tokens, type Token } from './normalize.js';
export { STOP_WORDS } from './stopwords.js';
export { runInSlices, sortInSteps, yieldToMain, type SliceOptions, type Yielder } from './slices.js';
