import fc from 'fast-check';
import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { createFuseDoc, createFuseScorer } from '../../src/engine/fuseScore.js';
import { patternMasks, substringDistance } from '../../src/engine/substringDistance.js';

/** What the re-ranker once ran for every word: a fuse.js search over the candidates' phrasings. */
const FUSE_OPTIONS = { keys: ['question', 'alternates'], includeScore: true, ignoreLocation: true, threshold: 0.3 };
const DOCS = [
  { question: 'how many sessions will i need', alternates: ['number of sessions', 'how many injections', ''] },
  { question: 'does prolotherapy hurt', alternates: ['is it painful', 'pain during the injection'] },
  { question: 'what is prolotherapy', alternates: [] },
  { question: 'sessions', alternates: ['sessions of prolotherapy for the knee and the lower back and the shoulder'] },
];

function fuseSearchScores(word: string): (number | undefined)[] {
  const scores: (number | undefined)[] = DOCS.map(() => undefined);
  for (const { refIndex, score } of new Fuse(DOCS, FUSE_OPTIONS).search(word)) scores[refIndex] = score;
  return scores;
}

describe('Scoring a word against an entry as a fuse.js search would, without running bitap', () => {
  const docs = DOCS.map((d) => createFuseDoc(d.question, d.alternates));
  const scoresOf = (word: string) => {
    const score = createFuseScorer((entry) => docs[entry]!);
    return DOCS.map((_, entry) => score(word, entry));
  };

  it.each([
    ['sessions', 'equal to a phrasing and inside others'],
    ['prolotherapy', 'inside phrasings'],
    ['sesions', 'one typo'],
    ['prolotheraphy', 'one typo in a long word'],
    ['painfull', 'a typo near a short phrasing'],
    ['xylophone', 'nowhere'],
    ['', 'empty'],
    ['abcdefghijklmnopqrstuvwxyzabcdefghij', 'longer than bitap reads at once'],
  ])('gives "%s" (%s) the score fuse.js gives it, to the last bit', (word) => {
    expect(scoresOf(word)).toEqual(fuseSearchScores(word));
  });

  it('agrees with fuse.js on random words', () => {
    const word = fc.stringMatching(/^[a-z]{3,12}$/);
    fc.assert(
      fc.property(word, (w) => {
        expect(scoresOf(w)).toEqual(fuseSearchScores(w));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with fuse.js on misspellings of the phrasings\' own words, where bitap matches inexactly', () => {
    const words = [...new Set(DOCS.flatMap((d) => [d.question, ...d.alternates]).join(' ').split(' '))].filter((w) => w.length >= 3);
    const edit = fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(...'aeiknorstxz'));
    const misspelt = fc.tuple(fc.constantFrom(...words), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([word, edits]) =>
      edits.reduce((w, [at, kind, letter]) => {
        const i = at % (w.length + 1);
        return kind === 'insert' ? w.slice(0, i) + letter + w.slice(i) : kind === 'delete' ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + letter + w.slice(i + 1);
      }, word),
    );
    fc.assert(
      fc.property(misspelt, (w) => {
        expect(scoresOf(w)).toEqual(fuseSearchScores(w));
      }),
      { numRuns: 500 },
    );
  });
});

describe('substringDistance', () => {
  it.each([
    ['sessions', 'how many sessions', 0],
    ['sesions', 'how many sessions', 1],
    ['sesion', 'number of sessions', 1],
    ['knee', 'the lower back', 3],
    ['abc', '', 3],
  ])('from %j to the closest part of %j is %i edits', (pattern, text, edits) => {
    expect(substringDistance(patternMasks(pattern), text)).toBe(edits);
  });
});
