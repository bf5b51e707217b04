import { buildKnowledge } from '../../src/knowledge/buildKnowledge.js';
import { compileKnowledge } from '../../src/knowledge/compileKnowledge.js';
import { loadKnowledge, type LoadedKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { formatKnowledgeFile } from '../../src/knowledge/knowledgeFile.js';
import { formatProblem } from '../../src/knowledge/problemText.js';
import type { CompiledKnowledge } from '../../src/knowledge/types.js';
import { DEFAULT_SEED, generateKnowledge } from './generateKnowledge.js';
import { median } from './stats.js';

/** The real knowledge folder, whose entries every synthetic knowledge base contains. */
export const REAL_KNOWLEDGE_DIR = 'knowledge';

export interface SyntheticKnowledge {
  knowledge: CompiledKnowledge;
  /** What the widget downloads: the compiled knowledge as `npm run build` writes it. */
  json: string;
  /** Median time to compile (`compileKnowledge`) and serialise (`formatKnowledgeFile`), in ms. */
  compileMs: number;
  /** Ids of the real entries; every other id is synthetic. */
  realIds: ReadonlySet<string>;
}

let real: LoadedKnowledge | null = null;

/** The real knowledge folder, loaded once; stops loudly when it has problems (then the bench would measure a broken base). */
export function loadRealKnowledge(): LoadedKnowledge {
  if (real) return real;
  const { knowledge, problems } = buildKnowledge(REAL_KNOWLEDGE_DIR);
  if (!knowledge) {
    throw new Error(`[faq-chat] bench: ${REAL_KNOWLEDGE_DIR}/ has problems:\n${problems.map(formatProblem).join('\n')}`);
  }
  return (real = loadKnowledge(REAL_KNOWLEDGE_DIR));
}

/**
 * A knowledge base of `size` entries (real ones included), compiled the way
 * `npm run build` compiles a folder. Only the compile step is timed: whatever
 * `compileKnowledge` prepares (answers rendered, and any index added there
 * later) and `formatKnowledgeFile`. Reading and checking files is not.
 */
export function compileSynthetic(size: number, { seed = DEFAULT_SEED, runs = 1 } = {}): SyntheticKnowledge {
  const loaded = generateKnowledge(loadRealKnowledge(), size, seed);
  const times: number[] = [];
  let knowledge: CompiledKnowledge | null = null;
  let json = '';
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    knowledge = compileKnowledge(loaded);
    json = formatKnowledgeFile(knowledge);
    times.push(performance.now() - start);
  }
  return {
    knowledge: knowledge!,
    json,
    compileMs: median(times),
    realIds: new Set(loadRealKnowledge().entries.map((e) => e.fields.id)),
  };
}
