/** What small talk can be about; `identity` is a question about the assistant itself. */
export const SMALLTALK_TOPICS = ['identity', 'goodbye', 'thanks', 'hello', 'ok'] as const;
export type SmalltalkTopic = (typeof SMALLTALK_TOPICS)[number];

/** Small talk found in a normalised message. */
export interface SmalltalkReading {
  /** Set when the whole message is small talk: the topic that answers it (earlier in `SMALLTALK_TOPICS` wins). */
  topic?: SmalltalkTopic;
  /** The message with the small talk around its question taken off ("good morning, does it hurt" → "does it hurt"). */
  question: string;
  /** The topic of the small talk taken off the front, if any: what answers the message when the rest asks nothing. */
  aside?: SmalltalkTopic;
}

/** Topics that may end a question and be taken off ("…how long does it last, thanks so much"). */
const CLOSING: ReadonlySet<SmalltalkTopic> = new Set(['thanks', 'goodbye']);

interface PhraseNode {
  topic?: SmalltalkTopic;
  next: Map<string, PhraseNode>;
}

/**
 * Reads small talk by its phrases rather than by whole-message patterns: a
 * message is small talk when its words are all small-talk phrases and filler
 * ("hi, anyone there?", "thank you so much, have a lovely evening").
 * `phrases` are per topic, in any case and punctuation; `filler` is words
 * that may sit between them ("so", "and", "again").
 */
export function createSmalltalkReader(phrases: Readonly<Record<SmalltalkTopic, readonly string[]>>, filler: string): (text: string) => SmalltalkReading {
  const root: PhraseNode = { next: new Map() };
  for (const topic of SMALLTALK_TOPICS) {
    for (const phrase of phrases[topic]) {
      let node = root;
      for (const word of phrase.split(' ')) {
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = { next: new Map() }));
        node = child;
      }
      node.topic ??= topic;
    }
  }
  const fillers = new Set(filler.split(/\s+/).filter(Boolean));

  /** The longest phrase starting at `start`: its end and topic. */
  const phraseAt = (words: readonly string[], start: number): { end: number; topic: SmalltalkTopic } | null => {
    let found = null;
    let node: PhraseNode | undefined = root;
    for (let i = start; i < words.length && (node = node.next.get(words[i]!)); i++) {
      if (node.topic) found = { end: i + 1, topic: node.topic };
    }
    return found;
  };

  return (text) => {
    const words = text.split(' ');
    const topics = new Set<SmalltalkTopic>();
    // Small talk leading the message: phrases and the filler between them, up to the last phrase. What leads
    // a longer message is taken off up to a question about the assistant, which is part of it ("who is this for").
    const aside = new Set<SmalltalkTopic>();
    let end = 0;
    let lead = 0;
    for (let i = 0; i < words.length; ) {
      const phrase = phraseAt(words, i);
      if (phrase) {
        topics.add(phrase.topic);
        if (!topics.has('identity')) {
          aside.add(phrase.topic);
          lead = phrase.end;
        }
        i = end = phrase.end;
      } else if (fillers.has(words[i]!)) i++;
      else break;
    }
    if (end > 0 && words.slice(end).every((word) => fillers.has(word))) {
      return { topic: firstOf(topics), question: '' };
    }
    // Thanks or goodbye closing the message: the earliest start from which the rest is all closing phrases and filler.
    const closesFrom = new Array<boolean>(words.length + 1).fill(false);
    closesFrom[words.length] = true;
    let tail = words.length;
    for (let i = words.length - 1; i >= lead; i--) {
      const phrase = phraseAt(words, i);
      const closing = !!phrase && CLOSING.has(phrase.topic) && closesFrom[phrase.end]!;
      closesFrom[i] = closing || (fillers.has(words[i]!) && closesFrom[i + 1]!);
      if (closing) tail = i;
    }
    return { question: words.slice(lead, tail).join(' '), aside: firstOf(aside) };
  };
}

/** The topic that answers small talk touching on several: the first in `SMALLTALK_TOPICS`. */
function firstOf(topics: ReadonlySet<SmalltalkTopic>): SmalltalkTopic | undefined {
  return SMALLTALK_TOPICS.find((topic) => topics.has(topic));
}
