import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { contextAfter } from '../engine/createConversation.js';
import { MAX_QUESTION_LENGTH } from '../engine/normalize.js';
import { loadConversation, saveConversation } from './conversationStore.js';
import type { Answerer, ChatEvent, ChatMessage, ConversationContext, ConversationStorage, Result, WidgetProps } from './types.js';

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
 * ways to add to it. A question is answered in the same task as it is asked, so
 * that the question and its reply show in the same frame; one asked while answers
 * are still loading waits, and is answered in the task after they arrive. The topic a follow-up
 * refers to is read from the messages, so a conversation restored on the next page
 * costs no questions to the answerer. `latest` is the newest reply given since the
 * panel opened (or 'cleared' after a fresh start): what a screen reader announces.
 */
export function useChat({ answerer, status, storage, storageKey, onEvent }: ChatOptions) {
  const [messages, setMessages] = useState<ChatMessage[]>(() => loadConversation(storage, storageKey));
  const [latest, setLatest] = useState<Reply | 'cleared' | null>(null);
  // The messages as of the last change, ahead of the render that shows them: two questions asked in one
  // task (the embed's queue) both land, and each is answered in the light of the one before.
  const log = useRef(messages);
  const nextId = useRef(messages.reduce((max, m) => Math.max(max, m.id + 1), 0));
  // Ids already rated; a double click lands before the re-render that hides the buttons.
  const rated = useRef(new Set<number>());
  const props = useRef({ answerer, status, onEvent });
  props.current = { answerer, status, onEvent };

  const emit = (event: ChatEvent) => {
    try {
      props.current.onEvent?.(event);
    } catch (error) {
      console.warn('[faq-chat] the onEvent handler failed', error);
    }
  };

  const commit = (next: ChatMessage[]) => {
    log.current = next;
    setMessages(next);
  };

  /** The reply to `question`, asked after the messages `before`. */
  const replyTo = (question: string, before: ChatMessage[]): Reply => {
    const id = nextId.current++;
    const { answerer } = props.current;
    if (!answerer) return { id, from: 'assistant', question, notice: 'unavailable' };
    const result = answerer.ask(question, topicOf(before));
    emit({ type: result.kind === 'smalltalk' ? 'answer' : result.kind, question, result });
    if (result.reason === 'low-confidence' || result.reason === 'not-covered') emit({ type: 'unanswered', question, result });
    return { id, from: 'assistant', question, result };
  };

  // After the frame that shows the answers arrived, in a task of its own: the task that finishes loading is
  // long enough already. Questions asked meanwhile wait behind these (see `ask`), so they keep their order.
  useEffect(() => {
    if (status === 'loading' || !log.current.some(isWaiting)) return;
    let reply: Reply | null = null;
    const answered: ChatMessage[] = [];
    for (const m of log.current) {
      if (!isWaiting(m)) answered.push(m);
      else answered.push({ id: m.id, from: 'visitor', text: m.text }, (reply = replyTo(m.text, answered)));
    }
    commit(answered);
    setLatest(reply);
  }, [status, answerer]);

  useEffect(() => saveConversation(storage, storageKey, messages), [storage, storageKey, messages]);

  /** Asks a question as the visitor: trimmed, cut to the engine's limit, ignored when empty. */
  const ask = useCallback((raw: string) => {
    const question = raw.trim().slice(0, MAX_QUESTION_LENGTH);
    if (!question) return;
    emit({ type: 'question', question });
    const asked: ChatMessage = { id: nextId.current++, from: 'visitor', text: question };
    if (props.current.status === 'loading' || log.current.some(isWaiting)) return commit([...log.current, { ...asked, waiting: true }]);
    const reply = replyTo(question, log.current);
    commit([...log.current, asked, reply]);
    setLatest(reply);
  }, []);

  /** Forgets the conversation, here and in storage; the next question is read on its own. */
  const clear = useCallback(() => {
    commit([]);
    setLatest('cleared');
  }, []);

  /** Records the visitor's "Was this helpful?" answer, once per answer. */
  const rate = useCallback((message: Answered, helpful: boolean) => {
    if (message.helpful !== undefined || !message.result.entryId || rated.current.has(message.id)) return;
    rated.current.add(message.id);
    emit({ type: 'feedback', question: message.question, entryId: message.result.entryId, helpful });
    commit(log.current.map((m) => (m.id === message.id ? { ...m, helpful } : m)));
  }, []);

  return { messages, latest, ask, clear, rate, waiting: messages.some(isWaiting) };
}

function isWaiting(m: ChatMessage): m is Extract<ChatMessage, { from: 'visitor' }> {
  return m.from === 'visitor' && m.waiting === true;
}

/** What a follow-up ("does that hurt?") refers to: the entry answered last, as the engine's conversation keeps it. */
function topicOf(messages: ChatMessage[]): ConversationContext {
  return messages.reduce<ConversationContext>((context, m) => ('result' in m ? contextAfter(context, m.result) : context), { lastEntryId: null });
}
