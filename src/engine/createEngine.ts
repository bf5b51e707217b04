import type { CompiledEntry, CompiledKnowledge } from '../knowledge/types.js';
import { createAnalyzer } from './createAnalyzer.js';
import { createTermCorrector } from './createTermCorrector.js';
import { createTermIndexBuilder } from './createTermIndex.js';
import { DEFAULTS, type EngineOptions } from './defaults.js';
import { htmlToText } from './htmlToText.js';
import { createFuseDoc, createFuseScorer, type FuseDoc, type FuseScorer } from './fuseScore.js';
import { createIntentDetector } from './intents.js';
import type { SmalltalkTopic } from './smalltalk.js';
import { cutQuestion, normalize, questionSentences } from './normalize.js';
import { phraseOverlap } from './phraseOverlap.js';
import { rerank, shortlist, type Ranked } from './rerank.js';
import { retrieve, type QueryTerm } from './retrieve.js';
import type { ConversationContext, Engine, HandoffReason, Result, ResultCitation } from './types.js';

/** A follow-up with at most this many terms of its own is read with the previous topic. */
const SHORT_FOLLOW_UP_TERMS = 3;
/** Questions longer than this many words are also ranked on their last words alone. */
const LONG_QUESTION_WORDS = 18;
/** How many of the last words of a long question are ranked on their own. */
const TAIL_WORDS = 12;
/** A question of at most this many terms is short: a word in it the knowledge base never uses weighs heavily. */
const SHORT_QUESTION_TERMS = 5;
/** At most this many unknown words lower a short question's confidence. */
const MAX_PENALISED_UNKNOWN_WORDS = 2;
/** The index proposes this many times `candidates` entries; the best of them by phrasing go on to fuse.js. */
const CANDIDATE_POOL = 8;
/** What the index relevance of an entry outside the page's service counts, so that they don't crowd its own out of the pool. */
const OTHER_SERVICE_RELEVANCE = 0.5;
/** An entry the previous answer pointed to gets this much extra confidence in a follow-up. */
const FOLLOW_UP_BOOST = 0.08;
/** A follow-up seldom asks for the answer just given ("so what can I take then?"): that entry loses this much. */
const REPEAT_PENALTY = 0.1;

/**
 * Creates the matching engine over compiled knowledge: intents by rule first,
 * then candidate generation from an inverted index, then fuse.js re-ranking.
 * Pure: no DOM, no I/O; the same engine runs in the widget, the CLI and tests.
 */
