import { checkKnowledge } from './checkKnowledge.js';
import { compileKnowledge } from './compileKnowledge.js';
import { findConfusables } from './findConfusables.js';
import { loadKnowledge } from './loadKnowledge.js';
import type { CompiledKnowledge, Problem } from './types.js';

export interface KnowledgeBuild {
  /** The compiled knowledge; null when any problem was found. */
  knowledge: CompiledKnowledge | null;
  problems: Problem[];
  /** Compiled knowledge even when there are problems (for previews); null when the files could not be read at all. */
  draft: CompiledKnowledge | null;
}

/** Reads, checks and compiles a knowledge folder: the one entry point for build, dev server, CLI and kb:check. */
export function buildKnowledge(dir: string): KnowledgeBuild {
  const loaded = loadKnowledge(dir);
  const problems = [...loaded.problems, ...checkKnowledge(loaded)];
  const draft = loaded.clinic ? compileKnowledge(loaded) : null;
  if (draft && problems.length === 0) problems.push(...findConfusables(draft, loaded));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { knowledge: problems.length === 0 ? draft : null, problems, draft };
}
