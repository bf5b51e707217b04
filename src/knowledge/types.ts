import type { SmalltalkTopic } from '../engine/smalltalk.js';

/**
 * The compiled knowledge base: the one JSON file the widget loads and the
 * engine answers from. Produced at build time by `compileKnowledge`.
 */
export interface CompiledKnowledge {
  /** Format version; bumped when the shape changes incompatibly. */
  version: 7;
  clinic: ClinicSettings;
  /** Source pages: what citations link to, by position. */
  sources: SourceInfo[];
  entries: CompiledEntry[];
  /** Visitor word or phrase → the word the Q&A uses. */
  synonyms: Record<string, string>;
  /** Words and phrases of topics the clinic's content does not cover. */
  notCovered: string[];
  /** The language's stop words and intent phrasings, compiled in from src/engine/english.ts. */
  language: Language;
}

/**
 * What matching needs to know of a language. Patterns are regular-expression
 * sources, run on normalised text (lower case, no punctuation).
 */
export interface Language {
  /** Words that carry no topic, separated by spaces. */
  stopWords: string;
  /**
   * Red-flag symptoms: emergency guidance. In groups, each compiled as one regular expression: a pattern of
   * hundreds of alternatives takes tens of milliseconds to compile on first use, so the widget compiles the
   * groups one at a time while it loads.
   */
  urgent: string[][];
  /** A clause matching one of these tells of the past or asks a what-if, so its red flags are not happening now. */
  urgentNotNow: string[];
  /** Requests to book or reach a person. */
  booking: string[];
  /** Personal medical decisions: a clinician should answer. */
  personal: string[];
  /** Small-talk phrases by topic, normalised; a message made only of these and filler words is small talk. */
  smalltalk: Record<SmalltalkTopic, string[]>;
  /** Words that may sit between small-talk phrases, separated by spaces. */
  smalltalkFiller: string;
  /** Words that make a question lean on the previous answer. */
  followUp: string;
  /** How a question starts ("how", "can", "is"): small talk around words that don't is answered as small talk. */
  questionStart: string;
  /**
   * Where a message as typed splits into clauses for red flags (case-insensitive): punctuation, and words that turn
   * to another time or thought ("but", "anyway").
   */
  clauseBreak: string;
}

/** Clinic settings from `knowledge/clinic.yaml`; every text is shown as written. */
export interface ClinicSettings {
  name: string;
  bookingUrl: string;
  phone: string;
  greeting: string;
  starters: string[];
  disclaimer: string;
  handoff: string;
  personalAdvice: string;
  bookingRequest: string;
  emergency: string;
  /** Replies to small talk; "ok" answers an acknowledgement ("got it", "cool"). */
  smalltalk: { hello: string; thanks: string; ok: string; goodbye: string };
}

export interface SourceInfo {
  id: string;
  title: string;
  url: string;
  /** True while the URL is a stand-in (the demo clinic). */
  placeholderUrl: boolean;
}

export interface CompiledEntry {
  id: string;
  question: string;
  alternates: string[];
  tags: string[];
  /** Entries worth asking next, by position in `entries` (numbers keep a large knowledge base small). */
  followUps: number[];
  /** The answer rendered from Markdown at build time (unsanitised: the widget sanitises). */
  html: string;
  citations: Citation[];
}

export interface Citation {
  /** The source, by position in `sources`. */
  source: number;
  /** A passage standing verbatim in the source. */
  quote: string;
}

/** One thing wrong with the knowledge folder, pointing at where to fix it. */
export interface Problem {
  file: string;
  line: number;
  message: string;
  hint: string;
}
