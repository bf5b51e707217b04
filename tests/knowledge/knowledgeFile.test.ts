import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKnowledgeFileReader, formatKnowledgeFile } from '../../src/knowledge/knowledgeFile.js';
import { REAL_KB, knowledgeFrom } from '../helpers.js';

/** Reads a file pushed in the given pieces; returns the knowledge and how many pauses the parse made. */
function read(pieces: readonly string[]): { value: unknown; pauses: number } {
  const reader = createKnowledgeFileReader();
  let pauses = 0;
  for (const piece of pieces) {
    for (const _ of reader.push(piece)) pauses++;
  }
  return { value: reader.end(), pauses };
}

/** Cuts `text` at the given positions, as a download arrives in pieces. */
function cut(text: string, at: readonly number[]): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const end of [...[...at].sort((a, b) => a - b), text.length]) {
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

describe('The knowledge file', () => {
  const knowledge = knowledgeFrom(REAL_KB);
  const file = formatKnowledgeFile(knowledge);

  it('is plain JSON of the compiled knowledge, for any tool that reads it', () => {
    expect(JSON.parse(file)).toEqual(knowledge);
  });

  it('reads back as it arrives, pausing after each entry, however the download is cut', () => {
    expect(read([file])).toEqual({ value: knowledge, pauses: knowledge.entries.length });
    fc.assert(
      fc.property(fc.array(fc.nat({ max: file.length }), { maxLength: 40 }), (at) => {
        expect(read(cut(file, at))).toEqual({ value: knowledge, pauses: knowledge.entries.length });
      }),
      { numRuns: 50 },
    );
  });

  it('reads knowledge without entries, and JSON laid out any other way, in one go', () => {
    const empty = { ...knowledge, entries: [] };
    expect(read([formatKnowledgeFile(empty)])).toEqual({ value: empty, pauses: 0 });
    expect(read(cut(JSON.stringify(knowledge, null, 2), [10, 5000]))).toEqual({ value: knowledge, pauses: 0 });
  });

  it('keeps line breaks inside answers from breaking the layout', () => {
    const multiline = { ...knowledge, entries: [{ ...knowledge.entries[0]!, html: '<p>one</p>\n<p>two</p>' }] };
    expect(read([formatKnowledgeFile(multiline)]).value).toEqual(multiline);
  });

  it('throws a SyntaxError on a damaged or cut-off file', () => {
    expect(() => read([file.replace('"entries":[', '"entries":[{,')])).toThrow(SyntaxError);
    expect(() => read([file.slice(0, -2)])).toThrow(SyntaxError);
    expect(() => read(['<!doctype html>\n<p>not found</p>'])).toThrow(SyntaxError);
  });
});
