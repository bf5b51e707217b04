import type { ConversationContext, Result } from '../engine/types.js';
import type { Strings } from './strings.js';

export type { ConversationContext, Result };

/**
 * Answers one question; the engine is one. The widget knows nothing of how. It keeps
 * the conversation itself and says what a follow-up refers to with each question, so
 * a conversation restored on the next page needs nothing from the answerer.
 */
export interface Answerer {
  ask(question: string, context: ConversationContext): Result;
}

/** What the widget shows about the clinic; from the knowledge base, overridable by the embed. */
export interface ClinicInfo {
  name: string;
  bookingUrl: string;
  phone: string;
  greeting: string;
  starters: string[];
  disclaimer: string;
  handoff: string;
}

/**
 * What happens in a conversation, for the clinic's analytics. Questions are the visitor's own words:
 * a clinic should treat them as personal data.
 * - `question`: the visitor asked (typed, or chose a suggestion).
 * - `answer`: the FAQ answered (`result.kind` is 'answer' or 'smalltalk').
 * - `handoff`: the visitor was sent to booking; `result.reason` says why.
 * - `unanswered`: also sent for handoffs whose reason is 'low-confidence' or 'not-covered': gaps in the FAQ.
 * - `urgent`: emergency guidance was shown.
 * - `feedback`: the visitor said whether an answer helped (once per answer).
 */
export type ChatEvent =
  | { type: 'question'; question: string }
  | { type: 'answer' | 'handoff' | 'urgent' | 'unanswered'; question: string; result: Result }
  | { type: 'feedback'; question: string; entryId: string; helpful: boolean };

/** Where the conversation is kept between page views; the parts of the Web Storage API the widget uses. */
export type ConversationStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One message in the conversation. The greeting is not one: it always comes first and is never stored. */
export type ChatMessage =
  | {
      id: number;
      from: 'visitor';
      text: string;
      /** Set until the question is answered (it was asked while the answers were loading). */
      waiting?: boolean;
    }
  | {
      id: number;
      from: 'assistant';
      question: string;
      result: Result;
      /** The visitor's answer to "Was this helpful?", once given. */
      helpful?: boolean;
    }
  | { id: number; from: 'assistant'; question: string; notice: 'unavailable' };

export interface WidgetProps {
  clinic: ClinicInfo;
  /** Texts that override the defaults in `STRINGS`, all or some. */
  strings?: Partial<Strings>;
  /** Null while answers are loading or when they could not be loaded. */
  answerer: Answerer | null;
  status: 'loading' | 'ready' | 'failed';
  /** Called when the visitor closes the panel (close button or Escape); the caller moves focus to the launcher. */
  onClose(): void;
  /** Called for every question, reply and feedback; see {@link ChatEvent}. Default: none. */
  onEvent?(event: ChatEvent): void;
  /**
   * Where the conversation is kept so that it survives navigation between the clinic's pages.
   * Reading and writing failures (blocked, full) are ignored: the chat works, it just forgets.
   * Default: `window.sessionStorage` when the page may use it, otherwise `null` (nothing is kept).
   */
  storage?: ConversationStorage | null;
  /** The key the conversation is kept under in `storage`. Default: `'faq-chat:conversation'`. */
  storageKey?: string;
  /**
   * When true, "Book a consultation" links carry the visitor's question as a `q` query parameter,
   * e.g. `https://clinic.example/book?q=does+it+hurt`. Default: false (questions stay in the chat).
   */
  bookingQuery?: boolean;
  /**
   * Filled by the panel with a function that asks a question as if the visitor had typed it, and
   * emptied when the panel closes; the embed's `FaqChat('ask', question)` calls it after opening.
   * Example: `const askRef = { current: null }; <ChatPanel askRef={askRef} … />; askRef.current?.('Does it hurt?')`.
   */
  askRef?: { current: ((question: string) => void) | null };
}
