import type { CompiledKnowledge } from './types.js';

/** What the first line of a knowledge file ends with: the entries follow, one per line. */
const ENTRIES_OPEN = '"entries":[';
const ENTRIES_CLOSE = ']}';

/**
 * The knowledge as the file the widget downloads: plain JSON, laid out with
 * everything but the entries on the first line and then one entry per line,
 * so a reader can parse it a line at a time as it arrives (see `createKnowledgeFileReader`).
 */
export function formatKnowledgeFile(knowledge: CompiledKnowledge): string {
  const { entries, ...rest } = knowledge;
  const head = JSON.stringify(rest);
  const lines = entries.map((entry) => JSON.stringify(entry)).join(',\n');
  return `${head.slice(0, -1)},${ENTRIES_OPEN}\n${lines}${lines && '\n'}${ENTRIES_CLOSE}`;
}

export interface KnowledgeFileReader {
  /** Takes the next piece of the file; the steps parse each entry it completes, pausing after each. */
  push(text: string): Generator<void, void>;
  /** The parsed knowledge once the whole file has been pushed. Throws SyntaxError when it is not valid JSON. */
  end(): unknown;
}

/**
 * Parses a knowledge file piece by piece as it downloads, an entry at a time,
 * so the caller can spread a large file over many short tasks. A file not laid
 * out by `formatKnowledgeFile` (hand-edited, or from an older build) is kept
 * whole and parsed in one go at the end.
 */
export function createKnowledgeFileReader(): KnowledgeFileReader {
  let pending = '';
  let knowledge: { entries: unknown[] } | null = null;
  let plain = false;
  return {
    *push(text) {
      pending += text;
      if (plain) return;
      let start = 0;
      for (let newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n', start)) {
        const line = pending.slice(start, newline);
        start = newline + 1;
        if (knowledge) {
          knowledge.entries.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
          yield;
        } else if (line.endsWith(ENTRIES_OPEN)) {
          knowledge = JSON.parse(`${line}${ENTRIES_CLOSE}`) as { entries: unknown[] };
        } else {
          plain = true;
          return;
        }
      }
      pending = pending.slice(start);
    },
    end() {
      if (!knowledge) return JSON.parse(pending) as unknown;
      if (pending !== ENTRIES_CLOSE) throw new SyntaxError(`the knowledge file should end with ${ENTRIES_CLOSE}`);
      return knowledge;
    },
  };
}
