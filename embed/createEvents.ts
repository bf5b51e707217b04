import type { HandoffReason, ResultKind } from '../src/engine/types.js';
import { handlerThrew, unknownEvent, warn } from './messages.js';
import { redact } from './redact.js';

/** What an event about a reply carries. */
export interface ReplyDetail {
  /** The visitor's question, emails and phone numbers redacted. */
  question: string;
  kind: ResultKind;
  /** The answered Q&A entry; null unless kind is "answer". */
  entryId: string | null;
  /** How sure the match was, 0 to 1. */
  confidence: number;
  /** Why the chat handed over to booking (handoff and unanswered). */
  reason?: HandoffReason;
}

/** Each event's payload, by event name. */
export interface FaqChatEventMap {
  /** The panel opened. */
  open: Record<never, never>;
  /** The panel closed. */
  close: Record<never, never>;
  /** The visitor asked something (typed, tapped, or through FaqChat('ask')). */
  question: { question: string };
  /** The chat answered from the Q&A. */
  answer: ReplyDetail;
  /** The chat sent the visitor to booking or the phone. */
  handoff: ReplyDetail;
  /** The question looked urgent: the chat showed emergency guidance. */
  urgent: ReplyDetail;
  /** The Q&A doesn't cover the question. */
  unanswered: ReplyDetail;
  /** The visitor said whether an answer helped. */
  feedback: { question: string; entryId: string; helpful: boolean };
}

export type FaqChatEventName = keyof FaqChatEventMap;
/** What a handler receives: the event's name as `type`, and its payload. */
export type FaqChatEvent<E extends FaqChatEventName = FaqChatEventName> = { type: E } & FaqChatEventMap[E];
export type FaqChatHandler<E extends FaqChatEventName = FaqChatEventName> = (event: FaqChatEvent<E>) => void;

export const EVENT_NAMES = ['open', 'close', 'question', 'answer', 'handoff', 'urgent', 'feedback', 'unanswered'] as const satisfies readonly FaqChatEventName[];

/** Where events go besides the page's handlers. */
export interface AnalyticsOptions {
  /** "datalayer": push each event to window.dataLayer as { event: "faq_chat_<name>", ... }. */
  analytics?: 'datalayer';
  /** An https URL each event is sent to with navigator.sendBeacon, as JSON { event: "<name>", ... }. */
  analyticsEndpoint?: string;
}

/**
 * The widget's events: handlers by name, plus the analytics sinks the clinic
 * chose. Visitor text is redacted before anything sees it; a handler that
 * throws is reported once and never stops the others or the widget.
 */
export function createEvents({ analytics, analyticsEndpoint }: AnalyticsOptions) {
  const handlers = new Map<string, Set<FaqChatHandler<never>>>();
  let warned = false;

  return {
    /** Calls `handler` on each `event`; returns a function that stops it. */
    on<E extends FaqChatEventName>(event: E, handler: FaqChatHandler<E>): () => void {
      if (!EVENT_NAMES.includes(event) || typeof handler !== 'function') {
        warn(unknownEvent(event, EVENT_NAMES.join(', ')));
        return () => undefined;
      }
      const set = handlers.get(event) ?? new Set();
      handlers.set(event, set.add(handler as FaqChatHandler<never>));
      return () => void set.delete(handler as FaqChatHandler<never>);
    },

    emit<E extends FaqChatEventName>(type: E, detail: FaqChatEventMap[E]): void {
      const payload: Record<string, unknown> = { ...detail };
      if (typeof payload.question === 'string') payload.question = redact(payload.question);
      for (const handler of [...(handlers.get(type) ?? [])]) {
        try {
          (handler as FaqChatHandler)({ type, ...payload } as FaqChatEvent);
        } catch (error) {
          if (!warned) warn(handlerThrew(type), error);
          warned = true;
        }
      }
      if (analytics) {
        const layer = ((window as { dataLayer?: unknown[] }).dataLayer ??= []);
        layer.push({ event: `faq_chat_${type}`, ...payload });
      }
      // A string body goes as text/plain: no CORS preflight, which beacons can't answer.
      if (analyticsEndpoint) navigator.sendBeacon?.(analyticsEndpoint, JSON.stringify({ event: type, ...payload }));
    },

    /** Forgets every handler. */
    clear(): void {
      handlers.clear();
    },
  };
}

export type Events = ReturnType<typeof createEvents>;
