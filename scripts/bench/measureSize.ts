import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { readSplit, SPLITS, TUNED_SPLITS, type Answer, type LabelledItem, type Scores } from '../../tests/eval/evaluate.js';
import { BASELINE_BUDGET_MS, SYSTEMS, type Started, type System } from './baselines.js';
import { compileSynthetic, type SyntheticKnowledge } from './compileSynthetic.js';
import { fingerprintInputs } from './fingerprintInputs.js';
import { median, quantile } from './stats.js';
import type { Latency, Machine, SizeReport, SystemReport } from './types.js';

/** Fresh instances timed for start-up; the median is reported. */
const STARTUP_RUNS = 5;
/** Instances kept at once to measure the heap one holds; the median growth is reported. */
const HEAP_INSTANCES = 3;
/** Times each size is compiled; the median is reported. */
const COMPILE_RUNS = 3;
/** Wall time a fast system spends on timed passes over the questions after its warm-up, about. */
const LATENCY_BUDGET_MS = 4000;
/** Timed passes at least: a question's latency is the median of its passes, which a moment of other work on the machine does not move. */
const MIN_ROUNDS = 3;
/** Timed passes at most (small sizes answer in microseconds; more passes only repeat the same figure). */
const MAX_ROUNDS = 20;
/** What a fresh instance is asked first: a misspelling, so lazily built typo correction is part of it. */
export const FIRST_QUESTION = 'how many sesions will i need';
/** How many of the slowest questions a report names. */
const SLOWEST_LISTED = 5;
const LABELS = new Set(['handoff', 'urgent', 'smalltalk', 'answer']);

export interface MeasureOptions {
  size: number;
  seed: number;
  /** Wall time each slow baseline may spend answering questions. Default `BASELINE_BUDGET_MS`. */
  baselineBudgetMs?: number;
  /** Progress lines (to stderr in the bench). */
  log?: (line: string) => void;
}

interface Context {
  compiled: SyntheticKnowledge;
  items: readonly LabelledItem[];
  /** The questions a report may print: held-out ones are timed but never named. */
  nameable: ReadonlySet<string>;
  baselineBudgetMs: number;
  gc(): void;
}

/**
 * Measures the engine and the baselines at one size. Meant to run alone in a
 * process started with `--expose-gc`, so that heap figures are not polluted
 * by other sizes.
 */
export function measureSize({ size, seed, baselineBudgetMs = BASELINE_BUDGET_MS, log = () => undefined }: MeasureOptions): SizeReport {
  const gc = requireGc();
  const startedOn = machine();
  const otherCores = watchOtherWork();
  log(`${size}: generating and compiling`);
  const context: Context = {
    compiled: compileSynthetic(size, { seed, runs: COMPILE_RUNS }),
    items: SPLITS.flatMap((split) => readSplit(split)),
    nameable: new Set(questionsOf(TUNED_SPLITS.flatMap((split) => readSplit(split)))),
    baselineBudgetMs,
    gc,
  };
  const systems = SYSTEMS.map((system) => {
    log(`${size}: ${system.name}`);
    const report = measureSystem(system, context);
    gc();
    return report;
  });
  const inputs = fingerprintInputs(questionsOf(context.items).length);
  const json = { raw: Buffer.byteLength(context.compiled.json), gzip: gzipSync(context.compiled.json, { level: 9 }).length };
  return { size, seed, machine: { ...startedOn, otherCores: otherCores() }, inputs, compileMs: context.compiled.compileMs, json, systems };
}

/** The machine, how busy it is, and how fast it runs a fixed workload right now. */
export function machine(): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg()[0]!,
    referenceMs: referenceWorkload(),
  };
}

/**
 * A fixed CPU-bound workload much like the engine's (strings, Maps, sorting),
 * median of 7 runs after a warm-up, in ms. Shared virtual machines change speed from minute
 * to minute without showing it as load: compare this figure between runs
 * before comparing their timings.
 */
