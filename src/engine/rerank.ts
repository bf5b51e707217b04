import Fuse from 'fuse.js';
import type { BlendWeights } from './defaults.js';
import type { Candidate } from './retrieve.js';

/** What the re-ranker sees of an entry: its normalised question and alternates, stop words and all. */
export interface RerankDoc {
  question: string;
  alternates: string[];
}

export interface Ranked extends Candidate {
  /** Best idf-weighted overlap with one of the entry's phrasings, 0 to 1. */
  overlap: number;
  /** fuse.js similarity of the question to the entry's phrasings, 0 to 1. */
  similarity: number;
  /** The blended score that orders the ranking, 0 to about 1. */
  confidence: number;
}

/**
 * Re-ranks the few candidates with fuse.js token search, which scores each
 * word of the question with bitap typo tolerance against the entry's own
 * phrasings, then blends that with the index's relevance and coverage.
 */
export function rerank(
  candidates: readonly (Candidate & { overlap: number })[],
  docOf: (entry: number) => RerankDoc,
  query: string,
  weights: BlendWeights,
): Ranked[] {
  if (candidates.length === 0) return [];
  const top = candidates[0]!.score;
  const fuse = new Fuse(
    candidates.map((c) => docOf(c.entry)),
    {
      keys: [{ name: 'question', weight: 1 }, { name: 'alternates', weight: 1 }],
      useTokenSearch: true,
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.4,
    },
  );
  const similarity = new Map<number, number>();
  for (const { refIndex, score = 1 } of fuse.search(query)) similarity.set(refIndex, 1 - score);
  return candidates
    .map((c, i) => {
      const sim = similarity.get(i) ?? 0;
      return { ...c, similarity: sim, confidence: blend(weights, c, sim, c.score / top) };
    })
    .sort((a, b) => b.confidence - a.confidence || a.entry - b.entry);
}

/** Index relevance at which an entry's absolute evidence counts as about two thirds of full. */
const EVIDENCE_SCALE = 8;

function blend(weights: BlendWeights, c: Candidate & { overlap: number }, similarity: number, relative: number): number {
  const evidence = 1 - Math.exp(-c.score / EVIDENCE_SCALE);
  return (
    weights.coverage * c.coverage +
    weights.similarity * similarity +
    weights.overlap * c.overlap +
    weights.evidence * evidence +
    weights.relative * relative
  );
}
