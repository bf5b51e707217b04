/**
 * npm run kb:check [-- --kb DIR]: validates a knowledge folder without building.
 * Each problem is one line, file:line with a hint; exit 1 when there are any.
 */
import { buildKnowledge } from '../src/knowledge/buildKnowledge.js';
import { formatProblem } from '../src/knowledge/problemText.js';
import { takeKbOption } from './loadKnowledgeOrExit.js';

const { knowledge, problems } = buildKnowledge(takeKbOption(process.argv.slice(2)));
if (!knowledge) {
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
const citations = knowledge.entries.reduce((sum, entry) => sum + entry.citations.length, 0);
console.log(`ok: ${knowledge.entries.length} entries, ${citations} citations`);
