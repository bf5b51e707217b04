import { resolve } from 'node:path';
import { buildKnowledge } from '../src/knowledge/buildKnowledge.js';
import type { CompiledKnowledge } from '../src/knowledge/types.js';

/** The clinic's real knowledge folder. */
export const REAL_KB = resolve('knowledge');
/** A small valid knowledge folder for edge cases. */
export const MINIMAL_KB = resolve('tests/fixtures/kb-minimal');

const compiled = new Map<string, CompiledKnowledge>();

/** Compiles a knowledge folder once per test run; fails loudly when it has problems. */
export function knowledgeFrom(dir: string): CompiledKnowledge {
  const cached = compiled.get(dir);
  if (cached) return cached;
  const { knowledge, problems } = buildKnowledge(dir);
  if (!knowledge) throw new Error(`knowledge in ${dir} has problems:\n${problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')}`);
  compiled.set(dir, knowledge);
  return knowledge;
}
