import Fuse from 'fuse.js';

/** Words shorter than this are never corrected: "cost" must not become "most". */
const MIN_CORRECTABLE_LENGTH = 5;

export interface Correction {
  term: string;
  /** 0 to 1: how close the correction is to what was typed. */
  similarity: number;
}

/**
 * Finds the known term a misspelled word most likely meant ("sesions" →
 * "session"), allowing one typo in short words and two in long ones.
 * Uses fuse.js's bitap matching over the knowledge base's own vocabulary.
 */
export function createTermCorrector(vocabulary: readonly string[]): (word: string) => Correction | null {
  let fuse: Fuse<string> | null = null;
  const cache = new Map<string, Correction | null>();
  return (word) => {
    if (word.length < MIN_CORRECTABLE_LENGTH || word.length > 32 || /\d/.test(word)) return null;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    fuse ??= new Fuse(vocabulary, { includeScore: true, ignoreLocation: true, threshold: 0.4, isCaseSensitive: true });
    const maxEdits = word.length >= 8 ? 2 : 1;
    let best: Correction | null = null;
    for (const { item, score = 1 } of fuse.search(word, { limit: 8 })) {
      if (Math.abs(item.length - word.length) > maxEdits) continue;
      const edits = editDistance(word, item, maxEdits);
      if (edits > maxEdits) continue;
      const similarity = 1 - edits / Math.max(word.length, item.length) - score * 0.01;
      if (!best || similarity > best.similarity) best = { term: item, similarity };
    }
    if (cache.size > 1000) cache.clear();
    cache.set(word, best);
    return best;
  };
}

/** Damerau-Levenshtein distance (adjacent swaps count once), giving up past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}
