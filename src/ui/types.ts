import type { Result } from '../engine/types.js';
import type { Strings } from './strings.js';

export type { Result };

/** Answers the visitor's questions, one conversation at a time. The widget knows nothing of how. */
export interface Answerer {
  ask(question: string): Result;
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

export type ChatMessage =
  | { id: number; from: 'visitor'; text: string }
  | { id: number; from: 'assistant'; result: Result; question: string }
  | { id: number; from: 'assistant'; notice: 'greeting' | 'unavailable' };

export interface WidgetProps {
  clinic: ClinicInfo;
  strings: Strings;
  /** Null while answers are loading or when they could not be loaded. */
  answerer: Answerer | null;
  status: 'loading' | 'ready' | 'failed';
  onClose(): void;
}
