import { foldText } from './foldText.js';
import type { LoadedKnowledge } from './loadKnowledge.js';
import { problemText } from './problemText.js';
import type { Problem } from './types.js';

/** Words that read as a promise of results: curated medical answers never make one. */
const PROMISE_WORDS = /\b(cures?|cured|guaranteed?|guarantees|100%|permanent(?:ly)? (?:fix|relief|cure)|will (?:fix|heal|cure))\b/i;

const MIN_SENTENCES = 2;
const MAX_SENTENCES = 6;

/** Abbreviations whose period ends no sentence, even before a capital ("Dr. Lee", "e.g. Ice"). */
const ABBREVIATION = /\b(?:e\.g|i\.e|vs|cf|approx|Dr|Mr|Mrs|Ms|Prof|St)\./gi;

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Counts sentences in an answer's Markdown, ignoring list markers, line
 * breaks, decimals ("2.5") and abbreviations ("e.g.", "U.S.").
 */
export function countSentences(markdown: string): number {
  const plain = markdown
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .replace(ABBREVIATION, (abbreviation) => abbreviation.replaceAll('.', ''));
  return [...sentences.segment(plain)].filter(({ segment }) => /[a-z]/i.test(segment)).length;
}

/** Checks what no single file can show: ids, references between files, quotes, answer shape. */
export function checkKnowledge(loaded: LoadedKnowledge): Problem[] {
  const problems: Problem[] = [];
  const sourceText = new Map(loaded.sources.map((s) => [s.id, foldText(s.parsed.body)]));
  const firstFileOfId = new Map<string, string>();
  // A reference to a file that exists but failed to load is not wrong: that file's own problem is reported.
  const entryIds = new Set([...loaded.entries.map((e) => e.fields.id), ...loaded.fileIds.entries]);

  for (const { file, fields, parsed } of loaded.entries) {
    const idLine = parsed.lineOf(['id']);
    const fileId = file.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
    if (fields.id !== fileId) problems.push(problemText.idNotFileName(file, idLine, fields.id));
    const other = firstFileOfId.get(fields.id);
    if (other) problems.push(problemText.duplicateId(file, idLine, fields.id, other));
    else firstFileOfId.set(fields.id, file);

    fields.follow_ups.forEach((id, i) => {
      if (!entryIds.has(id)) problems.push(problemText.unknownFollowUp(file, parsed.lineOf(['follow_ups', i]), id));
    });

    fields.citations.forEach(({ source, quote }, i) => {
      const text = sourceText.get(source);
      if (text === undefined) {
        if (loaded.fileIds.sources.includes(source)) return;
        problems.push(problemText.unknownSource(file, parsed.lineOf(['citations', i, 'source']), source, loaded.fileIds.sources));
      } else if (!text.includes(foldText(quote))) {
        problems.push(problemText.quoteNotInSource(file, parsed.lineOf(['citations', i, 'quote']), source));
      }
    });

    if (!parsed.body) {
      problems.push(problemText.emptyAnswer(file, parsed.bodyLine));
      continue;
    }
    const sentences = countSentences(parsed.body);
    if (sentences < MIN_SENTENCES || sentences > MAX_SENTENCES) {
      problems.push(problemText.sentenceCount(file, parsed.bodyLine, sentences));
    }
    const promise = PROMISE_WORDS.exec(parsed.body);
    if (promise) {
      const line = parsed.bodyLine + (parsed.body.slice(0, promise.index).match(/\n/g)?.length ?? 0);
      problems.push(problemText.promise(file, line, promise[0]));
    }
  }
  return problems;
}
