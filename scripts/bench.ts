/**
 * npm run bench: speed, size, memory and accuracy of the engine beside two
 * fuse.js baselines on synthetic knowledge bases of 100, 1,000 and 10,000
 * entries (issue 7). Each size runs in its own process. Not part of npm test.
 *
 *   npm run bench                          sizes 100, 1000, 10000: table and targets
 *   npm run bench -- --sizes real,100      choose sizes ("real" is the real knowledge alone)
 *   npm run bench -- --json                one JSON object per size (and one for the browser), a line each
 *   npm run bench -- --browser             headless Chromium only (add --sizes to run both)
 *   npm run bench -- --profile 10000       where the engine's time goes at a size (CPU profile)
 *   npm run bench -- --repeat 3            each size 3 times, in fresh processes; every figure is the median of the runs
 *   options: --seed N, --baseline-seconds N (time each baseline gets per size, default 30), --throttle N (browser CPU slow-down)
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BASELINE_BUDGET_MS } from './bench/baselines.js';
import { benchBrowser } from './bench/browser.js';
import { checkTargets } from './bench/checkTargets.js';
import { loadRealKnowledge } from './bench/compileSynthetic.js';
import { formatBrowser, formatSizes, formatTargets } from './bench/formatTable.js';
import { DEFAULT_SEED } from './bench/generateKnowledge.js';
import { mergeReports } from './bench/mergeReports.js';
import { profileEngine } from './bench/profileEngine.js';
import type { BrowserReport, SizeReport } from './bench/types.js';

const DEFAULT_SIZES = [100, 1000, 10_000];
/** Node flags of a size's process: gc() for heap figures, and no bytecode flushing, which would shrink the heap between readings. */
const WORKER_FLAGS = ['--expose-gc', '--no-flush-bytecode', '--import', 'tsx'];

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const numberOption = (name: string, fallback: number) => {
  const value = option(name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) fail(`${name} needs a positive number, got ${JSON.stringify(value)}`);
  return parsed;
};

if (args.includes('--help')) {
  console.log(/\/\*\*([\s\S]*?)\*\//.exec(readFileSync(new URL(import.meta.url), 'utf8'))?.[1]?.replace(/^ \* ?/gm, '').trim());
  process.exit(0);
}

const json = args.includes('--json');
const seed = numberOption('--seed', DEFAULT_SEED);
const log = (line: string) => console.error(`[faq-chat] bench ${line}`);

const profileSize = option('--profile');
if (profileSize !== undefined) {
  console.log(await profileEngine({ size: parseSize(profileSize), seed, flags: WORKER_FLAGS, log }));
  process.exit(0);
}

const browserOnly = args.includes('--browser') && option('--sizes') === undefined;
const sizes = browserOnly ? [] : (option('--sizes')?.split(',').map(parseSize) ?? DEFAULT_SIZES);
const baselineBudgetMs = numberOption('--baseline-seconds', BASELINE_BUDGET_MS / 1000) * 1000;

const reports: SizeReport[] = [];
const repeats = numberOption('--repeat', 1);
for (const size of sizes) {
  const runs: SizeReport[] = [];
  for (let run = 0; run < repeats; run++) runs.push(await runSize(size));
  const report = repeats > 1 ? mergeReports(runs) : runs[0]!;
  reports.push(report);
  if (json) console.log(JSON.stringify(report));
}
let browser: BrowserReport | undefined;
if (args.includes('--browser')) {
  browser = await benchBrowser({ seed, cpuThrottle: numberOption('--throttle', 1), log });
  if (json) console.log(JSON.stringify({ browser }));
}
if (!json) {
  if (reports.length) console.log(`${formatSizes(reports)}\n`);
  if (browser) console.log(`${formatBrowser(browser)}\n`);
  console.log(formatTargets(checkTargets(reports, browser)));
}

/** Runs one size in a process of its own and reads its report. */
function runSize(size: number): Promise<SizeReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...WORKER_FLAGS, 'scripts/bench/sizeWorker.ts', String(size), String(seed), String(baselineBudgetMs)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`[faq-chat] bench: size ${size} failed (exit ${code})`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1)!) as SizeReport);
    });
  });
}

function parseSize(text: string): number {
  if (text === 'real') return loadRealKnowledge().entries.length;
  const size = Number(text.replace(/[_,]/g, ''));
  if (!Number.isInteger(size) || size < 1) fail(`a size is a whole number of entries or "real", got ${JSON.stringify(text)}`);
  return size;
}

function fail(message: string): never {
  console.error(`[faq-chat] bench: ${message}`);
  process.exit(2);
}
