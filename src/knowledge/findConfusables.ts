import { createEngine } from '../engine/createEngine.js';
import type { LoadedKnowledge } from './loadKnowledge.js';
import { problemText } from './problemText.js';
import type { CompiledKnowledge, Problem } from './types.js';

/**
 * Asks the engine each entry's own question: when another entry wins, the two
 * are too close for matching to tell apart, and visitors would get the wrong one.
 */
export function findConfusables(knowledge: CompiledKnowledge, loaded: LoadedKnowledge): Problem[] {
  const engine = createEngine(knowledge);
  const fileOf = new Map(loaded.entries.map((e) => [e.fields.id, e]));
  const problems: Problem[] = [];
  for (const entry of knowledge.entries) {
    const result = engine.ask(entry.question);
    if (result.kind !== 'answer' || result.entryId === entry.id || !result.entryId) continue;
    const own = fileOf.get(entry.id);
    const other = fileOf.get(result.entryId);
    if (own && other) problems.push(problemText.confusable(own.file, own.parsed.lineOf(['question']), result.entryId, other.file));
  }
  return problems;
}
