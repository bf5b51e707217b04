import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileKnowledge } from '../../src/knowledge/compileKnowledge.js';
import { SPLITS } from '../../tests/eval/evaluate.js';
import { loadRealKnowledge, REAL_KNOWLEDGE_DIR } from './compileSynthetic.js';
import type { Inputs } from './types.js';

/** What the measured figures depend on; the parts of the tree whose uncommitted changes are listed. */
const WATCHED = ['src', 'scripts/bench', REAL_KNOWLEDGE_DIR, 'tests/eval'];
/** The code the figures depend on, hashed as it is in the working tree. */
const CODE_DIRS = ['src/engine', 'src/knowledge'];

const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 12);
const git = (args: string[]) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trimEnd();
  } catch {
    return '';
  }
};

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

/**
 * Names what a measurement ran on: the commit, uncommitted changes to the
 * engine, knowledge or eval set, and hashes of the engine and knowledge code,
 * the real knowledge and the eval set as read. Sizes measured while someone edits these do not compare.
 */
export function fingerprintInputs(evalQuestions: number): Inputs {
  return {
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    changed: git(['status', '--porcelain', '--', ...WATCHED]).split('\n').filter(Boolean).map((line) => line.slice(3)),
    code: hash(CODE_DIRS.flatMap(filesIn).map((file) => `${file}\n${readFileSync(file, 'utf8')}`).join('\n')),
    knowledge: hash(JSON.stringify(compileKnowledge(loadRealKnowledge()))),
    eval: hash(SPLITS.map((split) => readFileSync(`tests/eval/${split}.jsonl`, 'utf8')).join('\n')),
    evalQuestions,
  };
}
