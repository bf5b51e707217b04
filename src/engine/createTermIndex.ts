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
  /** Per entry, its question and each alternate as term ids: what phrase overlap compares. */
  phrasings: number[][][];
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
  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
      postings.push({ entries: [], weights: [] });
    }
    return id;
  };
  const phrasings: number[][][] = [];
  entries.forEach((entry, entryIndex) => {
    const weightOf = new Map<string, number>();
    const add = (field: Field, fieldTerms: Iterable<string>) => {
      for (const term of fieldTerms) weightOf.set(term, (weightOf.get(term) ?? 0) + FIELD_WEIGHTS[field]);
    };
    const questionTerms = new Set(analyze(entry.question));
    add('question', questionTerms);
    add('tags', new Set(analyze(entry.tags)));
    add('answer', new Set(analyze(entry.answer)));
    add('quotes', new Set(analyze(entry.quotes)));
    // A term in any alternate counts as much as one in the question; more alternates add a little.
    const alternateTerms = new Map<string, number>();
    const alternateSets = entry.alternates.map((alternate) => new Set(analyze(alternate)));
    for (const set of alternateSets) {
      for (const term of set) alternateTerms.set(term, (alternateTerms.get(term) ?? 0) + 1);
    }
    for (const [term, count] of alternateTerms) {
      weightOf.set(term, (weightOf.get(term) ?? 0) + FIELD_WEIGHTS.alternates * Math.min(1, 0.6 + 0.2 * count));
    }
    for (const [term, weight] of weightOf) {
      const posting = postings[idOf(term)]!;
      posting.entries.push(entryIndex);
      posting.weights.push(weight);
    }
    phrasings.push([questionTerms, ...alternateSets].map((set) => [...set].map(idOf)));
  });
  const n = entries.length;
  const idf = new Float64Array(terms.length);
  let maxIdf = Math.log(1 + (n + 0.5) / 0.5);
  postings.forEach((posting, id) => {
    const df = posting.entries.length;
    idf[id] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  });
  for (const value of idf) maxIdf = Math.max(maxIdf, value);
  return { size: n, termIds, terms, postings, idf, maxIdf, phrasings };
}
