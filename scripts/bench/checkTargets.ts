import { formatBytes } from './formatTable.js';
import { CLINIC_SERVICE } from './generateKnowledge.js';
import type { BrowserReport, SizeReport, SystemName, SystemReport } from './types.js';

/** One target of issue 7 and how the latest run did against it. */
export interface TargetResult {
  target: string;
  measured: string;
  /** Null when the run did not measure it (a size or `--browser` left out). */
  pass: boolean | null;
}

/** Knowledge download budget at 10,000 entries: 1.5 MB, in the 1,024-based units of `npm run build`'s size report. */
export const KNOWLEDGE_BUDGET_GZIP = 1.5 * 1024 * 1024;
/** A task longer than this blocks the host page (issue 7: heavy steps stay off the main thread). */
export const LONG_TASK_MS = 50;

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

function engineAt(reports: readonly SizeReport[], size: number, system: SystemName = 'engine'): (SystemReport & Pick<SizeReport, 'json'>) | undefined {
  const report = reports.find((r) => r.size === size);
  const engine = report?.systems.find((s) => s.system === system);
  return report && engine && { ...engine, json: report.json };
}

/** Top-1 accuracy at 10,000 entries against 100, for one way of running the engine. */
function accuracyHolds(reports: readonly SizeReport[], system: SystemName, where: string): TargetResult {
  const target = `accuracy at 10,000 within 2 points of accuracy at 100${where}`;
  const at100 = engineAt(reports, 100, system);
  const at10k = engineAt(reports, 10_000, system);
  if (!at100 || !at10k) return { target, measured: 'not measured', pass: null };
  const drop = at100.scores.accuracy - at10k.scores.accuracy;
  return {
    target,
    measured: `${pct(at10k.scores.accuracy)} vs ${pct(at100.scores.accuracy)} (${drop > 0 ? '-' : '+'}${(Math.abs(drop) * 100).toFixed(1)} points)`,
    pass: drop <= 0.02 + 1e-9,
  };
}

function atMost(target: string, value: number | undefined, limit: number, show: (v: number) => string): TargetResult {
  return value === undefined ? { target, measured: 'not measured', pass: null } : { target, measured: show(value), pass: value <= limit };
}

/** The targets, passed or failed on what was measured. */
export function checkTargets(reports: readonly SizeReport[], browser?: BrowserReport): TargetResult[] {
  const at100 = engineAt(reports, 100);
  const at10k = engineAt(reports, 10_000);
  const variant = (name: string) => browser?.variants.find((v) => v.name === name);
  return [
    atMost('engine p95 per question at 10,000 entries ≤ 10 ms', at10k?.latency.p95, 10, ms),
    atMost('engine start-up at 10,000 entries ≤ 150 ms', at10k?.startupMs, 150, ms),
    atMost('knowledge at 10,000 entries ≤ 1.5 MB gzip', at10k?.json.gzip, KNOWLEDGE_BUDGET_GZIP, (b) => `${formatBytes(b)} (${b.toLocaleString('en-US')} bytes)`),
    atMost('engine p95 per question at 100 entries ≤ 1 ms', at100?.latency.p95, 1, ms),
    accuracyHolds(reports, 'engine', ''),
    accuracyHolds(reports, 'engine-service', `, on the ${CLINIC_SERVICE} page (service '${CLINIC_SERVICE}')`),
    atMost('browser: main thread by faq-chat.js before the launcher is visible ≤ 10 ms (median)', browser?.launcher.scriptMs.median, 10, ms),
    atMost('browser: Enter → answer painted, real knowledge ≤ 16 ms (p95)', variant('real')?.enterToPaint.p95, 16, ms),
    atMost('browser: Enter → answer painted, 10,000 entries ≤ 50 ms (p95)', variant('10000')?.enterToPaint.p95, 50, ms),
    ...(browser?.variants ?? []).map((v) =>
      atMost(`browser: no main-thread task over ${LONG_TASK_MS} ms while the chat loads, ${v.name} knowledge (longest, no automation client)`, v.uninspected.longestTaskMs, LONG_TASK_MS, ms),
    ),
  ];
}
