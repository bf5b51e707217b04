import type { ConversationContext, Engine, Result } from './types.js';

/** One visitor's conversation: remembers the last answered topic so follow-ups resolve against it. */
export interface Conversation {
  ask(question: string): Result;
  /** Forgets the topic: the next question is read on its own. */
  reset(): void;
  readonly context: ConversationContext;
}

/** What a conversation remembers after a reply: the entry answered last, so follow-ups resolve against it. */
export function contextAfter(context: ConversationContext, result: Pick<Result, 'kind' | 'entryId'>): ConversationContext {
  return result.kind === 'answer' ? { lastEntryId: result.entryId } : context;
}

/** Wraps an engine with the context of one conversation. */
export function createConversation(engine: Engine, context: ConversationContext = { lastEntryId: null }): Conversation {
  let current = context;
  return {
    ask(question) {
      const result = engine.ask(question, current);
      current = contextAfter(current, result);
      return result;
    },
    reset() {
      current = { lastEntryId: null };
    },
    get context() {
      return current;
    },
  };
}
