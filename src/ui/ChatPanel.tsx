import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { AssistantMessage } from './AssistantMessage.js';
import { Composer } from './Composer.js';
import { DEFAULT_STORAGE_KEY, defaultStorage } from './conversationStore.js';
import { Icon } from './Icon.js';
import { Message } from './Message.js';
import { STRINGS, fill, type Strings } from './strings.js';
import { Suggestions } from './Suggestions.js';
import type { ChatMessage, WidgetProps } from './types.js';
import { useChat } from './useChat.js';
import { usePhoneViewport } from './usePhoneViewport.js';

// Ids are scoped to the widget's shadow root, so fixed ones cannot clash with the page's.
const TITLE_ID = 'faq-chat-title';
const SUBTITLE_ID = 'faq-chat-subtitle';
const DISCLAIMER_ID = 'faq-chat-disclaimer';
const FOCUSABLE = 'a[href], button, input, summary, [tabindex="0"]';
/** Shown instead of the greeting when the answers could not be loaded. */
const UNAVAILABLE: Extract<ChatMessage, { notice: 'unavailable' }> = { id: -1, from: 'assistant', question: '', notice: 'unavailable' };

/**
 * The open chat: a dialog with a header (clinic name, "Start over", close), the
 * disclaimer, the conversation and the composer. The text box takes the focus on
 * open; Escape closes. On phones it covers the screen and keeps Tab inside.
 * Replies are announced through one polite live region, one reply at a time.
 */
export function ChatPanel({
  clinic,
  strings: overrides,
  answerer,
  status,
  onClose,
  onEvent,
  storage = defaultStorage(),
  storageKey = DEFAULT_STORAGE_KEY,
  bookingQuery = false,
  askRef,
}: WidgetProps) {
  const strings: Strings = useMemo(() => ({ ...STRINGS, ...overrides }), [overrides]);
  const { messages, latest, ask, clear, rate, waiting } = useChat({ answerer, status, storage, storageKey, onEvent });
  const { phone, style } = usePhoneViewport();
  const panelRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => inputRef.current?.focus(), []);
  useLayoutEffect(() => {
    if (!askRef) return;
    askRef.current = ask;
    return () => {
      askRef.current = null;
    };
  }, [askRef, ask]);
  // Brings the newest question to the top, so that a long reply is read from its start; before
  // the frame that shows them, so the reply is never painted once unscrolled. With no question
  // yet there is nothing to scroll, and reading the layout would only force it into this task.
  useLayoutEffect(() => {
    const questions = listRef.current?.querySelectorAll<HTMLElement>('.visitor');
    const question = questions?.[questions.length - 1];
    if (question) listRef.current!.scrollTop = question.offsetTop - 16;
  }, [messages.length]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.isComposing) {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab' && phone && panelRef.current) {
      keepTabInside(event, panelRef.current);
    }
  };

  const startOver = () => {
    clear();
    inputRef.current?.focus();
  };

  return (
    <section
      ref={panelRef}
      class="panel"
      role="dialog"
      aria-labelledby={`${TITLE_ID} ${SUBTITLE_ID}`}
      aria-modal={phone ? 'true' : undefined}
      style={style}
      onKeyDown={onKeyDown}
    >
      <div class="header">
        <div class="titles">
          <h2 id={TITLE_ID}>{clinic.name}</h2>
          <p id={SUBTITLE_ID}>{strings.panelTitle}</p>
        </div>
        {messages.length > 0 && <button type="button" class="header-button" onClick={startOver}>{strings.clear}</button>}
        <button type="button" class="header-button close" aria-label={strings.close} onClick={onClose}><Icon name="close" /></button>
      </div>
      <p class="disclaimer" id={DISCLAIMER_ID}><Icon name="info" /><span dir="auto">{clinic.disclaimer || strings.disclaimer}</span></p>
      <ol class="messages" ref={listRef} aria-label={strings.conversation}>
        <li class="message assistant greeting">
          <span class="visually-hidden">{strings.assistantSaid} </span>
          {clinic.greeting || status !== 'failed' ? (
            <div class="bubble"><p dir="auto">{clinic.greeting || (status === 'loading' ? strings.loading : strings.greeting)}</p></div>
          ) : (
            <AssistantMessage message={UNAVAILABLE} clinic={clinic} strings={strings} bookingQuery={false} onAsk={ask} onRate={rate} />
          )}
          <Suggestions questions={clinic.starters} onAsk={ask} />
        </li>
        {messages.map((message) => (
          <Message key={message.id} message={message} clinic={clinic} strings={strings} bookingQuery={bookingQuery} onAsk={ask} onRate={rate} />
        ))}
        {waiting && (
          <li class="message assistant status"><span class="typing" aria-hidden="true"><i /><i /><i /></span>{strings.loading}</li>
        )}
      </ol>
      <div class="visually-hidden" aria-live="polite">
        {latest && <p key={latest === 'cleared' ? 'cleared' : latest.id}>{announcement(latest, strings)}</p>}
      </div>
      <Composer strings={strings} onAsk={ask} inputRef={inputRef} describedBy={DISCLAIMER_ID} />
    </section>
  );
}

/** What a screen reader hears for a new reply: its text, never the whole log. */
function announcement(latest: Extract<ChatMessage, { from: 'assistant' }> | 'cleared', strings: Strings): string {
  if (latest === 'cleared') return strings.cleared;
  if (!('result' in latest)) return strings.unavailable;
  const { kind, answer } = latest.result;
  return kind === 'urgent' ? fill(strings.urgentAnnouncement, { text: answer }) : answer;
}

/** On a full-screen panel, Tab from the last control goes to the first and Shift+Tab the other way round. */
function keepTabInside(event: KeyboardEvent, panel: HTMLElement): void {
  const controls = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  const first = controls[0];
  const last = controls[controls.length - 1];
  const active = (panel.getRootNode() as Document | ShadowRoot).activeElement;
  const target = event.shiftKey ? (active === first ? last : null) : active === last ? first : null;
  if (target) {
    event.preventDefault();
    target.focus();
  }
}
