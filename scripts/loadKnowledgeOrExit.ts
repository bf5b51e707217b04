import { resolve } from 'node:path';
import { buildKnowledge } from '../src/knowledge/buildKnowledge.js';
import { formatProblem } from '../src/knowledge/problemText.js';
import type { CompiledKnowledge } from '../src/knowledge/types.js';

/** Where the clinic's knowledge lives unless `--kb DIR` says otherwise. */
export const DEFAULT_KNOWLEDGE_DIR = 'knowledge';

/** Reads `--kb DIR` from argv and removes it; returns the folder. */
export function takeKbOption(args: string[]): string {
  const at = args.indexOf('--kb');
  if (at === -1) return resolve(DEFAULT_KNOWLEDGE_DIR);
  const dir = args[at + 1];
  if (!dir) {
    console.error('[faq-chat] --kb needs a folder: --kb path/to/knowledge');
    process.exit(2);
  }
  args.splice(at, 2);
  return resolve(dir);
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
