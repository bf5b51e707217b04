import { describe, expect, it } from 'vitest';
import { checkTargets, KNOWLEDGE_BUDGET_GZIP } from '../../scripts/bench/checkTargets.js';
import { mergeReports } from '../../scripts/bench/mergeReports.js';
import type { SizeReport, SystemReport } from '../../scripts/bench/types.js';

/** A size report whose engine has the given figures; everything else is a plausible constant. */
function report(size: number, engine: { p95: number; startupMs: number; accuracy: number; gzip?: number }): SizeReport {
  const system: SystemReport = {
    system: 'engine',
    startupMs: engine.startupMs,
    startupRunsMs: [engine.startupMs],
    firstAskMs: 1,
    latency: { p50: engine.p95 / 2, p95: engine.p95, mean: engine.p95 / 2, max: engine.p95, questions: 10, rounds: 3, sampled: false, slowest: [{ q: `slowest at ${size}`, ms: engine.p95 }] },
    memory: { heapBytes: 1, heapAfterQuestionsBytes: 1, rssBytes: 1 },
    scores: {
      accuracy: engine.accuracy, handoffPrecision: 1, handoffRecall: 1, urgentRecall: 1, smalltalkAccuracy: 1, conversationAccuracy: 1,
      counts: { inScope: 1, handoff: 1, urgent: 1, smalltalk: 1, conversationTurns: 1 }, misses: 0,
      syntheticAnswers: { inScope: 0, handoff: 0, other: 0 },
    },
  };
  return {
    size, seed: 7,
    machine: { cpu: 'test', cores: 2, node: 'v20', platform: 'test', loadAverage: 0, referenceMs: 20 },
    inputs: { commit: 'abc', changed: [], code: 'c', knowledge: 'k', eval: 'e', evalQuestions: 10 },
    compileMs: 1, json: { raw: 10, gzip: engine.gzip ?? 1 }, systems: [system],
  };
}

const verdicts = (reports: SizeReport[]) => Object.fromEntries(checkTargets(reports).map((t) => [t.target, t.pass]));

describe('The bench\'s targets', () => {
  it('pass when every figure is within its target', () => {
    const results = verdicts([
      report(100, { p95: 0.9, startupMs: 5, accuracy: 0.9 }),
      report(10_000, { p95: 9, startupMs: 140, accuracy: 0.885, gzip: KNOWLEDGE_BUDGET_GZIP }),
    ]);
    expect(Object.values(results).filter((pass) => pass !== null)).toEqual([true, true, true, true, true]);
  });

  it('fail on a slow question, a slow start, a heavy download or accuracy lost in the haystack', () => {
    const results = verdicts([
      report(100, { p95: 1.1, startupMs: 5, accuracy: 0.9 }),
      report(10_000, { p95: 11, startupMs: 151, accuracy: 0.87, gzip: KNOWLEDGE_BUDGET_GZIP + 1 }),
    ]);
    expect(Object.values(results).filter((pass) => pass !== null)).toEqual([false, false, false, false, false]);
  });

  it('say "not measured" for sizes and browser figures left out of the run', () => {
    const results = checkTargets([report(100, { p95: 0.5, startupMs: 5, accuracy: 0.9 })]);
    expect(results.filter((t) => t.pass === null).every((t) => t.measured === 'not measured')).toBe(true);
    expect(results.filter((t) => t.pass !== null)).toHaveLength(1);
  });
});

describe('Repeated runs of a size', () => {
  it('merge into the median of every figure, keeping the first run\'s texts', () => {
    const merged = mergeReports([
      report(100, { p95: 3, startupMs: 30, accuracy: 0.8 }),
      report(100, { p95: 1, startupMs: 10, accuracy: 0.9 }),
      report(100, { p95: 2, startupMs: 20, accuracy: 0.7 }),
    ]);
    const engine = merged.systems[0]!;
    expect([engine.latency.p95, engine.startupMs, engine.scores.accuracy, merged.repeats]).toEqual([2, 20, 0.8, 3]);
    expect(engine.latency.slowest).toEqual([{ q: 'slowest at 100', ms: 3 }]);
    expect(merged.inputs.commit).toBe('abc');
  });
});
