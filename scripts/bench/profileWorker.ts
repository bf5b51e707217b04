/**
 * What `npm run bench -- --profile SIZE` runs under `node --cpu-prof`: the
 * engine's start-up and its answers at one size, each phase in a function of
 * its own so that the profile can be split by phase.
 * `node --import tsx --cpu-prof scripts/bench/profileWorker.ts SIZE SEED`
 */
import { createEngine } from '../../src/engine/createEngine.js';
import type { Engine } from '../../src/engine/types.js';
import type { CompiledKnowledge } from '../../src/knowledge/types.js';
import { readSplit, TUNED_SPLITS } from '../../tests/eval/evaluate.js';
import { compileSynthetic } from './compileSynthetic.js';
import { questionsOf } from './measureSize.js';

/** Phase functions, by the names the profile summary looks for. */
export const PHASES = {
  benchStartup: 'start-up: JSON.parse + createEngine, 3 fresh engines',
  benchAllQuestions: 'every eval question once, after a warm-up pass',
  benchSlowQuestions: 'the 3 slowest questions, 20 times each',
} as const;
const STARTUPS = 3;
const SLOW_REPEATS = 20;

export function benchStartup(json: string): Engine {
  let engine: Engine | null = null;
  for (let i = 0; i < STARTUPS; i++) engine = createEngine(JSON.parse(json) as CompiledKnowledge);
  return engine!;
}

export function benchAllQuestions(engine: Engine, questions: readonly string[]): { q: string; ms: number }[] {
  return questions.map((q) => {
    const start = performance.now();
    engine.ask(q);
    return { q, ms: performance.now() - start };
  });
}

export function benchSlowQuestions(engine: Engine, questions: readonly string[]): void {
  for (const q of questions) for (let i = 0; i < SLOW_REPEATS; i++) engine.ask(q);
}

const isMain = process.argv[1]?.endsWith('profileWorker.ts');
if (isMain) {
  const [size, seed] = process.argv.slice(2).map(Number);
  const { json } = compileSynthetic(size!, { seed: seed! });
  const questions = questionsOf(TUNED_SPLITS.flatMap((split) => readSplit(split)));
  const engine = benchStartup(json);
  for (const q of questions) engine.ask(q);
  const times = benchAllQuestions(engine, questions).sort((a, b) => b.ms - a.ms);
  const slowest = times.slice(0, 3).map((t) => t.q);
  benchSlowQuestions(engine, slowest);
  process.stdout.write(`${JSON.stringify({ slowest: times.slice(0, 3) })}\n`);
}