export function createEngine(knowledge: CompiledKnowledge, options: Partial<EngineOptions> = {}): Engine {
  const steps = buildEngine(knowledge, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `createEngine` in steps: it pauses after each entry it indexes, so that a
 * caller on a page's main thread can spread a large knowledge base over
 * several short tasks. Run to the end, it returns the engine.
 */
export function* buildEngine(knowledge: CompiledKnowledge, options: Partial<EngineOptions> = {}): Generator<void, Engine, void> {
  const settings = { ...DEFAULTS, ...options };
  const { clinic, entries } = knowledge;
  const { language } = knowledge;
  const stopWords = new Set(language.stopWords.split(' '));
  const analyzer = createAnalyzer(knowledge.synonyms, stopWords);
  const detectIntent = createIntentDetector(language);
  const followUpWords = new RegExp(language.followUp);
  const builder = createTermIndexBuilder(analyzer);
  const service = settings.service.toLowerCase();
  const relevance = service ? Float64Array.from(entries, (e) => (carriesTag(e, service) ? 1 : OTHER_SERVICE_RELEVANCE)) : null;
  for (const e of entries) {
    builder.add({
      question: e.question,
      alternates: e.alternates,
      tags: e.tags.join(' '),
      answer: htmlToText(e.html),
      quotes: e.citations.map((c) => c.quote).join(' '),
    });
    yield;
  }
  // A regular expression is compiled on first use, a large one for tens of milliseconds: here, a pattern
  // a step, rather than all at once on the visitor's first question.
  for (const pattern of detectIntent.patterns) {
    pattern.test('');
    yield;
  }
  const index = builder.finish();
  const correct = createTermCorrector(index.terms);
  const fuseDocs: FuseDoc[] = [];
  const fuseDocOf = (entry: number) =>
    (fuseDocs[entry] ??= createFuseDoc(normalize(entries[entry]!.question), entries[entry]!.alternates.map(normalize)));
  const entryIndexById = new Map(entries.map((e, i) => [e.id, i]));
  // Whole words, plurals included ("epidural" names "epidurals" too).
  const phrases = knowledge.notCovered.map((phrase) => normalize(phrase).replace(/[^\p{L}\p{N} ]/gu, '\\$&')).filter(Boolean);
  const notCovered = phrases.length ? new RegExp(`(?:^| )(?:${phrases.join('|')})(?:s|es)?(?= |$)`) : null;

  const reply = (kind: Result['kind'], answer: string, suggestions: string[] = [], extra: Partial<Result> = {}): Result => ({
    kind, entryId: null, confidence: 1, answer, citations: [], suggestions: suggestions.slice(0, settings.maxSuggestions), ...extra,
  });
  const handoff = (reason: HandoffReason, answer: string, confidence = 1, suggestions: string[] = []) =>
    reply('handoff', answer, suggestions, { reason, confidence });

  function smalltalk(topic: SmalltalkTopic): Result {
    const answer = topic === 'identity' ? clinic.greeting : clinic.smalltalk[topic];
    return reply('smalltalk', answer, topic === 'goodbye' ? [] : clinic.starters);
  }

  function citationsOf(entry: CompiledEntry): ResultCitation[] {
    return entry.citations.map(({ source, quote }) => {
      const { id, url, title } = knowledge.sources[source]!;
      return { source: id, quote, url, title };
    });
  }

  function queryTerms(text: string, context: ConversationContext | undefined): { own: QueryTerm[]; withContext: QueryTerm[]; followUp: CompiledEntry | null } {
    const own = [...new Set(analyzer.terms(text))].map((term) => ({ term, weight: 1 }));
    const previous = context?.lastEntryId ? entries[entryIndexById.get(context.lastEntryId) ?? -1] : undefined;
    if (!previous || !(followUpWords.test(text) || own.length <= SHORT_FOLLOW_UP_TERMS)) return { own, withContext: own, followUp: null };
    const ownTerms = new Set(own.map((t) => t.term));
    const carried = [...new Set(analyzer.terms(`${previous.question} ${previous.tags.join(' ')}`))]
      .filter((term) => !ownTerms.has(term))
      .map((term) => ({ term, weight: settings.contextWeight }));
    return { own, withContext: [...own, ...carried], followUp: previous };
  }

  /**
   * Long messages often tell the knee's story first and ask last, so the last
   * words of a long message are also ranked on their own; and when the whole
   * message matches nothing well, each question sentence of several is ("Is it
   * safe? My daughter found it online…"). Each entry keeps its best confidence.
   */
  function rank(text: string, message: string, context: ConversationContext | undefined): Ranked[] {
    const words = text.split(' ');
    const scoreWord = createFuseScorer(fuseDocOf);
    const best = new Map(rankText(text, context, scoreWord).map((r) => [r.entry, r]));
    const keepBest = (part: string) => {
      for (const r of rankText(part, context, scoreWord)) {
        if (r.confidence > (best.get(r.entry)?.confidence ?? -1)) best.set(r.entry, r);
      }
    };
    if (words.length > LONG_QUESTION_WORDS) keepBest(words.slice(-TAIL_WORDS).join(' '));
    if (Math.max(-1, ...[...best.values()].map((r) => r.confidence)) < settings.threshold) {
      for (const part of questionSentences(message)) if (part !== text) keepBest(part);
    }
    return [...best.values()].sort((a, b) => b.confidence - a.confidence || a.entry - b.entry);
  }

  function rankText(text: string, context: ConversationContext | undefined, scoreWord: FuseScorer): Ranked[] {
    const { own, withContext, followUp } = queryTerms(text, context);
    if (own.length === 0) return [];
    const pool = settings.candidates * CANDIDATE_POOL;
    const { candidates, matched, total, unknown } = retrieve(index, withContext, correct, pool, settings.unknownWeight, relevance);
    // In a follow-up, the carried words dilute coverage; what the visitor's own words explain counts too.
    const ownCoverage = followUp
      ? new Map(retrieve(index, own, correct, pool, settings.unknownWeight, relevance).candidates.map((c) => [c.entry, c.coverage]))
      : null;
    const described = candidates.map((c) => ({
      ...c,
      coverage: ownCoverage ? Math.max(c.coverage, ownCoverage.get(c.entry) ?? 0) : c.coverage,
      overlap: phraseOverlap(index.phrasings[c.entry]!, matched, total, index),
    }));
    const ranked = rerank(shortlist(described, settings.weights, settings.candidates), scoreWord, text, settings.weights, stopWords);
    // "how many calories in a banana": in a short question, a word the clinic's content never uses is likely its subject.
    if (own.length <= SHORT_QUESTION_TERMS && unknown.length > 0) {
      const penalty = settings.unknownWordPenalty * Math.min(unknown.length, MAX_PENALISED_UNKNOWN_WORDS);
      for (const r of ranked) r.confidence = Math.max(0, r.confidence - penalty);
    }
    if (relevance) {
      for (const r of ranked) if (relevance[r.entry]! < 1) r.confidence -= settings.otherServicePenalty;
    }
    if (followUp) {
      const related = new Set(followUp.followUps);
      const previous = entryIndexById.get(followUp.id);
      for (const r of ranked) {
        if (related.has(r.entry)) r.confidence += FOLLOW_UP_BOOST;
        if (r.entry === previous) r.confidence -= REPEAT_PENALTY;
      }
    }
    return relevance || followUp ? ranked.sort((a, b) => b.confidence - a.confidence || a.entry - b.entry) : ranked;
  }

  function ask(question: string, context?: ConversationContext): Result {
    const message = cutQuestion(question);
    const { intent, question: text, aside } = detectIntent(message);
    if (!intent && !text) return handoff('empty', clinic.handoff, 1, clinic.starters);
    if (intent?.kind === 'urgent') return reply('urgent', clinic.emergency);
    if (intent?.kind === 'booking') return handoff('booking', clinic.bookingRequest);
    if (intent?.kind === 'personal') return handoff('personal', clinic.personalAdvice);
    if (intent?.kind === 'smalltalk') return smalltalk(intent.topic);
    if (notCovered?.test(text)) return handoff('not-covered', clinic.handoff);

    const ranked = rank(text, message, context);
    const best = ranked[0];
    if (!best || best.confidence < settings.threshold) {
      // "Good morning, I'm new to all of this": the greeting is what can be answered.
      if (aside) return smalltalk(aside);
      const nearMisses = ranked.filter((r) => r.confidence >= settings.threshold * 0.75).map((r) => entries[r.entry]!.question);
      return handoff('low-confidence', clinic.handoff, best?.confidence ?? 0, nearMisses.length ? nearMisses : clinic.starters);
    }
    const entry = entries[best.entry]!;
    const runnerUp = ranked[1];
    const didYouMean = runnerUp && best.confidence - runnerUp.confidence < settings.nearTie ? entries[runnerUp.entry]!.question : undefined;
    const followUps = entry.followUps.map((i) => entries[i]!.question).filter((q) => q !== didYouMean);
    return {
      kind: 'answer',
      entryId: entry.id,
      confidence: Math.min(1, round(best.confidence)),
      answer: htmlToText(entry.html),
      answerHtml: entry.html,
      citations: citationsOf(entry),
      suggestions: (didYouMean ? [didYouMean, ...followUps] : followUps).slice(0, settings.maxSuggestions),
      ...(didYouMean ? { didYouMean } : {}),
    };
  }

  // The first question runs code the JIT has not seen and builds its candidates' fuse.js phrasings: the
  // clinic's starter questions do that here, a step each, so that the visitor's first answer is as quick as the rest.
  for (const starter of clinic.starters) {
    ask(starter);
    yield;
  }
  return { ask, size: entries.length };
}

/** Whether an entry is tagged `tag` (lower case), whatever case its editor wrote the tag in. */
export function carriesTag(entry: CompiledEntry, tag: string): boolean {
  return entry.tags.some((t) => t.toLowerCase() === tag);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
