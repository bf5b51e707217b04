import type { Analyzer } from './createAnalyzer.js';

/** The fields of an entry matching looks at, and how much a term found in each counts. */
export const FIELD_WEIGHTS = { question: 3, alternates: 3, tags: 2, answer: 1, quotes: 0.7 } as const;
export type Field = keyof typeof FIELD_WEIGHTS;

/** The text of one entry, per field, as matching sees it. */
export type EntryText = Record<Exclude<Field, 'alternates'>, string> & { alternates: readonly string[] };

/**
 * An inverted index: for each term, the entries it occurs in and how strongly
 * (the sum of the weights of the fields it occurs in). Built once per knowledge base.
 */
export interface TermIndex {
  /** Number of entries. */
  size: number;
  /** Term → position in `postings`. */
  termIds: Map<string, number>;
  /** All terms, by id; what typo correction searches. */
  terms: string[];
  postings: Posting[];
  /** Inverse document frequency by term id. */
  idf: Float64Array;
  /** The highest idf: what an unknown word weighs. */
  maxIdf: number;
}

export interface Posting {
  entries: number[];
  weights: number[];
}

/** Builds the term index of `entries` with the same analyzer questions go through. */
export function createTermIndex(entries: readonly EntryText[], analyze: Analyzer): TermIndex {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const postings: Posting[] = [];
  entries.forEach((entry, entryIndex) => {
    const weightOf = new Map<string, number>();
    const add = (field: Field, text: string, share = 1) => {
      for (const term of new Set(analyze(text))) {
        weightOf.set(term, (weightOf.get(term) ?? 0) + FIELD_WEIGHTS[field] * share);
      }
    };
    add('question', entry.question);
    add('tags', entry.tags);
    add('answer', entry.answer);
    add('quotes', entry.quotes);
    // A term in any alternate counts as much as one in the question; more alternates add a little.
    const alternateTerms = new Map<string, number>();
    for (const alternate of entry.alternates) {
      for (const term of new Set(analyze(alternate))) alternateTerms.set(term, (alternateTerms.get(term) ?? 0) + 1);
    }
    for (const [term, count] of alternateTerms) {
      weightOf.set(term, (weightOf.get(term) ?? 0) + FIELD_WEIGHTS.alternates * Math.min(1, 0.6 + 0.2 * count));
    }
    for (const [term, weight] of weightOf) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = terms.length;
        termIds.set(term, id);
        terms.push(term);
        postings.push({ entries: [], weights: [] });
      }
      postings[id]!.entries.push(entryIndex);
      postings[id]!.weights.push(weight);
    }
  });
  const n = entries.length;
  const idf = new Float64Array(terms.length);
  let maxIdf = Math.log(1 + (n + 0.5) / 0.5);
  postings.forEach((posting, id) => {
    const df = posting.entries.length;
    idf[id] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  });
  for (const value of idf) maxIdf = Math.max(maxIdf, value);
  return { size: n, termIds, terms, postings, idf, maxIdf };
}
