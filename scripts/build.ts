/**
 * npm run build: compiles the knowledge folder and bundles the widget into dist/
 * (the loader, the chat and the knowledge a clinic hosts; esm/ for bundlers).
 * Bad knowledge stops the build (exit 1) before anything in dist/ is touched.
 */
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { buildKnowledge } from '../src/knowledge/buildKnowledge.js';
import { formatProblem } from '../src/knowledge/problemText.js';
import { writeKnowledge } from '../src/knowledge/writeKnowledge.js';
import { DIST_DIR, DIST_FILES, bundleConfigs, emitDeclarations, libraryConfig } from './bundles.js';
import { formatSizes, measureSizes } from './sizes.js';
import { takeKbOption } from './loadKnowledgeOrExit.js';
import { takeOption } from './takeOption.js';

const args = process.argv.slice(2);
const kbDir = takeKbOption(args);
const outDir = resolve(takeOption(args, '--out', 'path/to/dist') ?? DIST_DIR);

const { knowledge, problems } = buildKnowledge(kbDir);
if (!knowledge) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`[faq-chat] build stopped: ${problems.length} problem(s) in the knowledge folder; dist/ was left as it was`);
  process.exit(1);
}
for (const config of [...bundleConfigs(outDir), libraryConfig(outDir)]) await build(config);
emitDeclarations(outDir);
writeKnowledge(join(outDir, DIST_FILES.knowledge), knowledge);

const report = measureSizes(outDir);
console.log(`[faq-chat] built ${outDir} (${knowledge.entries.length} entries)\n${formatSizes(report)}`);
for (const line of report.overBudget) console.error(`[faq-chat] over budget: ${line}`);
