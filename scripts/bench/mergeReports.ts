import { median } from './stats.js';
import type { SizeReport } from './types.js';

/**
 * One report from repeated runs of the same size (`--repeat N`): every figure
 * is the median of its runs; texts, and lists of named questions, come from the first run.
 */
export function mergeReports(runs: readonly SizeReport[]): SizeReport {
  return { ...(medianOf(runs) as SizeReport), repeats: runs.length };
}

function medianOf(values: readonly unknown[]): unknown {
  const [first] = values;
  if (typeof first === 'number') return median(values as number[]);
  if (Array.isArray(first)) {
    // Lists of questions differ between runs; only lists of like figures (systems, runs) merge item by item.
    if (first.some((item) => typeof item === 'string' || (typeof item === 'object' && item && 'q' in item))) return first;
    return first.map((_, i) => medianOf(values.map((v) => (v as unknown[])[i])));
  }
  if (first && typeof first === 'object') {
    return Object.fromEntries(Object.keys(first).map((key) => [key, medianOf(values.map((v) => (v as Record<string, unknown>)[key]))]));
  }
  return first;
}
