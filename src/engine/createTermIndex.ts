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

/** Builds a term index one entry at a time, so that a caller can spread the work over several tasks. */
export interface TermIndexBuilder {
  /** Indexes the next entry; entries are numbered in the order they are added. */
  add(entry: EntryText): void;
  /** The index of the entries added so far. */
  finish(): TermIndex;
}

/** Builds the term index of `entries` with the same analyzer questions go through. */
export function createTermIndex(entries: readonly EntryText[], analyze: Analyzer): TermIndex {
  const builder = createTermIndexBuilder(analyze);
  for (const entry of entries) builder.add(entry);
  return builder.finish();
}

/** Bits of the fields a term occurs in, within one entry. */
const IN_QUESTION = 1;
const IN_TAGS = 2;
const IN_ANSWER = 4;
const IN_QUOTES = 8;

/**
 * The builder behind `createTermIndex`. Per-term scratch lives in typed arrays
 * indexed by term id and is reset through the list of terms the entry touched,
 * so an entry costs what its text holds, without a Set or Map per field.
 */
export function createTermIndexBuilder(analyze: Analyzer): TermIndexBuilder {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const postings: Posting[] = [];
  const phrasings: number[][][] = [];
  // Per term id, for the entry being added: the fields it is in, and in how many alternates.
  let fields = new Uint8Array(1024);
  let alternateCount = new Uint32Array(1024);
  // Per term id: the last phrasing that listed it (phrasings list each term once).
  let listedIn = new Uint32Array(1024);
  let phrasingStamp = 0;
  const touched: number[] = [];
  // Alternates and quotes repeat across entries of a large knowledge base; each distinct text is analysed once.
  const analysed = new Map<string, string[]>();
  const analyseRepeated = (text: string) => {
    let result = analysed.get(text);
    if (!result) analysed.set(text, (result = analyze(text)));
    return result;
  };

  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
      postings.push({ entries: [], weights: [] });
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
  const mark = (fieldTerms: readonly string[], bit: number, phrasing?: number[]) => {
    for (const term of fieldTerms) {
      const id = idOf(term);
      if (fields[id]! & bit) continue;
      touch(id);
      fields[id]! |= bit;
      phrasing?.push(id);
    }
  };

  function add(entry: EntryText): void {
    const entryIndex = phrasings.length;
    const question: number[] = [];
    mark(analyze(entry.question), IN_QUESTION, question);
    mark(analyze(entry.tags), IN_TAGS);
    mark(analyze(entry.answer), IN_ANSWER);
    mark(analyseRepeated(entry.quotes), IN_QUOTES);
    const entryPhrasings = [question];
    for (const alternate of entry.alternates) {
      const phrasing: number[] = [];
      phrasingStamp++;
      for (const term of analyseRepeated(alternate)) {
        const id = idOf(term);
        if (listedIn[id] === phrasingStamp) continue;
        listedIn[id] = phrasingStamp;
        touch(id);
        alternateCount[id]!++;
        phrasing.push(id);
      }
      entryPhrasings.push(phrasing);
    }
    phrasings.push(entryPhrasings);

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
      const posting = postings[id]!;
      posting.entries.push(entryIndex);
      posting.weights.push(weight);
      fields[id] = 0;
      alternateCount[id] = 0;
    }
    touched.length = 0;
  }

  function finish(): TermIndex {
    const n = phrasings.length;
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

function grow<T extends Uint8Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
