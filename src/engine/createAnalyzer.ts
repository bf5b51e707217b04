import { normalize } from './normalize.js';
import { stem } from './stem.js';

/** Longest visitor phrase the synonym table can hold, in words. */
const MAX_PHRASE_WORDS = 3;

/** Turns text into the terms matching compares: the same pipeline for questions and for entries. */
export type Analyzer = (text: string) => string[];

/**
 * Builds the pipeline normalise → tokenise → synonyms → stop words → stem.
 * `synonyms` maps a visitor word or phrase to the word the Q&A uses.
 */
export function createAnalyzer(synonyms: Readonly<Record<string, string>>, stopWords: ReadonlySet<string>): Analyzer {
  const table = new Map<string, string[]>();
  // First words of multi-word phrases: only these need the longer look-ups.
  const phraseStarts = new Set<string>();
  for (const [variant, canonical] of Object.entries(synonyms)) {
    const key = normalize(variant);
    table.set(key, normalize(canonical).split(' '));
    if (key.includes(' ')) phraseStarts.add(key.slice(0, key.indexOf(' ')));
  }
  function pushTerms(terms: string[], words: readonly string[]): void {
    for (const word of words) {
      if (!stopWords.has(word)) terms.push(stem(word));
    }
  }
  return (text) => {
    const words = normalize(text).split(' ').filter(Boolean);
    const terms: string[] = [];
    for (let i = 0; i < words.length; ) {
      let n = phraseStarts.has(words[i]!) ? Math.min(MAX_PHRASE_WORDS, words.length - i) : 1;
      for (; n > 0; n--) {
        const canonical = table.get(n === 1 ? words[i]! : words.slice(i, i + n).join(' '));
        if (canonical) {
          pushTerms(terms, canonical);
          break;
        }
      }
      if (n === 0) {
        pushTerms(terms, [words[i]!]);
        n = 1;
      }
      i += n;
    }
    return terms;
  };
}

