import type { Correction } from './createTermCorrector.js';
import { FIELD_WEIGHTS, type TermIndex } from './createTermIndex.js';

/** Saturation of a term's weight in one entry (as BM25's k1). */
const SATURATION = 1.2;
/** A corrected typo counts this much of an exact hit. */
const CORRECTION_DISCOUNT = 0.85;

export interface Candidate {
  entry: number;
  /** Relevance, summed over query terms (idf × saturated field weight). */
  score: number;
  /** Share of the question's meaning (idf-weighted) this entry explains, 0 to 1. */
  coverage: number;
}

export interface QueryTerm {
  term: string;
  /** How much this term counts, e.g. less for context carried from an earlier turn. */
  weight: number;
}

export interface Retrieval {
  candidates: Candidate[];
  /** Query terms found in the index (after typo correction): term id → weight (idf × query weight × correction). */
  matched: Map<number, number>;
  /** Summed weight of all query terms, unknown ones included. */
  total: number;
  /** Query terms neither known nor correctable: words the knowledge base never uses. */
  unknown: string[];
}

/**
 * Candidate generation: scores only the entries that share a term with the
 * question, so cost grows with the matches, not with the knowledge base.
 */
export function retrieve(
  index: TermIndex,
  query: readonly QueryTerm[],
  correct: (term: string) => Correction | null,
  limit: number,
  unknownWeight: number,
  /** Per entry, what its relevance counts, or null when all count fully. */
  entryFactor: Float64Array | null = null,
): Retrieval {
  const score = new Map<number, number>();
  const explained = new Map<number, number>();
  const unknown: string[] = [];
  const matched = new Map<number, number>();
  let total = 0;
  for (const { term, weight } of query) {
    let id = index.termIds.get(term);
    let factor = 1;
    if (id === undefined) {
      const correction = correct(term);
      id = correction ? index.termIds.get(correction.term) : undefined;
      factor = correction ? CORRECTION_DISCOUNT * correction.similarity : 0;
    }
    if (id === undefined) {
      unknown.push(term);
      total += index.maxIdf * unknownWeight * weight;
      continue;
    }
    const idf = index.idf[id]!;
    total += idf * weight;
    matched.set(id, Math.max(matched.get(id) ?? 0, idf * weight * factor));
    const posting = index.postings[id]!;
    for (let i = 0; i < posting.entries.length; i++) {
      const entry = posting.entries[i]!;
      const w = posting.weights[i]!;
      score.set(entry, (score.get(entry) ?? 0) + idf * weight * factor * ((w * (SATURATION + 1)) / (w + SATURATION)));
      const strength = Math.min(1, w / FIELD_WEIGHTS.question);
      explained.set(entry, (explained.get(entry) ?? 0) + idf * weight * factor * strength);
    }
  }
  const candidates: Candidate[] = [];
  for (const [entry, value] of score) {
    candidates.push({ entry, score: entryFactor ? value * entryFactor[entry]! : value, coverage: total > 0 ? explained.get(entry)! / total : 0 });
  }
  candidates.sort((a, b) => b.score - a.score || a.entry - b.entry);
  return { candidates: candidates.slice(0, limit), unknown, matched, total };
}
