import { isCollection, isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { problemText } from './problemText.js';
import type { Problem } from './types.js';

/** A Markdown file with YAML front matter, parsed, with a way back to line numbers. */
export interface FrontMatterFile {
  data: unknown;
  body: string;
  /** File line (1-based) of the first line of the body. */
  bodyLine: number;
  /** File line of the value at `path` in the front matter, or of the front matter's start. */
  lineOf(path: readonly (string | number)[]): number;
}

const FENCE = /^---[ \t]*$/;

/** Splits `---`-fenced YAML front matter from the body and parses it. */
export function parseFrontMatter(file: string, text: string): FrontMatterFile | Problem {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return problemText.noFrontMatter(file);
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) return problemText.unclosedFrontMatter(file);
  const bodyLines = lines.slice(close + 1);
  const blankLines = bodyLines.findIndex((line) => line.trim() !== '');
  return parseYamlAt(file, lines.slice(1, close).join('\n'), 1, {
    body: bodyLines.join('\n').trim(),
    bodyLine: close + 2 + Math.max(blankLines, 0),
  });
}

/** A plain YAML file (no body), parsed with line numbers. */
export function parseYamlFile(file: string, text: string): FrontMatterFile | Problem {
  return parseYamlAt(file, text, 0, { body: '', bodyLine: 1 });
}

function parseYamlAt(
  file: string,
  yamlText: string,
  lineOffset: number,
  rest: { body: string; bodyLine: number },
): FrontMatterFile | Problem {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = errorLine(doc, firstError, lineCounter) + lineOffset;
    return problemText.badYaml(file, line, firstError.message.split('\n')[0] ?? '');
  }
  return {
    data: doc.toJS(),
    ...rest,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
      }
      return 1;
    },
  };
}

/**
 * Line of a YAML error. An unclosed bracket or quote is only noticed where the
 * parser runs out of text, often lines later: point at where it opens instead.
 */
function errorLine(doc: Document, error: YAMLError, lineCounter: LineCounter): number {
  const at = error.pos[0];
  let line = lineCounter.linePos(at).line;
  visit(doc, (_key, node) => {
    const unclosable = (isCollection(node) && node.flow) || (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'));
    if (unclosable && node.range && node.range[0] < at && at <= node.range[2]) {
      line = Math.min(line, lineCounter.linePos(node.range[0]).line);
    }
  });
  return line;
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'hint' in value && 'file' in value;
}
