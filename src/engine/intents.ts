import type { Language } from '../knowledge/types.js';

/**
 * Intents recognised by rule, before any retrieval, from the patterns of the
 * knowledge's language (see english.ts).
 */
export type Intent =
  | { kind: 'urgent' }
  | { kind: 'booking' }
  | { kind: 'personal' }
  | { kind: 'smalltalk'; topic: SmalltalkTopic };

export type SmalltalkTopic = 'hello' | 'thanks' | 'goodbye' | 'identity';

const anyOf = (patterns: readonly string[]) => new RegExp(`(?:^|\\b)(?:${patterns.join('|')})`);

/** Builds a language's intent detector; it reads normalised text. Urgent wins over everything. */
export function createIntentDetector(language: Language): (text: string) => Intent | null {
  const urgent = anyOf(language.urgent);
  const booking = anyOf(language.booking);
  const personal = anyOf(language.personal);
  const identity = new RegExp(language.identity);
  const greetingPrefix = new RegExp(language.greetingPrefix);
  const smalltalk = (['hello', 'thanks', 'goodbye'] as const).map((topic) => [topic, new RegExp(language[topic])] as const);
  return (text) => {
    if (urgent.test(text)) return { kind: 'urgent' };
    if (identity.test(text.replace(greetingPrefix, ''))) return { kind: 'smalltalk', topic: 'identity' };
    if (booking.test(text)) return { kind: 'booking' };
    if (personal.test(text)) return { kind: 'personal' };
    const match = smalltalk.find(([, pattern]) => pattern.test(text));
    return match ? { kind: 'smalltalk', topic: match[0] } : null;
  };
}
