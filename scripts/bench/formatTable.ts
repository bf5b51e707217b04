import { SYSTEMS } from './baselines.js';
import type { TargetResult } from './checkTargets.js';
import type { BrowserReport, Bytes, Inputs, Machine, SizeReport, Spread, SystemReport } from './types.js';

/** Milliseconds with the precision that matters at their scale. */
export function formatMs(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 1000) return value.toFixed(1);
  return value.toFixed(0);
}

export function formatBytes(bytes: number): string {
  if (Math.abs(bytes) < 1024) return `${bytes} B`;
  if (Math.abs(bytes) < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

const pct = (value: number) => `${(value * 100).toFixed(1)}`;

interface Column {
  title: string;
  cell(size: SizeReport, system: SystemReport): string;
}

const COLUMNS: Column[] = [
  { title: 'size', cell: (r) => r.size.toLocaleString('en-US') },
  { title: 'system', cell: (_, s) => s.system },
  { title: 'compile ms', cell: (r, s) => (s.system === 'engine' ? formatMs(r.compileMs) : '') },
  { title: 'JSON raw', cell: (r, s) => (s.system === 'engine' ? formatBytes(r.json.raw) : '') },
  { title: 'gzip', cell: (r, s) => (s.system === 'engine' ? formatBytes(r.json.gzip) : '') },
  { title: 'start-up ms', cell: (_, s) => formatMs(s.startupMs) },
  { title: '1st ask ms', cell: (_, s) => formatMs(s.firstAskMs) },
  { title: 'p50 ms', cell: (_, s) => formatMs(s.latency.p50) },
  { title: 'p95 ms', cell: (_, s) => formatMs(s.latency.p95) },
  { title: 'max ms', cell: (_, s) => formatMs(s.latency.max) },
  { title: 'heap', cell: (_, s) => formatBytes(s.memory.heapBytes) },
  { title: 'RSS', cell: (_, s) => formatBytes(s.memory.rssBytes) },
  { title: 'top-1 %', cell: (_, s) => pct(s.scores.accuracy) },
  { title: 'handoff P %', cell: (_, s) => pct(s.scores.handoffPrecision) },
  { title: 'handoff R %', cell: (_, s) => pct(s.scores.handoffRecall) },
  { title: 'questions', cell: (_, s) => `${Math.round(s.latency.questions)}${s.latency.sampled ? '*' : ''}${s.latency.rounds > 1 ? ` ×${s.latency.rounds}` : ''}` },
];

/** A plain-text table: first column left-aligned, the rest right-aligned. */
export function formatGrid(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Other processes busier than this many cores, on average, make timings noisy. */
const NOISY_OTHER_CORES = 0.2;

/** The machine line, with a warning when other processes were busy while a part was measured. */
export function formatMachine(machines: readonly Machine[]): string {
  const [machine] = machines;
  if (!machine) return '';
  const others = machines.flatMap((m) => (m.otherCores === undefined ? [] : [m.otherCores]));
  return [
    `machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}; load average ${machines.map((m) => m.loadAverage.toFixed(2)).join(', ')} at the start of each part`,
    `reference workload (lower is faster; compare between runs before comparing timings): ${machines.map((m) => `${formatMs(m.referenceMs)} ms`).join(', ')}`,
    ...(others.length ? [`other processes kept ${others.map((o) => o.toFixed(2)).join(', ')} cores busy on average while each part was measured`] : []),
    ...(others.some((o) => o > NOISY_OTHER_CORES) ? ['WARNING: other work was running on this machine; timings are noisier than they would be on an idle one'] : []),
  ].join('\n');
}

/** What was measured, with a warning when sizes ran on different code, knowledge or eval set. */
export function formatInputs(inputs: readonly Inputs[]): string {
  const [first] = inputs;
  if (!first) return '';
  const key = (i: Inputs) => `code ${i.code}, knowledge ${i.knowledge}, eval ${i.eval}`;
  const changed = [...new Set(inputs.flatMap((i) => i.changed))];
  return [
    `inputs: commit ${first.commit}; engine and knowledge code ${first.code}, real knowledge ${first.knowledge}, eval set ${first.eval} (${first.evalQuestions} questions)`,
    ...(changed.length ? [`  uncommitted changes measured: ${changed.join(', ')}`] : []),
    ...(inputs.some((i) => key(i) !== key(first))
      ? [`WARNING: the sizes ran on different inputs (${inputs.map(key).join(' | ')}): they do not compare; run again`]
      : []),
  ].join('\n');
}

/** The size × system table with its legend, sampling notes and the engine's slowest questions. */
export function formatSizes(reports: readonly SizeReport[]): string {
  const rows = reports.flatMap((r) => r.systems.map((s) => COLUMNS.map((c) => c.cell(r, s))));
  const notes: string[] = [];
  for (const r of reports) {
    for (const s of r.systems) {
      const c = s.scores.counts;
      if (s.latency.sampled) {
        notes.push(`* ${s.system} at ${r.size}: a sample of ${s.latency.questions} questions (time budget), accuracy over ${c.inScope} in-scope and ${c.handoff} handoff questions`);
      }
      const synthetic = s.scores.syntheticAnswers;
      if (synthetic.inScope + synthetic.handoff + synthetic.other > 0) {
        notes.push(`  ${s.system} at ${r.size}: answered with a synthetic entry: ${synthetic.inScope} in-scope, ${synthetic.handoff} handoff, ${synthetic.other} urgent/small-talk questions`);
      }
    }
  }
  const largest = reports.at(-1)?.systems.find((s) => s.system === 'engine');
  return [
    formatMachine(reports.map((r) => r.machine)),
    formatInputs(reports.map((r) => r.inputs)),
    ...(reports.some((r) => r.repeats) ? [`every figure is the median of ${reports[0]!.repeats ?? 1} runs in fresh processes`] : []),
    '',
    formatGrid(COLUMNS.map((c) => c.title), rows),
    '',
    ...SYSTEMS.map((s) => `${s.name.padEnd(10)} ${s.description}`),
    'compile: compileKnowledge + JSON.stringify (median of 3); JSON: the knowledge file, which every system loads;',
    'start-up: JSON.parse + build (median of 5 fresh instances);',
    '1st ask: a fresh instance\'s first (misspelled) question; p50/p95: over the eval questions (turns asked alone), each the median of its',
    '  timed passes after a warm-up; max: the slowest single ask;',
    'heap: what one started instance holds after a full GC; RSS: the process after start-up; top-1 and handoff P/R: every tests/eval split.',
    ...notes,
    ...(largest
      ? [`engine's slowest questions at ${reports.at(-1)!.size}:`, ...largest.latency.slowest.map((q) => `  ${formatMs(q.ms).padStart(8)} ms  ${JSON.stringify(q.q.length > 90 ? `${q.q.slice(0, 87)}...` : q.q)}`)]
      : []),
  ].join('\n');
}

const spread = (s: Spread) => `${formatMs(s.median)} median, ${formatMs(s.p95)} p95, ${formatMs(s.max)} max (n=${s.count})`;
const bytes = (b: Bytes) => `${formatBytes(b.decoded)} (${formatBytes(b.gzip)} gzip; ${formatBytes(b.encoded)} on the wire)`;

/** The browser figures, one block per knowledge base. */
export function formatBrowser(report: BrowserReport): string {
  const { launcher } = report;
  return [
    formatMachine([report.machine]),
    `browser: ${report.chromium}, headless, CPU throttle ${report.cpuThrottle}×`,
    'before the launcher is visible (cold loads of the demo page):',
    `  faq-chat.js main thread (compile + evaluate + callbacks): ${spread(launcher.scriptMs)}`,
    `  style/layout/paint up to the launcher's frame (page included): ${spread(launcher.renderingMs)}`,
    `  cross-check, Performance.getMetrics ScriptDuration:     ${spread(launcher.metricsScriptMs)}`,
    `  launcher painted at:                                     ${spread(launcher.visibleAtMs)} after navigation start`,
    ...report.variants.flatMap((v) => [
      `${v.name} knowledge (${v.entries.toLocaleString('en-US')} entries):`,
      `  open → greeting shown: ${formatMs(v.openToReadyMs)} ms; long tasks from navigation to the first answer (idle preload, open, first question): longest ${formatMs(v.longestTaskOnOpenMs)} ms, ${formatMs(v.longTasksOnOpenMs)} ms in all`,
      `  with no automation client attached, a question asked as the chat opens: open → answered ${formatMs(v.uninspected.openToReadyMs)} ms (median), longest task ${formatMs(v.uninspected.longestTaskMs)} ms (worst of the loads)`,
      `  Enter → first answer painted: ${formatMs(v.firstAnswerMs)} ms`,
      `  Enter → answer painted:       ${spread(v.enterToPaint)} (frames on demand)`,
      `  the same at 60 Hz vsync:      ${spread(v.enterToPaintAtVsync)}`,
      `  main thread busy in that:     ${spread(v.busyInEnterToPaint)}`,
      `  of which style/layout/paint:  ${spread(v.renderingInEnterToPaint)}`,
      `  JS on load: ${bytes(v.js.onLoad)}; after the first answer: ${bytes(v.js.afterFirstAnswer)}`,
      `  knowledge JSON: ${bytes(v.knowledge)}`,
    ]),
  ].join('\n');
}

export function formatTargets(results: readonly TargetResult[]): string {
  const mark = (pass: boolean | null) => (pass === null ? ' n/a' : pass ? 'PASS' : 'FAIL');
  return ['targets (issue 7):', ...results.map((r) => `  ${mark(r.pass)}  ${r.target}: ${r.measured}`)].join('\n');
}
