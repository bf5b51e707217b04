import { useEffect, useRef } from 'preact/hooks';
import { AssistantMessage, Handoff } from './AssistantMessage.js';
import { Composer } from './Composer.js';
import type { ChatMessage, WidgetProps } from './types.js';
import { useChat } from './useChat.js';

const INPUT_ID = 'faq-chat-input';

/** The open chat: header, conversation, composer. */
export function ChatPanel({ clinic, strings, answerer, status, onClose }: WidgetProps) {
  const { messages, ask } = useChat(answerer, status);
  const endRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);

  useEffect(() => {
    panelRef.current?.querySelector<HTMLInputElement>(`#${INPUT_ID}`)?.focus();
  }, []);
  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [messages.length]);

  const render = (message: ChatMessage) => {
    if (message.from === 'visitor') {
      return <div class="message visitor"><span class="visually-hidden">{strings.visitorSaid}: </span>{message.text}</div>;
    }
    if ('notice' in message) {
      if (message.notice === 'greeting') {
        return (
          <div class="message assistant">
            <p>{clinic.greeting}</p>
            <div class="suggestions">
              {clinic.starters.map((s) => <button type="button" class="chip" key={s} onClick={() => ask(s)}>{s}</button>)}
            </div>
          </div>
        );
      }
      return (
        <div class="message assistant handoff">
          <p>{strings.unavailable}</p>
          <Handoff clinic={clinic} strings={strings} />
        </div>
      );
    }
    return <AssistantMessage result={message.result} clinic={clinic} strings={strings} onAsk={ask} />;
  };

  return (
    <section
      ref={panelRef}
      class="panel"
      role="dialog"
      aria-label={`${clinic.name}: ${strings.panelTitle}`}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <header class="header">
        <h2>{clinic.name}</h2>
        <button type="button" class="icon" aria-label={strings.close} onClick={onClose}>×</button>
      </header>
      <p class="disclaimer">{clinic.disclaimer}</p>
      <div class="messages" role="log" aria-live="polite">
        {messages.map((m) => <div key={m.id}>{render(m)}</div>)}
        {status === 'loading' && <p class="status">{strings.loading}</p>}
        <div ref={endRef} />
      </div>
      <Composer strings={strings} onAsk={ask} inputId={INPUT_ID} />
    </section>
  );
}
