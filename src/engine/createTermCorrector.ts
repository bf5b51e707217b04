/** Words shorter than this are never corrected: "cost" must not become "most". */
const MIN_CORRECTABLE_LENGTH = 5;
const MAX_CORRECTABLE_LENGTH = 32;

export interface Correction {
  term: string;
  /** 0 to 1: how close the correction is to what was typed. */
  similarity: number;
}

/**
 * Finds the known term a misspelled word most likely meant ("sesions" →
 * "session"), allowing one typo in short words and two in long ones.
 * Candidates come from buckets by first letter, so the cost stays flat as the
 * vocabulary grows; a visitor's first letter is rarely the typo.
 */
export function createTermCorrector(vocabulary: readonly string[]): (word: string) => Correction | null {
  let byFirstLetter: Map<string, string[]> | null = null;
  const cache = new Map<string, Correction | null>();
  return (word) => {
    if (word.length < MIN_CORRECTABLE_LENGTH || word.length > MAX_CORRECTABLE_LENGTH || /\d/.test(word)) return null;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    byFirstLetter ??= bucket(vocabulary);
    const maxEdits = word.length >= 8 ? 2 : 1;
    let best: Correction | null = null;
    for (const term of byFirstLetter.get(word[0]!) ?? []) {
      if (Math.abs(term.length - word.length) > maxEdits) continue;
      const edits = editDistance(word, term, maxEdits);
      const similarity = 1 - edits / Math.max(word.length, term.length);
      if (edits <= maxEdits && similarity > (best?.similarity ?? 0)) best = { term, similarity };
    }
    if (cache.size > 1000) cache.clear();
    cache.set(word, best);
    return best;
  };
}

function bucket(vocabulary: readonly string[]): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (const term of vocabulary) {
    if (term.length < MIN_CORRECTABLE_LENGTH - 2) continue;
    const key = term[0]!;
    const list = buckets.get(key);
    if (list) list.push(term);
    else buckets.set(key, [term]);
  }
  return buckets;
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
