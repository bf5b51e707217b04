import type { Problem } from './types.js';

/**
 * Every problem a content editor can meet, with the hint that fixes it.
 * Tests assert on these, so wording changes stay in one place.
 */
export const problemText = {
  noFrontMatter: (file: string): Problem => ({
    file, line: 1,
    message: 'the file does not start with a "---" line',
    hint: 'start the file with "---", then the fields, then "---", then the answer',
  }),
  unclosedFrontMatter: (file: string): Problem => ({
    file, line: 1,
    message: 'the fields are never closed with a "---" line',
    hint: 'add a line "---" after the last field (citations) and before the answer',
  }),
  badYaml: (file: string, line: number, detail: string): Problem => ({
    file, line,
    message: `the fields cannot be read: ${detail}`,
    hint: 'check indentation (spaces, not tabs), a ":" after each field name, and put text containing ":" or "#" in quotes',
  }),
  field: (file: string, line: number, message: string): Problem => ({
    file, line, message,
    hint: 'see knowledge/README.md for the fields each file needs',
  }),
  missingField: (file: string, line: number, path: readonly (string | number)[]): Problem => ({
    file, line,
    message: `${fieldName(path)} is missing`,
    hint: `add a line "${fieldName(path)}: …"; see knowledge/README.md for the fields each file needs`,
  }),
  emptyField: (file: string, line: number, path: readonly (string | number)[]): Problem => ({
    file, line,
    message: `${fieldName(path)} is empty`,
    hint: 'fill it in; see knowledge/README.md for the fields each file needs',
  }),
  idNotFileName: (file: string, line: number, id: string): Problem => ({
    file, line,
    message: `id "${id}" does not match the file name`,
    hint: `rename the file to ${id}.md, or change the id to the file name`,
  }),
  duplicateId: (file: string, line: number, id: string, other: string): Problem => ({
    file, line,
    message: `id "${id}" is also used by ${other}`,
    hint: 'give each entry its own id',
  }),
  unknownFollowUp: (file: string, line: number, id: string): Problem => ({
    file, line,
    message: `follow-up "${id}" is not the id of any entry`,
    hint: 'use the id of an existing entry (its file name without .md), or remove this line',
  }),
  unknownSource: (file: string, line: number, source: string, known: string[]): Problem => ({
    file, line,
    message: `citation source "${source}" is not a source page`,
    hint: `use one of: ${known.join(', ') || '(no source pages found in knowledge/sources/)'}`,
  }),
  quoteNotInSource: (file: string, line: number, source: string): Problem => ({
    file, line,
    message: `the quote does not stand word for word in source "${source}"`,
    hint: `copy the passage exactly from knowledge/sources/${source}.md (spaces and curly quotes may differ, words may not)`,
  }),
  emptyAnswer: (file: string, line: number): Problem => ({
    file, line,
    message: 'the answer (the text after the closing "---") is empty',
    hint: 'write the answer in 2 to 6 plain sentences after the closing "---"',
  }),
  sentenceCount: (file: string, line: number, count: number): Problem => ({
    file, line,
    message: `the answer has ${count} sentence${count === 1 ? '' : 's'}`,
    hint: 'write the answer in 2 to 6 plain sentences',
  }),
  promise: (file: string, line: number, word: string): Problem => ({
    file, line,
    message: `the answer says "${word}", which reads as a promise`,
    hint: 'describe what may happen ("many patients report…", "results differ from person to person")',
  }),
  confusable: (file: string, line: number, otherId: string, otherFile: string): Problem => ({
    file, line,
    message: `this question is matched to "${otherId}" (${otherFile}) instead of this entry`,
    hint: 'make the two questions and their alternates more distinct, or merge the two entries',
  }),
  missingFile: (file: string): Problem => ({
    file, line: 1,
    message: 'this file is missing',
    hint: 'create it; see knowledge/README.md',
  }),
  badSynonym: (file: string, line: number, detail: string): Problem => ({
    file, line,
    message: detail,
    hint: 'write each line as  our-word: [visitor word, another visitor word]',
  }),
} as const;

/** A field as an editor reads it: its name, or "an item of <name>" for an entry of a list. */
function fieldName(path: readonly (string | number)[]): string {
  const at = path.findLastIndex((key) => typeof key === 'string');
  const name = String(path[at] ?? 'the fields');
  return at < path.length - 1 ? `an item of ${name}` : name;
}

/** One line an editor can act on: `file:line: message (hint)`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.message} (hint: ${problem.hint})`;
}
