import { useCallback, useEffect, useState } from 'preact/hooks';
import { MAX_QUESTION_LENGTH } from '../engine/normalize.js';
import type { Answerer, ChatMessage, WidgetProps } from './types.js';

/**
 * The conversation's messages and the one way to add to them. A question
 * asked while answers are still loading waits and is answered once they arrive.
 */
export function useChat(answerer: Answerer | null, status: WidgetProps['status']) {
  const [messages, setMessages] = useState<ChatMessage[]>([{ id: 0, from: 'assistant', notice: 'greeting' }]);
  const [waiting, setWaiting] = useState<string[]>([]);

  const reply = useCallback(
    (questions: string[]) =>
      setMessages((current) => [
        ...current,
        ...questions.map((question, i): ChatMessage =>
          answerer
            ? { id: current.length + i, from: 'assistant', result: answerer.ask(question), question }
            : { id: current.length + i, from: 'assistant', notice: 'unavailable' },
        ),
      ]),
    [answerer],
  );

  useEffect(() => {
    if (waiting.length === 0 || status === 'loading') return;
    reply(waiting);
    setWaiting([]);
  }, [waiting, status, reply]);

  const ask = useCallback(
    (raw: string) => {
      const question = raw.trim().slice(0, MAX_QUESTION_LENGTH);
      if (!question) return;
      setMessages((current) => [...current, { id: current.length, from: 'visitor', text: question }]);
      setWaiting((current) => [...current, question]);
    },
    [],
  );
  return { messages, ask, waiting: waiting.length > 0 };
}
