import type { Language } from '../knowledge/types.js';
import { normalize } from './normalize.js';
import { createSmalltalkReader, type SmalltalkTopic } from './smalltalk.js';

/**
 * Intents recognised by rule, before any retrieval, from the patterns of the
 * knowledge's language (see english.ts).
 */
export type Intent =
  | { kind: 'urgent' }
  | { kind: 'booking' }
  | { kind: 'personal' }
  | { kind: 'smalltalk'; topic: SmalltalkTopic };

/** A message as the intents read it. */
export interface IntentReading {
  intent: Intent | null;
  /** The normalised message without the small talk around its question: what retrieval should read. */
  question: string;
  /**
   * The topic of the small talk around a message with no intent that asks nothing ("Good morning, I'm new
   * to all this"): what answers it when nothing else does.
   */
  aside?: SmalltalkTopic;
}

const anyOf = (patterns: readonly string[]) => new RegExp(`(?:^|\\b)(?:${patterns.join('|')})`);

/** Reads a message's intent; `patterns` are its regular expressions, to compile ahead of the first message. */
export type IntentDetector = ((message: string) => IntentReading) & { patterns: RegExp[] };

/**
 * Builds a language's intent detector; it reads the message as typed (cut to
 * length). Urgent wins over everything, and is read clause by clause: a red
 * flag in a clause about the past or a what-if ("had chest pain years ago,
 * unrelated") is not one now.
 */
export function createIntentDetector(language: Language): IntentDetector {
  const urgent = language.urgent.map(anyOf);
  const notNow = anyOf(language.urgentNotNow);
  const booking = anyOf(language.booking);
  const personal = anyOf(language.personal);
  const readSmalltalk = createSmalltalkReader(language.smalltalk, language.smalltalkFiller);
  const questionStart = new RegExp(language.questionStart);
  const clauseBreak = new RegExp(language.clauseBreak, 'i');
  const isUrgent = (message: string) => {
    const current = message
      .split(clauseBreak)
      .map(normalize)
      .filter((clause) => clause && !notNow.test(clause))
      .join(' ');
    return urgent.some((pattern) => pattern.test(current));
  };
  const detect = (message: string): IntentReading => {
    const text = normalize(message);
    if (isUrgent(message)) return { intent: { kind: 'urgent' }, question: text };
    const { topic, question, aside } = readSmalltalk(text);
    if (topic) return { intent: { kind: 'smalltalk', topic }, question };
    if (booking.test(text)) return { intent: { kind: 'booking' }, question };
    if (personal.test(text)) return { intent: { kind: 'personal' }, question };
    return { intent: null, question, aside: questionStart.test(question) ? undefined : aside };
  };
  return Object.assign(detect, { patterns: [...urgent, notNow, booking, personal] });
}
