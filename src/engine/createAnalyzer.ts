import { normalize } from './normalize.js';
import { stem } from './stem.js';

/** Longest visitor phrase the synonym table can hold, in words. */
const MAX_PHRASE_WORDS = 3;
/** Distinct space-separated tokens remembered; a knowledge base of 10,000 entries uses about 6,000. */
const MAX_CACHED_TOKENS = 50_000;

/** Turns text into the terms matching compares: the same pipeline for questions and for entries. */
export interface Analyzer {
  /** The terms of `text`, in order, repeats kept. */
  terms(text: string): string[];
  /** The same terms as numbers: one per distinct term, for as long as the analyzer lives. */
  termNumbers(text: string): number[];
  /** The term a number stands for. */
  term(termNumber: number): string;
}

/** What a word, or a phrase of the synonym table, stands for. */
interface Meaning {
  /** Term numbers: a synonym's, a stem, or none for a stop word. */
  terms: readonly number[];
}

/** A normalised word and what it stands for on its own. */
interface Word extends Meaning {
  text: string;
  /** Phrases of the synonym table that start with this word, by their next word. */
  phrases: PhraseNode | undefined;
}

/** The rest of the synonym table's phrases after the words read so far. */
interface PhraseNode {
  /** The phrase that ends here, if one does. */
  meaning?: Meaning;
  next: Map<string, PhraseNode>;
}

/**
 * Builds the pipeline normalise → tokenise → synonyms → stop words → stem.
 * `synonyms` maps a visitor word or phrase to the word the Q&A uses; the
 * longest phrase (up to three words) wins.
 */
export function createAnalyzer(synonyms: Readonly<Record<string, string>>, stopWords: ReadonlySet<string>): Analyzer {
  const numbers = new Map<string, number>();
  const termList: string[] = [];
  const numberOf = (term: string) => {
    let n = numbers.get(term);
    if (n === undefined) {
      n = termList.length;
      numbers.set(term, n);
      termList.push(term);
    }
    return n;
  };
  const meaningOf = (words: readonly string[]): Meaning => ({
    terms: words
      .filter((word) => !stopWords.has(word))
      .map(stem)
      .filter((term) => !stopWords.has(term))
      .map(numberOf),
  });

  const single = new Map<string, Meaning>();
  const phraseStarts = new Map<string, PhraseNode>();
  const phraseWords = new Set<string>();
  for (const [variant, canonical] of Object.entries(synonyms)) {
    const key = normalize(variant).split(' ');
    const meaning = meaningOf(normalize(canonical).split(' '));
    if (key.length === 1) single.set(key[0]!, meaning);
    if (key.length < 2 || key.length > MAX_PHRASE_WORDS) continue;
    for (const word of key) phraseWords.add(word);
    let node: PhraseNode = phraseStarts.get(key[0]!) ?? { next: new Map() };
    phraseStarts.set(key[0]!, node);
    for (const word of key.slice(1)) {
      const child: PhraseNode = node.next.get(word) ?? { next: new Map() };
      node.next.set(word, child);
      node = child;
    }
    node.meaning = meaning;
  }

  // Normalising works within space-separated tokens, so each distinct token is read once:
  // a knowledge base repeats a small vocabulary a million times.
  const words = new Map<string, Word>();
  const wordOf = (text: string): Word => {
    let word = words.get(text);
    if (!word) {
      word = { text, terms: (single.get(text) ?? meaningOf([text])).terms, phrases: phraseStarts.get(text) };
      words.set(text, word);
    }
    return word;
  };
  const tokens = new Map<string, readonly Word[]>();
  const sequenceOf = (text: string): Word[] => {
    const sequence: Word[] = [];
    for (const token of text.split(' ')) {
      let tokenWords = tokens.get(token);
      if (!tokenWords) {
        if (tokens.size >= MAX_CACHED_TOKENS) {
          tokens.clear();
          words.clear();
        }
        // A stop word in no phrase of the table is skipped, so "what's actually in it" still reads "what's in".
        tokenWords = normalize(token)
          .split(' ')
          .filter((word) => word && (!stopWords.has(word) || phraseWords.has(word) || single.has(word)))
          .map(wordOf);
        tokens.set(token, tokenWords);
      }
      for (let i = 0; i < tokenWords.length; i++) sequence.push(tokenWords[i]!);
    }
    return sequence;
  };

  function termNumbers(text: string): number[] {
    const sequence = sequenceOf(text);
    const terms: number[] = [];
    for (let i = 0; i < sequence.length; ) {
      const word = sequence[i]!;
      let meaning: Meaning = word;
      let length = 1;
      for (let node = word.phrases, n = 1; node && i + n < sequence.length; n++) {
        node = node.next.get(sequence[i + n]!.text);
        if (node?.meaning) {
          meaning = node.meaning;
          length = n + 1;
        }
      }
      for (let t = 0; t < meaning.terms.length; t++) terms.push(meaning.terms[t]!);
      i += length;
    }
    return terms;
  }

  return {
    terms: (text) => termNumbers(text).map((n) => termList[n]!),
    termNumbers,
    term: (termNumber) => termList[termNumber]!,
  };
}
