import type { TermIndex } from './createTermIndex.js';

/**
 * How closely a question matches one of an entry's own phrasings (its question
 * or an alternate), as an idf-weighted Jaccard overlap of their terms: 1 when
 * the visitor typed, in effect, exactly that phrasing; low when either side
 * has much the other lacks.
 */
export function phraseOverlap(
  phrasings: readonly (readonly number[])[],
  matched: ReadonlyMap<number, number>,
  total: number,
  index: TermIndex,
): number {
  let best = 0;
  for (const phrasing of phrasings) {
    let shared = 0;
    let onlyInPhrasing = 0;
    for (const id of phrasing) {
      const weight = matched.get(id);
      if (weight === undefined) onlyInPhrasing += index.idf[id]!;
      else shared += weight;
    }
    const union = total + onlyInPhrasing;
    if (union > 0) best = Math.max(best, shared / union);
  }
  return best;
}