export function referenceWorkload(): number {
  const times: number[] = [];
  for (let run = 0; run < 8; run++) {
    const start = process.hrtime.bigint();
    const counts = new Map<string, number>();
    let state = 7;
    for (let i = 0; i < 60_000; i++) {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      const word = state.toString(36).slice(0, 4);
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (run > 0) times.push(msSince(start));
  }
  return median(times);
}

/** Starts watching CPU use; the function returned tells how many cores other processes kept busy meanwhile, on average. */
function watchOtherWork(): () => number {
  const busyMs = () => cpus().reduce((sum, { times: t }) => sum + t.user + t.nice + t.sys + t.irq, 0);
  const startBusy = busyMs();
  const startOwn = process.cpuUsage();
  const start = process.hrtime.bigint();
  return () => {
    const own = process.cpuUsage(startOwn);
    const others = busyMs() - startBusy - (own.user + own.system) / 1000;
    return Math.max(0, others / msSince(start));
  };
}

function measureSystem(system: System, context: Context): SystemReport {
  const { compiled, gc } = context;
  const { json } = compiled;
  const startup = timeStartups(system, json, gc);

  const { instance, heapBytes, rssBytes } = measureHeap(system, json, gc);
  gc();
  const heapWithInstance = process.memoryUsage().heapUsed;
  const timed = system.slow ? timeSample(instance, context) : timeRounds(instance, context.items);
  gc();
  const heapAfterQuestionsBytes = heapBytes + process.memoryUsage().heapUsed - heapWithInstance;
  const scores = instance.score(timed.items, timed.answered);

  return {
    system: system.name,
    ...startup,
    latency: latencyOf(timed.perQuestion, timed.rounds, timed.items.length < context.items.length, context.nameable),
    memory: { heapBytes, heapAfterQuestionsBytes, rssBytes },
    scores: summarise(scores, compiled.realIds),
  };
}

/**
 * Heap an instance holds: the median growth of the heap, after full GCs, over
 * instances started one after another and all kept (one instance alone is
 * within the noise of JIT code and caches at small sizes). The last instance
 * is returned for the questions; RSS is read after the first.
 */
function measureHeap(system: System, json: string, gc: () => void) {
  const kept: Started[] = [];
  const growth: number[] = [];
  let rssBytes = 0;
  for (let i = 0; i < HEAP_INSTANCES; i++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    kept.push(system.start(json));
    gc();
    growth.push(process.memoryUsage().heapUsed - before);
    if (i === 0) rssBytes = process.memoryUsage().rss;
  }
  return { instance: kept.at(-1)!, heapBytes: median(growth), rssBytes };
}

/** Start-up of fresh instances, and the first answer of each (of the first only for a slow system). */
function timeStartups(system: System, json: string, gc: () => void) {
  const startupRunsMs: number[] = [];
  const firstAsks: number[] = [];
  for (let run = 0; run < STARTUP_RUNS; run++) {
    gc();
    const start = process.hrtime.bigint();
    const fresh = system.start(json);
    const started = process.hrtime.bigint();
    startupRunsMs.push(Number(started - start) / 1e6);
    if (run === 0 || !system.slow) {
      fresh.ask(FIRST_QUESTION);
      firstAsks.push(msSince(started));
    }
  }
  return { startupMs: median(startupRunsMs), startupRunsMs, firstAskMs: median(firstAsks) };
}

interface Timed {
  /** The items answered (all, or the sample). */
  items: readonly LabelledItem[];
  perQuestion: Map<string, number[]>;
  rounds: number;
  /** The first answer given to each question, for scoring without asking again. */
  answered: Answer;
}

/** Warms up with a full pass, then times as many passes as the budget allows; every ask is one sample. */
function timeRounds(instance: Started, items: readonly LabelledItem[]): Timed {
  const questions = questionsOf(items);
  const warmStart = process.hrtime.bigint();
  for (const q of questions) instance.ask(q);
  const rounds = Math.min(MAX_ROUNDS, Math.max(MIN_ROUNDS, Math.floor(LATENCY_BUDGET_MS / Math.max(msSince(warmStart), 1e-3))));
  const recorder = record(instance);
  for (let round = 0; round < rounds; round++) for (const q of questions) recorder.ask(q);
  return { items, rounds, ...recorder };
}

/** Warms up on one question, then answers whole items in an evenly spread order until the budget is spent. */
function timeSample(instance: Started, { items, baselineBudgetMs }: Context): Timed {
  instance.ask(questionsOf(items)[0]!);
  const recorder = record(instance);
  const answeredItems: LabelledItem[] = [];
  const start = process.hrtime.bigint();
  for (const item of spreadOrder(items)) {
    if (answeredItems.length > 0 && msSince(start) >= baselineBudgetMs) break;
    for (const q of questionsOf([item])) recorder.ask(q);
    answeredItems.push(item);
  }
  return { items: answeredItems, rounds: 1, ...recorder };
}

function record(instance: Started) {
  const perQuestion = new Map<string, number[]>();
  const answers = new Map<string, ReturnType<Answer>>();
  const ask = (q: string) => {
    const start = process.hrtime.bigint();
    const result = instance.ask(q);
    const ms = msSince(start);
    let times = perQuestion.get(q);
    if (!times) perQuestion.set(q, (times = []));
    times.push(ms);
    if (!answers.has(q)) answers.set(q, result);
  };
  const answered: Answer = (q) => answers.get(q) ?? instance.ask(q);
  return { ask, perQuestion, answered };
}

/** Quantiles over questions, each question's latency being the median of its timed passes. */
function latencyOf(perQuestion: Map<string, number[]>, rounds: number, sampled: boolean, nameable: ReadonlySet<string>): Latency {
  const byQuestion = [...perQuestion].map(([q, times]) => ({ q, ms: median(times) }));
  const medians = byQuestion.map((b) => b.ms);
  return {
    p50: quantile(medians, 0.5),
    p95: quantile(medians, 0.95),
    max: Math.max(...[...perQuestion.values()].flat()),
    mean: medians.reduce((a, b) => a + b, 0) / medians.length,
    questions: perQuestion.size,
    rounds,
    sampled,
    slowest: byQuestion.filter((b) => nameable.has(b.q)).sort((a, b) => b.ms - a.ms).slice(0, SLOWEST_LISTED),
  };
}

/** Every question of the items, conversation turns as single questions. */
export function questionsOf(items: readonly LabelledItem[]): string[] {
  return items.flatMap((item) => ('conversation' in item ? item.conversation.map((t) => t.q) : [item.q]));
}

/**
 * The items in an order whose every prefix is spread evenly over the eval set
 * (a golden-ratio stride), so a sample cut short by a budget still has every kind of question.
 */
export function spreadOrder<T>(items: readonly T[]): T[] {
  const n = items.length;
  let stride = Math.max(1, Math.round(n * 0.618));
  while (gcd(stride, n) !== 1) stride++;
  return Array.from({ length: n }, (_, i) => items[(i * stride) % n]!);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function summarise(scores: Scores, realIds: ReadonlySet<string>): SystemReport['scores'] {
  const syntheticAnswers = { inScope: 0, handoff: 0, other: 0 };
  for (const miss of scores.misses) {
    if (LABELS.has(miss.got) || realIds.has(miss.got)) continue;
    if (miss.expect === 'handoff') syntheticAnswers.handoff++;
    else if (LABELS.has(miss.expect)) syntheticAnswers.other++;
    else syntheticAnswers.inScope++;
  }
  return { ...scores, misses: scores.misses.length, syntheticAnswers };
}

function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function requireGc(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('[faq-chat] bench: run with node --expose-gc (npm run bench does)');
  return () => {
    gc();
    gc();
  };
}
