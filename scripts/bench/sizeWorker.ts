/**
 * One size of `npm run bench`, alone in its process (started with
 * --expose-gc) so that sizes do not pollute each other's heap and JIT:
 * `node --expose-gc --no-flush-bytecode --import tsx scripts/bench/sizeWorker.ts SIZE SEED [BASELINE_BUDGET_MS]`.
 * Prints the SizeReport as one JSON line; progress goes to stderr.
 */
import { measureSize } from './measureSize.js';

const [size, seed, baselineBudgetMs] = process.argv.slice(2).map(Number);
if (!Number.isInteger(size) || !Number.isInteger(seed)) {
  console.error('[faq-chat] usage: sizeWorker.ts SIZE SEED [BASELINE_BUDGET_MS]');
  process.exit(2);
}
const report = measureSize({
  size: size!,
  seed: seed!,
  ...(baselineBudgetMs ? { baselineBudgetMs } : {}),
  log: (line) => console.error(`[faq-chat] bench ${line}`),
});
process.stdout.write(`${JSON.stringify(report)}\n`);
