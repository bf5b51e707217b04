import type { BlendWeights } from './defaults.js';
import type { FuseScorer } from './fuseScore.js';
import type { Candidate } from './retrieve.js';

export interface Ranked extends Candidate {
  /** Best idf-weighted overlap with one of the entry's phrasings, 0 to 1. */
  overlap: number;
  /** fuse.js similarity of the question to the entry's phrasings, 0 to 1. */
  similarity: number;
  /** The blended score that orders the ranking, 0 to about 1. */
  confidence: number;
}

/**
 * The candidates worth fuse.js's costlier scoring: the best `limit` by every
 * feature but its similarity. In a large knowledge base hundreds of entries
 * share a question's words and tie on index relevance ("how many sessions",
 * asked of a clinic group, fits every treatment's sessions entry); phrase
 * overlap tells the one phrased like the question from those that add a
 * treatment, a body area or a clinic it never named.
 */
export function shortlist<C extends Candidate & { overlap: number }>(candidates: readonly C[], weights: BlendWeights, limit: number): C[] {
  return candidates
    .map((c) => ({ c, partial: blend(weights, c, 0) }))
    .sort((a, b) => b.partial - a.partial || a.c.entry - b.c.entry)
    .slice(0, limit)
    .map(({ c }) => c);
}

/** At most this many words of a question are searched one by one. */
const MAX_SEARCH_WORDS = 8;

/**
 * Re-ranks the few candidates: fuse.js searches each word of the question
 * (bitap, typo-tolerant) in the entries' own phrasings, word by word so that
 * its 32-character pattern limit never bites, and the per-word scores are
 * averaged; that similarity is then blended with the index's coverage,
 * phrase overlap and evidence.
 */
export function rerank(
  candidates: readonly (Candidate & { overlap: number })[],
  scoreWord: FuseScorer,
  query: string,
  weights: BlendWeights,
  stopWords: ReadonlySet<string>,
): Ranked[] {
  if (candidates.length === 0) return [];
  const words = [...new Set(query.split(' '))].filter((w) => w.length > 2 && !stopWords.has(w)).slice(-MAX_SEARCH_WORDS);
  return candidates
    .map((c) => {
      let similarity = 0;
      for (const word of words) {
        const score = scoreWord(word, c.entry);
        if (score !== undefined) similarity += (1 - score) / words.length;
      }
      return { ...c, similarity, confidence: blend(weights, c, similarity) };
    })
    .sort((a, b) => b.confidence - a.confidence || a.entry - b.entry);
}

/** Index relevance at which an entry's absolute evidence counts as about two thirds of full. */
const EVIDENCE_SCALE = 8;

function blend(weights: BlendWeights, c: Candidate & { overlap: number }, similarity: number): number {
  const evidence = 1 - Math.exp(-c.score / EVIDENCE_SCALE);
  return (
    weights.coverage * c.coverage +
    weights.similarity * similarity +
    weights.overlap * c.overlap +
    weights.evidence * evidence
  );
}
