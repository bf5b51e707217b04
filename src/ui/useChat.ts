import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { MAX_QUESTION_LENGTH } from '../engine/normalize.js';
import { loadConversation, saveConversation } from './conversationStore.js';
import type { Answerer, ChatEvent, ChatMessage, ConversationStorage, Result, WidgetProps } from './types.js';

export interface ChatOptions {
  answerer: Answerer | null;
  status: WidgetProps['status'];
  storage: ConversationStorage | null;
  storageKey: string;
  onEvent?: WidgetProps['onEvent'];
}

type Reply = Extract<ChatMessage, { from: 'assistant' }>;
type Answered = Extract<ChatMessage, { result: Result }>;

/**
 * The conversation: its messages, kept in `storage` between page views, and the
 * ways to add to it. A question asked while answers are still loading waits and
 * is answered once they arrive. `latest` is the newest reply given since the
 * panel opened (or 'cleared' after a fresh start): what a screen reader announces.
 */
export function useChat({ answerer, status, storage, storageKey, onEvent }: ChatOptions) {
  const [messages, setMessages] = useState<ChatMessage[]>(() => loadConversation(storage, storageKey));
  const [latest, setLatest] = useState<Reply | 'cleared' | null>(null);
  const nextId = useRef(messages.reduce((max, m) => Math.max(max, m.id + 1), 0));
  const restored = useRef<ChatMessage[] | null>(messages);
  // Ids already rated; a double click lands before the re-render that hides the buttons.
  const rated = useRef(new Set<number>());
  const emitRef = useRef(onEvent);
  emitRef.current = onEvent;

  const emit = (event: ChatEvent) => {
    try {
      emitRef.current?.(event);
    } catch (error) {
      console.warn('[faq-chat] the onEvent handler failed', error);
    }
  };

  // A restored conversation meets a fresh answerer after navigation: replaying its
  // answered questions gives the answerer back the topic that follow-ups refer to.
  useEffect(() => {
    if (!answerer || !restored.current) return;
    for (const m of restored.current) if ('result' in m && m.result.kind === 'answer') answerer.ask(m.question);
    restored.current = null;
  }, [answerer]);

  useEffect(() => {
    if (status === 'loading' || !messages.some((m) => m.from === 'visitor' && m.waiting)) return;
    let reply: Reply | null = null;
    setMessages(
      messages.flatMap((m): ChatMessage[] => {
        if (m.from !== 'visitor' || !m.waiting) return [m];
        reply = replyTo(m.text);
        return [{ id: m.id, from: 'visitor', text: m.text }, reply];
      }),
    );
    setLatest(reply);

    function replyTo(question: string): Reply {
      const id = nextId.current++;
      if (!answerer) return { id, from: 'assistant', question, notice: 'unavailable' };
      const result = answerer.ask(question);
      emit({ type: result.kind === 'smalltalk' ? 'answer' : result.kind, question, result });
      if (result.reason === 'low-confidence' || result.reason === 'not-covered') emit({ type: 'unanswered', question, result });
      return { id, from: 'assistant', question, result };
    }
  }, [messages, status, answerer]);

  useEffect(() => saveConversation(storage, storageKey, messages), [storage, storageKey, messages]);

  /** Asks a question as the visitor: trimmed, cut to the engine's limit, ignored when empty. */
  const ask = useCallback((raw: string) => {
    const question = raw.trim().slice(0, MAX_QUESTION_LENGTH);
    if (!question) return;
    emit({ type: 'question', question });
    const id = nextId.current++;
    setMessages((current) => [...current, { id, from: 'visitor', text: question, waiting: true }]);
  }, []);

  /** Forgets the conversation, here and in storage. */
  const clear = useCallback(() => {
    answerer?.reset?.();
    setMessages([]);
    setLatest('cleared');
  }, [answerer]);

  /** Records the visitor's "Was this helpful?" answer, once per answer. */
  const rate = useCallback((message: Answered, helpful: boolean) => {
    if (message.helpful !== undefined || !message.result.entryId || rated.current.has(message.id)) return;
    rated.current.add(message.id);
    emit({ type: 'feedback', question: message.question, entryId: message.result.entryId, helpful });
    setMessages((current) => current.map((m) => (m.id === message.id ? { ...m, helpful } : m)));
  }, []);

  return { messages, latest, ask, clear, rate, waiting: messages.some((m) => m.from === 'visitor' && m.waiting) };
}
