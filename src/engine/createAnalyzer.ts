import { normalize } from './normalize.js';
import { stem } from './stem.js';
import { STOP_WORDS } from './stopWords.js';

/** Longest visitor phrase the synonym table can hold, in words. */
const MAX_PHRASE_WORDS = 3;

/** Turns text into the terms matching compares: the same pipeline for questions and for entries. */
export type Analyzer = (text: string) => string[];

/**
 * Builds the pipeline normalise → tokenise → synonyms → stop words → stem.
 * `synonyms` maps a visitor word or phrase to the word the Q&A uses.
 */
export function createAnalyzer(synonyms: Readonly<Record<string, string>>): Analyzer {
  const table = new Map<string, string[]>();
  for (const [variant, canonical] of Object.entries(synonyms)) {
    table.set(normalize(variant), normalize(canonical).split(' '));
  }
  return (text) => {
    const words = normalize(text).split(' ').filter(Boolean);
    const terms: string[] = [];
    for (let i = 0; i < words.length; ) {
      let replaced = false;
      for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n > 0 && !replaced; n--) {
        const canonical = table.get(words.slice(i, i + n).join(' '));
        if (canonical) {
          pushTerms(terms, canonical);
          i += n;
          replaced = true;
        }
      }
      if (!replaced) pushTerms(terms, [words[i++]!]);
    }
    return terms;
  };
}

function pushTerms(terms: string[], words: readonly string[]): void {
  for (const word of words) {
    if (!STOP_WORDS.has(word)) terms.push(stem(word));
  }
}
