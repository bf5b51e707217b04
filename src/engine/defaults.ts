/** Settings of matching. Tuned values were set on the tuning and dev splits of tests/eval with `npm run eval`; see README. */
export interface EngineOptions {
  /**
   * A tag: the service of the page the widget is on. Entries without it still answer, but lose
   * `otherServicePenalty` confidence, so that on a clinic group's prolotherapy page "how many sessions?"
   * means prolotherapy's sessions. Default '': every entry alike.
   */
  service: string;
  /** Confidence an entry outside the page's `service` loses. Default 0.1. */
  otherServicePenalty: number;
  /** Below this confidence the engine hands off instead of answering. Default 0.28. */
  threshold: number;
  /** How many candidates fuse.js re-ranks, the best by phrasing of eight times as many from the index. Default 12. */
  candidates: number;
  /** Two matches closer than this (in confidence) offer the runner-up as "Did you mean". Default 0.06. */
  nearTie: number;
  /** How much the previous answer's words count in a follow-up question. Default 0.35. */
  contextWeight: number;
  /** Most suggestions returned with a result. Default 3. */
  maxSuggestions: number;
  /** How the match features blend into confidence; the weights sum to 1. */
  weights: BlendWeights;
  /** What a word the knowledge base never uses weighs, as a share of the rarest known word. Default 0.6. */
  unknownWeight: number;
  /**
   * Confidence a short question (five terms or fewer) loses for each word the knowledge base never
   * uses, for at most two words: such a word is likely what the question is about. Default 0.12.
   */
  unknownWordPenalty: number;
}

/** Weights of the features that make up a match's confidence. */
export interface BlendWeights {
  /** Share of the question's meaning the entry explains. */
  coverage: number;
  /** fuse.js similarity of the question to the entry's phrasings. */
  similarity: number;
  /** Closest overlap with one of the entry's own phrasings. */
  overlap: number;
  /** Absolute evidence: how much matched, however long the question. */
  evidence: number;
}

export const DEFAULTS: Readonly<EngineOptions> = Object.freeze({
  service: '',
  otherServicePenalty: 0.1,
  threshold: 0.28,
  candidates: 12,
  nearTie: 0.06,
  contextWeight: 0.35,
  maxSuggestions: 3,
  weights: Object.freeze({ coverage: 0.22, similarity: 0.39, overlap: 0.26, evidence: 0.13 }),
  unknownWeight: 0.6,
  unknownWordPenalty: 0.12,
});
