import Fuse from 'fuse.js';
import { createEngine } from '../../src/engine/createEngine.js';
import type { EngineOptions } from '../../src/engine/defaults.js';
import { CLINIC_SERVICE } from './generateKnowledge.js';
import type { CompiledKnowledge } from '../../src/knowledge/types.js';
import { BASELINE_THRESHOLD, createBaseline, score, scoreEngine, type Answer, type LabelledItem, type Scores } from '../../tests/eval/evaluate.js';
import type { SystemName } from './types.js';

/**
 * Wall time a baseline is given per size to answer eval questions, by default.
 * fuse.js scans every entry for every question, and its bitap cost grows with
 * the question's length: on 2 cores a short question takes ~2-3 s at 10,000
 * entries and a long-winded story ten times that, so large sizes get a sample.
 */
export const BASELINE_BUDGET_MS = 30_000;

/** A started system: what answers, and how its answers are scored. */
export interface Started {
  ask: Answer;
  /**
   * Scores the labelled items. `answered` returns the answer already given to a
   * question (systems without context need not ask again); the engine asks
   * again, with each conversation's context.
   */
  score(items: readonly LabelledItem[], answered: Answer): Scores;
}

export interface System {
  name: SystemName;
  /** One line for the table's legend. */
  description: string;
  /** Parses the knowledge JSON (the widget's file, the same for every system) and builds what answers: exactly what start-up times. */
  start(json: string): Started;
  /**
   * A slow system answers the eval items once, in an evenly spread order,
   * until the baseline budget is spent: a sample. A fast one answers them all, several times.
   */
  slow: boolean;
}

/**
 * The baseline with fuse.js's token search: each word of the question is
 * matched on its own, with the same keys and threshold as `createBaseline`.
 */
export function createTokenBaseline(knowledge: CompiledKnowledge): Answer {
  const fuse = new Fuse(knowledge.entries, { keys: ['question', 'alternates'], includeScore: true, useTokenSearch: true });
  return (question) => {
    const best = fuse.search(question.slice(0, 500))[0];
    return best && (best.score ?? 1) <= BASELINE_THRESHOLD ? { kind: 'answer', entryId: best.item.id } : { kind: 'handoff', entryId: null };
  };
}

function engineWith(name: SystemName, description: string, options: Partial<EngineOptions>): System {
  return {
    name,
    description,
    start(json) {
      const engine = createEngine(JSON.parse(json) as CompiledKnowledge, options);
      return { ask: (q) => engine.ask(q), score: (items) => scoreEngine(items, engine) };
    },
    slow: false,
  };
}

const baseline = (name: SystemName, description: string, create: (k: CompiledKnowledge) => Answer): System => ({
  name,
  description,
  start(json) {
    const ask = create(JSON.parse(json) as CompiledKnowledge);
    return { ask, score: (items, answered) => score(items, answered, () => answered) };
  },
  slow: true,
});

/** The engine and the two fuse.js baselines of issue 7, in table order. */
export const SYSTEMS: readonly System[] = [
  engineWith('engine', 'createEngine: intents, inverted index candidates, fuse.js re-rank', {}),
  engineWith('engine-service', `the same on the ${CLINIC_SERVICE} page of the clinic group: service '${CLINIC_SERVICE}'`, { service: CLINIC_SERVICE }),
  baseline('fuse', `fuse.js defaults over question + alternates, score ≤ ${BASELINE_THRESHOLD} answers`, createBaseline),
  baseline('fuse-token', 'the same with useTokenSearch: true', createTokenBaseline),
];
