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

/** The entries a term occurs in, in entry order, and its weight in each. */
export interface Posting {
  entries: Uint32Array;
  weights: Float64Array;
}

/** Builds a term index one entry at a time, so that a caller can spread the work over several tasks. */
export interface TermIndexBuilder {
  /** Indexes the next entry; entries are numbered in the order they are added. */
  add(entry: EntryText): void;
  /** The index of the entries added so far. */
  finish(): TermIndex;
}

/** Builds the term index of `entries` with the same analyzer questions go through. */
export function createTermIndex(entries: readonly EntryText[], analyzer: Analyzer): TermIndex {
  const builder = createTermIndexBuilder(analyzer);
  for (const entry of entries) builder.add(entry);
  return builder.finish();
}

/** Bits of the fields a term occurs in, within one entry. */
const IN_QUESTION = 1;
const IN_TAGS = 2;
const IN_ANSWER = 4;
const IN_QUOTES = 8;

/**
 * The builder behind `createTermIndex`. Terms are read as the analyzer's
 * numbers and per-term scratch lives in typed arrays, reset through the list
 * of terms the entry touched; postings are kept entry by entry and turned
 * term by term once, at the end. An entry costs what its text holds, with no
 * Set, Map or growing array per field or per term.
 */
export function createTermIndexBuilder(analyzer: Analyzer): TermIndexBuilder {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const phrasings: number[][][] = [];
  // Index term id by the analyzer's term number; -1 until the term is met.
  let idOfNumber = new Int32Array(1024).fill(-1);
  // Per term id, for the entry being added: the fields it is in, and in how many alternates.
  let fields = new Uint8Array(1024);
  let alternateCount = new Uint32Array(1024);
  // Per term id: the last phrasing that listed it (phrasings list each term once).
  let listedIn = new Uint32Array(1024);
  let phrasingStamp = 0;
  const touched: number[] = [];
  // Every entry's postings, one after the other: term ids and weights, and where each entry's end.
  let postingTerms = new Uint32Array(4096);
  let postingWeights = new Float64Array(4096);
  let postingCount = 0;
  const entryEnds: number[] = [];
  // Alternates and quotes repeat across entries of a large knowledge base; each distinct text is analysed once.
  const analysed = new Map<string, number[]>();
  const analyseRepeated = (text: string) => {
    let result = analysed.get(text);
    if (!result) analysed.set(text, (result = analyzer.termNumbers(text)));
    return result;
  };

  const idOf = (termNumber: number) => {
    if (termNumber >= idOfNumber.length) idOfNumber = grow(idOfNumber, new Int32Array(termNumber * 2).fill(-1));
    let id = idOfNumber[termNumber]!;
    if (id < 0) {
      id = terms.length;
      idOfNumber[termNumber] = id;
      const term = analyzer.term(termNumber);
      termIds.set(term, id);
      terms.push(term);
      if (id >= fields.length) {
        fields = grow(fields, new Uint8Array(fields.length * 2));
        alternateCount = grow(alternateCount, new Uint32Array(fields.length));
        listedIn = grow(listedIn, new Uint32Array(fields.length));
      }
    }
    return id;
  };
  const touch = (id: number) => {
    if (fields[id] === 0 && alternateCount[id] === 0) touched.push(id);
  };
  const mark = (termNumbers: readonly number[], bit: number, phrasing?: number[]) => {
    for (let i = 0; i < termNumbers.length; i++) {
      const id = idOf(termNumbers[i]!);
      if (fields[id]! & bit) continue;
      touch(id);
      fields[id]! |= bit;
      phrasing?.push(id);
    }
  };

  function add(entry: EntryText): void {
    const question: number[] = [];
    mark(analyzer.termNumbers(entry.question), IN_QUESTION, question);
    mark(analyzer.termNumbers(entry.tags), IN_TAGS);
    mark(analyzer.termNumbers(entry.answer), IN_ANSWER);
    mark(analyseRepeated(entry.quotes), IN_QUOTES);
    const entryPhrasings = [question];
    for (const alternate of entry.alternates) {
      const phrasing: number[] = [];
      phrasingStamp++;
      for (const termNumber of analyseRepeated(alternate)) {
        const id = idOf(termNumber);
        if (listedIn[id] === phrasingStamp) continue;
        listedIn[id] = phrasingStamp;
        touch(id);
        alternateCount[id]!++;
        phrasing.push(id);
      }
      entryPhrasings.push(phrasing);
    }
    phrasings.push(entryPhrasings);

    if (postingCount + touched.length > postingTerms.length) {
      const size = 2 * (postingCount + touched.length);
      postingTerms = grow(postingTerms, new Uint32Array(size));
      postingWeights = grow(postingWeights, new Float64Array(size));
    }
    for (const id of touched) {
      const inFields = fields[id]!;
      const count = alternateCount[id]!;
      // Summed in the order the fields are listed, so weights come out the same to the last bit.
      let weight = 0;
      if (inFields & IN_QUESTION) weight += FIELD_WEIGHTS.question;
      if (inFields & IN_TAGS) weight += FIELD_WEIGHTS.tags;
      if (inFields & IN_ANSWER) weight += FIELD_WEIGHTS.answer;
      if (inFields & IN_QUOTES) weight += FIELD_WEIGHTS.quotes;
      // A term in any alternate counts as much as one in the question; more alternates add a little.
      if (count > 0) weight += FIELD_WEIGHTS.alternates * Math.min(1, 0.6 + 0.2 * count);
      postingTerms[postingCount] = id;
      postingWeights[postingCount++] = weight;
      fields[id] = 0;
      alternateCount[id] = 0;
    }
    touched.length = 0;
    entryEnds.push(postingCount);
  }

  function finish(): TermIndex {
    const n = phrasings.length;
    // Entry by entry → term by term: count each term's entries, then fill its slice of one buffer in entry order.
    const starts = new Uint32Array(terms.length + 1);
    for (let p = 0; p < postingCount; p++) starts[postingTerms[p]! + 1]!++;
    for (let id = 0; id < terms.length; id++) starts[id + 1]! += starts[id]!;
    const allEntries = new Uint32Array(postingCount);
    const allWeights = new Float64Array(postingCount);
    const filled = starts.slice(0, terms.length);
    for (let entry = 0, p = 0; entry < n; entry++) {
      for (const end = entryEnds[entry]!; p < end; p++) {
        const slot = filled[postingTerms[p]!]!++;
        allEntries[slot] = entry;
        allWeights[slot] = postingWeights[p]!;
      }
    }
    const postings: Posting[] = terms.map((_, id) => ({
      entries: allEntries.subarray(starts[id]!, starts[id + 1]!),
      weights: allWeights.subarray(starts[id]!, starts[id + 1]!),
    }));
    const idf = new Float64Array(terms.length);
    let maxIdf = Math.log(1 + (n + 0.5) / 0.5);
    postings.forEach((posting, id) => {
      const df = posting.entries.length;
      idf[id] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    });
    for (const value of idf) maxIdf = Math.max(maxIdf, value);
    return { size: n, termIds, terms, postings, idf, maxIdf, phrasings };
  }

  return { add, finish };
}

function grow<T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
