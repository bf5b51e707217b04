import Fuse from 'fuse.js';
import type { Candidate } from './retrieve.js';

/** What the re-ranker sees of an entry: its analysed question and alternates. */
export interface RerankDoc {
  question: string;
  alternates: string[];
}

export interface Ranked extends Candidate {
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
export function rerank(candidates: readonly Candidate[], docs: readonly RerankDoc[], query: string): Ranked[] {
  if (candidates.length === 0) return [];
  const top = candidates[0]!.score;
  const fuse = new Fuse(
    candidates.map((c) => docs[c.entry]!),
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
      return { ...c, similarity: sim, confidence: blend(c.coverage, sim, c.score / top) };
    })
    .sort((a, b) => b.confidence - a.confidence || a.entry - b.entry);
}

function blend(coverage: number, similarity: number, relative: number): number {
  return 0.6 * coverage + 0.25 * similarity + 0.15 * relative;
}
