import Fuse from 'fuse.js/basic';
import { MAX_PATTERN_LENGTH, patternMasks, substringDistance, type PatternMasks } from './substringDistance.js';

/** What fuse.js searches of an entry: its normalised question and alternates, stop words and all. */
const FUSE_KEYS = ['question', 'alternates'];
const FUSE_OPTIONS = { keys: FUSE_KEYS, includeScore: true, ignoreLocation: true, threshold: 0.3 } as const;
/** The weight fuse.js gives each key: equal keys share 1. */
const KEY_WEIGHT = 1 / FUSE_KEYS.length;
/** The lowest score fuse.js's bitap gives a match that is not the whole text: a word found as it is inside a phrasing. */
const EXACT_INSIDE_SCORE = 0.001;

/** An entry's phrasings as fuse.js indexes them: lower-cased, each with fuse.js's field-length norm. */
export interface FuseDoc {
  phrasings: { text: string; norm: number }[];
}

/** A word of the question, prepared once for every entry it is scored against. */
export interface FusePattern {
  /** Lower-cased, as fuse.js compares it. */
  text: string;
  /** How many edits fuse.js's threshold allows it. */
  maxEdits: number;
  masks: PatternMasks | null;
}

/** Prepares an entry from its normalised question and alternates, with fuse.js's own indexing. */
export function createFuseDoc(question: string, alternates: readonly string[]): FuseDoc {
  const [record] = Fuse.createIndex(FUSE_KEYS, [{ question, alternates }]).records;
  const fields = record?.$ ?? {};
  return {
    phrasings: [fields[0], fields[1]].flat().flatMap((field) => (field ? [{ text: field.v.toLowerCase(), norm: field.n }] : [])),
  };
}

export function createFusePattern(word: string): FusePattern {
  const text = word.toLowerCase();
  let maxEdits = 0;
  while ((maxEdits + 1) / text.length <= FUSE_OPTIONS.threshold) maxEdits++;
  return { text, maxEdits, masks: text.length > 0 && text.length <= MAX_PATTERN_LENGTH ? patternMasks(text) : null };
}

/** Scores a word against an entry, as `fuseScore` does; see `createFuseScorer`. */
export type FuseScorer = (word: string, entry: number) => number | undefined;

/**
 * A scorer for one question: each word is prepared once and each word and
 * entry scored once, so the further rankings of a message's parts (its last
 * words, its question sentences) reuse the first's work.
 */
export function createFuseScorer(docOf: (entry: number) => FuseDoc): FuseScorer {
  const patterns = new Map<string, FusePattern>();
  const scores = new Map<string, number | undefined>();
  return (word, entry) => {
    const key = `${entry} ${word}`;
    if (scores.has(key)) return scores.get(key);
    let pattern = patterns.get(word);
    if (!pattern) patterns.set(word, (pattern = createFusePattern(word)));
    const score = fuseScore(pattern, docOf(entry));
    scores.set(key, score);
    return score;
  };
}

/**
 * The score a fuse.js search for one word gives an entry (0 perfect … 1 none;
 * undefined when it does not match), with the options the re-ranker uses:
 * the product over matching phrasings of score^(key weight × norm), as
 * fuse.js computes it. For words up to 31 characters, bitap's score comes from
 * a bit-parallel edit distance (equal to the last bit: tests/engine/fuseScore.test.ts);
 * longer words go to fuse.js's own bitap.
 */
export function fuseScore(pattern: FusePattern, doc: FuseDoc): number | undefined {
  let total = 1;
  let matched = false;
  for (const phrasing of doc.phrasings) {
    const score = phrasingScore(pattern, phrasing.text);
    if (score === undefined) continue;
    matched = true;
    total *= Math.pow(score === 0 ? Number.EPSILON : score, KEY_WEIGHT * phrasing.norm);
  }
  return matched ? total : undefined;
}

function phrasingScore({ text: pattern, maxEdits, masks }: FusePattern, text: string): number | undefined {
  if (pattern === text) return 0;
  if (!masks) {
    const { isMatch, score } = Fuse.match(pattern, text, FUSE_OPTIONS);
    return isMatch ? score : undefined;
  }
  // With ignoreLocation, bitap scores a match by its fewest edits per pattern character, floored:
  // the same figure as the bit-parallel distance gives, without running bitap.
  const edits = substringDistance(masks, text);
  return edits > maxEdits ? undefined : Math.max(EXACT_INSIDE_SCORE, edits / pattern.length);
}
