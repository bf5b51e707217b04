import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatKnowledgeFile } from './knowledgeFile.js';
import type { CompiledKnowledge } from './types.js';

/** Writes the knowledge JSON atomically, so a reader never sees half a file. */
export function writeKnowledge(path: string, knowledge: CompiledKnowledge): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, formatKnowledgeFile(knowledge));
  renameSync(temporary, path);
}
