import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST_FILES } from './bundles.js';

/** Bytes a visitor downloads, gzip, before the chat is opened: the loader alone. */
export const LOADER_BUDGET_GZIP = 4 * 1024;
/** Bytes of JavaScript, gzip, after the first answer: loader and chat code (knowledge counted apart). */
export const TOTAL_JS_BUDGET_GZIP = 30 * 1024;

export interface SizeReport {
  loader: { raw: number; gzip: number };
  app: { raw: number; gzip: number };
  knowledge: { raw: number; gzip: number };
  totalJsGzip: number;
  overBudget: string[];
}

const measure = (path: string) => {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/** Measures dist/ against the embed budgets. */
export function measureSizes(distDir: string): SizeReport {
  const loader = measure(join(distDir, DIST_FILES.loader));
  const app = measure(join(distDir, DIST_FILES.app));
  const knowledge = measure(join(distDir, DIST_FILES.knowledge));
  const totalJsGzip = loader.gzip + app.gzip;
  const overBudget: string[] = [];
  if (loader.gzip > LOADER_BUDGET_GZIP) overBudget.push(`${DIST_FILES.loader} is ${kb(loader.gzip)} gzip, over its ${kb(LOADER_BUDGET_GZIP)} budget`);
  if (totalJsGzip > TOTAL_JS_BUDGET_GZIP) overBudget.push(`JavaScript after the first answer is ${kb(totalJsGzip)} gzip, over its ${kb(TOTAL_JS_BUDGET_GZIP)} budget`);
  return { loader, app, knowledge, totalJsGzip, overBudget };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The table `npm run build` prints. */
export function formatSizes(report: SizeReport): string {
  const row = (name: string, s: { raw: number; gzip: number }, budget = '') =>
    `  ${name.padEnd(28)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)}  ${budget}`;
  return [
    `  ${'file'.padEnd(28)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`,
    row(`${DIST_FILES.loader} (before open)`, report.loader, `budget ${kb(LOADER_BUDGET_GZIP)}`),
    row(DIST_FILES.app, report.app),
    row('all JavaScript', { raw: report.loader.raw + report.app.raw, gzip: report.totalJsGzip }, `budget ${kb(TOTAL_JS_BUDGET_GZIP)}`),
    row(`${DIST_FILES.knowledge}`, report.knowledge, '(counted apart)'),
  ].join('\n');
}
