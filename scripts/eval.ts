/**
 * npm run eval: matching quality on the labelled questions, per split, beside
 * the fuse.js baseline, then the misses. `--split tuning` limits it to one split;
 * `--json` prints the figures as one object. The held-out misses are printed only
 * with `--heldout-misses`, so that tuning never reads them by accident.
 */
import { createEngine } from '../src/engine/createEngine.js';
import { SPLITS, readSplit, scoreBaseline, scoreEngine, type Scores, type Split } from '../tests/eval/evaluate.js';
import { compileForPreview, takeKbOption } from './loadKnowledgeOrExit.js';
import { takeOption } from './takeOption.js';

const args = process.argv.slice(2);
const knowledge = compileForPreview(takeKbOption(args));
const only = takeOption(args, '--split', SPLITS.join('|'));
if (only && !SPLITS.includes(only as Split)) {
  console.error(`[faq-chat] --split must be one of ${SPLITS.join(', ')}`);
  process.exit(2);
}
const splits = SPLITS.filter((s) => !only || s === only);
const engine = createEngine(knowledge);

const results = splits.map((split) => {
  const items = readSplit(split);
  return { split, engine: scoreEngine(items, engine), baseline: scoreBaseline(items, knowledge) };
});

if (args.includes('--json')) {
  console.log(JSON.stringify(results.map(({ split, engine: e, baseline: b }) => ({ split, engine: { ...e, misses: e.misses.length }, baseline: { ...b, misses: b.misses.length } }))));
} else {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(8);
  const rows: [string, (s: Scores) => number][] = [
    ['top-1 accuracy (in scope)', (s) => s.accuracy],
    ['handoff precision', (s) => s.handoffPrecision],
    ['handoff recall', (s) => s.handoffRecall],
    ['urgent recall', (s) => s.urgentRecall],
    ['small-talk accuracy', (s) => s.smalltalkAccuracy],
    ['conversation accuracy (turns)', (s) => s.conversationAccuracy],
  ];
  for (const { split, engine: e, baseline: b } of results) {
    const c = e.counts;
    console.log(`\n${split}: ${c.inScope} in scope, ${c.handoff} handoff, ${c.urgent} urgent, ${c.smalltalk} small talk, ${c.conversationTurns} conversation turns`);
    console.log(`  ${'metric'.padEnd(32)}${'engine'.padStart(8)}${'baseline'.padStart(10)}`);
    for (const [name, get] of rows) console.log(`  ${name.padEnd(32)}${pct(get(e))}  ${pct(get(b))}`);
  }
  const showHeldout = args.includes('--heldout-misses');
  for (const { split, engine: e } of results) {
    if (split === 'heldout' && !showHeldout) {
      console.log(`\nmisses (heldout, ${e.misses.length}): not shown; --heldout-misses prints them`);
      continue;
    }
    console.log(`\nmisses (${split}, ${e.misses.length}):`);
    for (const m of e.misses) console.log(`  ${m.conversation ? '[conv] ' : ''}${JSON.stringify(m.q)}  expected ${m.expect}, got ${m.got}`);
  }
}
