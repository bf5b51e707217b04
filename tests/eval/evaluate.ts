import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import { createConversation } from '../../src/engine/createConversation.js';
import type { Engine, Result } from '../../src/engine/types.js';
import type { CompiledKnowledge } from '../../src/knowledge/types.js';

/** The labelled splits: `tuning` and the nine `dev` sets are tuned on; `heldout` is never looked at while tuning. */
export const SPLITS = ['tuning', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'dev31', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];
/** The splits whose questions may be printed and looked at. */
export const TUNED_SPLITS = SPLITS.filter((split) => split !== 'heldout');

export interface LabelledQuestion {
  q: string;
  /** An entry id, or 'handoff' | 'urgent' | 'smalltalk'. */
  expect: string;
}
export type LabelledItem = LabelledQuestion | { conversation: LabelledQuestion[] };

export function readSplit(split: Split): LabelledItem[] {
  return readFileSync(resolve(`tests/eval/${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledItem);
}

/** Anything that answers one question at a time, so the engine and the baseline are measured alike. */
export type Answer = (question: string) => Pick<Result, 'kind' | 'entryId'>;

export interface Miss {
  q: string;
  expect: string;
  got: string;
  conversation: boolean;
}

export interface Scores {
  /** Top-1 accuracy on in-scope single questions. */
  accuracy: number;
  handoffPrecision: number;
  handoffRecall: number;
  urgentRecall: number;
  smalltalkAccuracy: number;
  /** Share of conversation turns answered as labelled. */
  conversationAccuracy: number;
  counts: { inScope: number; handoff: number; urgent: number; smalltalk: number; conversationTurns: number };
  misses: Miss[];
}

const INTENT_LABELS = new Set(['handoff', 'urgent', 'smalltalk']);
const labelOf = (result: Pick<Result, 'kind' | 'entryId'>) => (result.kind === 'answer' ? result.entryId ?? 'answer' : result.kind);
const ratio = (hit: number, total: number) => (total === 0 ? 1 : hit / total);

/**
 * Scores a way of answering on labelled items. `startConversation` gives a
 * fresh answerer for each conversation (context carries within it only).
 */
export function score(items: readonly LabelledItem[], answer: Answer, startConversation: () => Answer): Scores {
  const single: { item: LabelledQuestion; got: string }[] = [];
  const misses: Miss[] = [];
  let turns = 0;
  let turnsRight = 0;
  for (const item of items) {
    if ('conversation' in item) {
      const ask = startConversation();
      for (const turn of item.conversation) {
        const got = labelOf(ask(turn.q));
        turns++;
        if (got === turn.expect) turnsRight++;
        else misses.push({ q: turn.q, expect: turn.expect, got, conversation: true });
      }
    } else {
      const got = labelOf(answer(item.q));
      single.push({ item, got });
      if (got !== item.expect) misses.push({ q: item.q, expect: item.expect, got, conversation: false });
    }
  }
  const expecting = (label: string) => single.filter((s) => s.item.expect === label);
  const inScope = single.filter((s) => !INTENT_LABELS.has(s.item.expect));
  const handoffs = expecting('handoff');
  const predictedHandoff = single.filter((s) => s.got === 'handoff');
  const correct = (list: typeof single) => list.filter((s) => s.got === s.item.expect).length;
  return {
    accuracy: ratio(correct(inScope), inScope.length),
    handoffPrecision: ratio(predictedHandoff.filter((s) => s.item.expect === 'handoff').length, predictedHandoff.length),
    handoffRecall: ratio(correct(handoffs), handoffs.length),
    urgentRecall: ratio(correct(expecting('urgent')), expecting('urgent').length),
    smalltalkAccuracy: ratio(correct(expecting('smalltalk')), expecting('smalltalk').length),
    conversationAccuracy: ratio(turnsRight, turns),
    counts: {
      inScope: inScope.length,
      handoff: handoffs.length,
      urgent: expecting('urgent').length,
      smalltalk: expecting('smalltalk').length,
      conversationTurns: turns,
    },
    misses,
  };
}

/** Scores the engine, with a conversation per labelled conversation. */
export function scoreEngine(items: readonly LabelledItem[], engine: Engine): Scores {
  return score(items, (q) => engine.ask(q), () => {
    const conversation = createConversation(engine);
    return (q) => conversation.ask(q);
  });
}

/** fuse.js score (0 perfect … 1 none) above which the baseline hands off. */
export const BASELINE_THRESHOLD = 0.5;

/**
 * The baseline the issue asks for: fuse.js with default options over
 * question and alternates, a fixed threshold, no intents, no context.
 */
export function createBaseline(knowledge: CompiledKnowledge): Answer {
  const fuse = new Fuse(knowledge.entries, { keys: ['question', 'alternates'], includeScore: true });
  return (question) => {
    const best = fuse.search(question.slice(0, 500))[0];
    return best && (best.score ?? 1) <= BASELINE_THRESHOLD
      ? { kind: 'answer', entryId: best.item.id }
      : { kind: 'handoff', entryId: null };
  };
}

export function scoreBaseline(items: readonly LabelledItem[], knowledge: CompiledKnowledge): Scores {
  const baseline = createBaseline(knowledge);
  return score(items, baseline, () => baseline);
}
