/**
 * When is the best hit an answer? When it scores at least a share of what an entry holding every
 * query word once, in a question of average length, would score (the query's "ideal"): a hit that
 * matches only common or few of the reader's words falls short. The question typed exactly is
 * always an answer. The threshold is checked on every development set (bench/search.mjs).
 */
export interface Evidence {
  hits: readonly { exact: boolean; coverage: number; score: number }[];
  /** Score of the second-best entry (0 if none). */
  second: number;
  /** Score of an entry holding every query word once in an average question. */
  ideal: number;
}

export const CONFIDENCE = {
  /** The best hit must score at least this share of the query's ideal. */
  minRelative: 0.19,
};

/** The best hit's score as a share of the query's ideal (0 without hits). */
export const relativeScore = ({ hits, ideal }: Evidence): number => (hits[0] && ideal > 0 ? hits[0].score / ideal : 0);

export function confidence(evidence: Evidence): boolean {
  const top = evidence.hits[0];
  if (!top) return false;
  return top.exact || relativeScore(evidence) >= CONFIDENCE.minRelative;
}
