import { resolve } from 'node:path';
import { buildKnowledge } from '../src/knowledge/buildKnowledge.js';
import { formatProblem } from '../src/knowledge/problemText.js';
import type { CompiledKnowledge } from '../src/knowledge/types.js';
import { takeOption } from './takeOption.js';

/** Where the clinic's knowledge lives unless `--kb DIR` says otherwise. */
export const DEFAULT_KNOWLEDGE_DIR = 'knowledge';

/** Reads `--kb DIR` from argv and removes it; returns the folder. */
export function takeKbOption(args: string[]): string {
  return resolve(takeOption(args, '--kb', 'path/to/knowledge') ?? DEFAULT_KNOWLEDGE_DIR);
}

/**
 * Compiles a knowledge folder for a command that answers from it. Problems go
 * to stderr; a broken folder still answers from what compiled, when anything did.
 */
export function compileForPreview(dir: string): CompiledKnowledge {
  const { draft, problems } = buildKnowledge(dir);
  for (const problem of problems) console.error(formatProblem(problem));
  if (!draft) {
    console.error(`[faq-chat] ${dir}: cannot answer, the knowledge folder has the problems above`);
    process.exit(1);
  }
  return draft;
}
