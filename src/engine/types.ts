import type { CompiledKnowledge } from '../knowledge/types.js';

export type { CompiledKnowledge };

/** What kind of reply the engine chose. */
export type ResultKind = 'answer' | 'handoff' | 'urgent' | 'smalltalk';

/** Why a handoff happened; lets the widget and analytics tell cases apart. */
export type HandoffReason = 'not-covered' | 'low-confidence' | 'personal' | 'booking' | 'empty';

export interface ResultCitation {
  /** Source page id. */
  source: string;
  /** The passage, exactly as it stands in the source. */
  quote: string;
  /** The source page's URL. */
  url?: string;
  /** The source page's title. */
  title?: string;
}

/** The engine's answer to one question. Every text in it is curated content. */
export interface Result {
  kind: ResultKind;
  /** The answered entry; null unless kind is 'answer'. */
  entryId: string | null;
  /** How sure the match is, 0 to 1; 1 for intents recognised by rule. */
  confidence: number;
  /** Plain text of the reply. */
  answer: string;
  /** The answer as compiled HTML (kind 'answer' only); the widget sanitises it before use. */
  answerHtml?: string;
  citations: ResultCitation[];
  /** Questions worth asking next: a near-miss first when `didYouMean` is set, then follow-ups or starters. */
  suggestions: string[];
  /** The runner-up's question when the two best matches were close. */
  didYouMean?: string;
  /** Set on handoffs. */
  reason?: HandoffReason;
}

/** What the engine remembers between turns of one conversation. */
export interface ConversationContext {
  /** The entry answered last, if the last turn was an answer. */
  lastEntryId: string | null;
}

export interface Engine {
  /** Answers one question; pass the context to resolve follow-ups ("does that hurt?"). */
  ask(question: string, context?: ConversationContext): Result;
  /** How many entries the engine answers from. */
  readonly size: number;

}
