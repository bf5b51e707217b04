import { normalize } from './normalize.js';
import { stem } from './stem.js';

/** Longest visitor phrase the synonym table can hold, in words. */
const MAX_PHRASE_WORDS = 3;
/** Distinct space-separated tokens remembered; a knowledge base of 10,000 entries uses about 6,000. */
const MAX_CACHED_TOKENS = 50_000;

/** Turns text into the terms matching compares: the same pipeline for questions and for entries. */
export type Analyzer = (text: string) => string[];

/** A normalised word and what it analyses to. */
interface Word {
  text: string;
  /** Its terms when it stands alone: its synonym's, its stem, or none for a stop word. */
  terms: readonly string[];
  /** Phrases of the synonym table that start with this word, by their next word. */
  phrases: PhraseNode | undefined;
}

/** The rest of the synonym table's phrases after the words read so far. */
interface PhraseNode {
  /** The terms of the phrase that ends here, if one does. */
  terms?: readonly string[];
  next: Map<string, PhraseNode>;
}

/**
 * Builds the pipeline normalise → tokenise → synonyms → stop words → stem.
 * `synonyms` maps a visitor word or phrase to the word the Q&A uses; the
 * longest phrase (up to three words) wins.
 */
export function createAnalyzer(synonyms: Readonly<Record<string, string>>, stopWords: ReadonlySet<string>): Analyzer {
  const termsOf = (words: readonly string[]) => words.filter((word) => !stopWords.has(word)).map(stem);
  const single = new Map<string, readonly string[]>();
  const phraseStarts = new Map<string, PhraseNode>();
  for (const [variant, canonical] of Object.entries(synonyms)) {
    const key = normalize(variant).split(' ');
    const terms = termsOf(normalize(canonical).split(' '));
    if (key.length === 1) single.set(key[0]!, terms);
    if (key.length < 2 || key.length > MAX_PHRASE_WORDS) continue;
    let node: PhraseNode = phraseStarts.get(key[0]!) ?? { next: new Map() };
    phraseStarts.set(key[0]!, node);
    for (const word of key.slice(1)) {
      const child: PhraseNode = node.next.get(word) ?? { next: new Map() };
      node.next.set(word, child);
      node = child;
    }
    node.terms = terms;
  }
  // Normalising is local to a space-separated token, so each distinct token is analysed once:
  // a knowledge base repeats a small vocabulary a million times.
  const words = new Map<string, Word>();
  const wordOf = (text: string): Word => {
    let word = words.get(text);
    if (!word) {
      word = { text, terms: single.get(text) ?? termsOf([text]), phrases: phraseStarts.get(text) };
      words.set(text, word);
    }
    return word;
  };
  const tokens = new Map<string, readonly Word[]>();
  const wordsOfToken = (token: string): readonly Word[] => {
    let cached = tokens.get(token);
    if (!cached) {
      if (tokens.size >= MAX_CACHED_TOKENS) {
        tokens.clear();
        words.clear();
      }
      cached = normalize(token).split(' ').filter(Boolean).map(wordOf);
      tokens.set(token, cached);
    }
    return cached;
  };

  return (text) => {
    const sequence: Word[] = [];
    for (const token of text.split(' ')) {
      const tokenWords = wordsOfToken(token);
      for (let i = 0; i < tokenWords.length; i++) sequence.push(tokenWords[i]!);
    }
    const terms: string[] = [];
    for (let i = 0; i < sequence.length; ) {
      const word = sequence[i]!;
      let found = word.terms;
      let length = 1;
      for (let node = word.phrases, n = 1; node && i + n < sequence.length; n++) {
        node = node.next.get(sequence[i + n]!.text);
        if (node?.terms) {
          found = node.terms;
          length = n + 1;
        }
      }
      for (let t = 0; t < found.length; t++) terms.push(found[t]!);
      i += length;
    }
    return terms;
  };
}
