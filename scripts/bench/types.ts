import type { Scores } from '../../tests/eval/evaluate.js';

/** The ways of answering the bench compares. */
export type SystemName = 'engine' | 'engine-service' | 'fuse' | 'fuse-token';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  /** Time of a fixed workload (see referenceWorkload), ms: lower is a faster machine at that moment. */
  referenceMs: number;
  /** 1-minute load average when measuring started (the bench's own previous part included). */
  loadAverage: number;
  /**
   * Cores kept busy by other processes, on average, while this part was
   * measured (all CPU time minus the bench process's own). Above ~0.2, timings are noisy.
   */
  otherCores?: number;
}

/** Per-question latency, in ms: a question's latency is the median of its timed passes. */
export interface Latency {
  /** Quantiles and mean over questions. */
  p50: number;
  p95: number;
  mean: number;
  /** The slowest single ask of all passes (GC pauses and other work on the machine included). */
  max: number;
  /** Distinct questions timed. */
  questions: number;
  /** Passes over those questions after the warm-up; every ask is one sample. */
  rounds: number;
  /** True when the questions are a sample of the eval set (slow baselines at large sizes). */
  sampled: boolean;
  /** The slowest questions by their median time, slowest first. */
  slowest: { q: string; ms: number }[];
}

export interface Memory {
  /**
   * Heap one started instance holds after a full GC: the parsed knowledge and
   * whatever was built from it (median growth over a few instances kept at once).
   */
  heapBytes: number;
  /** The same after answering every question once (lazy structures and caches included). */
  heapAfterQuestionsBytes: number;
  /** Resident set size of the process right after start-up. */
  rssBytes: number;
}

export interface SystemReport {
  system: SystemName;
  /** Median over fresh instances: JSON.parse of the knowledge and building what answers, in ms. */
  startupMs: number;
  startupRunsMs: number[];
  /** Median time of the first question a fresh instance answers (lazy work included), in ms. */
  firstAskMs: number;
  latency: Latency;
  memory: Memory;
  /** Scores on the eval set (or its sample, see `latency.sampled`); `misses` counted, not listed. */
  scores: Omit<Scores, 'misses'> & {
    misses: number;
    /** Questions answered with a synthetic entry: a real question lost in the haystack, or a handoff the haystack now answers. */
    syntheticAnswers: { inScope: number; handoff: number; other: number };
  };
}

/** What a measurement ran on (see fingerprintInputs). */
export interface Inputs {
  commit: string;
  /** Uncommitted changes to the engine, the bench, the knowledge or the eval set, as paths. */
  changed: string[];
  /** Hash of src/engine and src/knowledge as they were in the working tree. */
  code: string;
  /** Hash of the real knowledge as compiled. */
  knowledge: string;
  /** Hash of the eval set's files. */
  eval: string;
  /** Questions in the eval set, conversation turns included. */
  evalQuestions: number;
}

/** Everything measured at one size; one line of `npm run bench -- --json`. */
export interface SizeReport {
  size: number;
  seed: number;
  machine: Machine;
  inputs: Inputs;
  /** Runs merged into this report (`--repeat`); every figure is their median. */
  repeats?: number;
  /** Compile (`compileKnowledge` + `JSON.stringify`), median, in ms. */
  compileMs: number;
  /** Bytes of the knowledge JSON every system loads, raw and gzip level 9. */
  json: { raw: number; gzip: number };
  systems: SystemReport[];
}

/** JavaScript (or knowledge) bytes as the browser received them. */
export interface Bytes {
  /** On the wire, as served (the bench's static server does not compress). */
  encoded: number;
  decoded: number;
  /** gzip level 9 of the decoded bytes: what a compressing server would send. */
  gzip: number;
}

export interface Spread {
  median: number;
  p95: number;
  max: number;
  count: number;
}

/** The widget measured in headless Chromium on the demo page, with one knowledge base. */
export interface BrowserVariant {
  name: string;
  entries: number;
  /** Launcher click to the greeting shown: the knowledge read (fetch and JSON parse; the index may still be building), in ms. */
  openToReadyMs: number;
  /** The longest main-thread task (≥ 50 ms) from navigation to the first answer painted: the idle-time preload, the open and the first question, in ms. */
  longestTaskOnOpenMs: number;
  /** All long tasks in that time, summed, in ms. */
  longTasksOnOpenMs: number;
  /**
   * The same load in a Chromium no automation client is attached to (DevTools' network inspection
   * adds a main-thread task decoding each response), with a question asked as the chat opens: the
   * longest task until it is answered (worst of a few loads) and the time to the answer (median), in ms.
   */
  uninspected: { longestTaskMs: number; openToReadyMs: number };
  /** Enter to the first answer painted, on a just-opened chat (lazy work included), in ms. */
  firstAnswerMs: number;
  /** Enter to the answer painted, over the later questions, frames drawn on demand, no trace recording, in ms. */
  enterToPaint: Spread;
  /** The same with frames at 60 Hz vsync: what a visitor sees, the wait for the next frame included. */
  enterToPaintAtVsync: Spread;
  /** Main-thread busy time (trace: top-level tasks) inside each Enter→paint window, frames on demand, in a traced run of the same questions, in ms. */
  busyInEnterToPaint: Spread;
  /** The part of it spent on style, layout, paint and commit. */
  renderingInEnterToPaint: Spread;
  js: { onLoad: Bytes; afterFirstAnswer: Bytes };
  knowledge: Bytes;
}

export interface BrowserReport {
  machine: Machine;
  chromium: string;
  /** CPU slow-down applied through CDP (1: none). */
  cpuThrottle: number;
  /** Main-thread time spent by faq-chat.js before the launcher is painted, over cold page loads. */
  launcher: {
    /** Script compile + evaluation + its callbacks, from the trace. */
    scriptMs: Spread;
    /** Style, layout and paint in the same window (the page's own first frame included). */
    renderingMs: Spread;
    /** Cross-check: CDP Performance.getMetrics ScriptDuration when the launcher is painted. */
    metricsScriptMs: Spread;
    /** Navigation start to the launcher painted. */
    visibleAtMs: Spread;
  };
  variants: BrowserVariant[];
}
