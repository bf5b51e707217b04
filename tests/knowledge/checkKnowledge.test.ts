import { afterAll, describe, expect, it } from 'vitest';
import { checkKnowledge, countSentences } from '../../src/knowledge/checkKnowledge.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { problemText } from '../../src/knowledge/problemText.js';
import { MINIMAL_KB } from '../helpers.js';
import { copyKnowledge, fileIn, removeCopies, replace } from './copyKnowledge.js';

afterAll(removeCopies);

describe('countSentences', () => {
  it.each([
    ['one sentence', 'It varies from person to person.', 1],
    ['sentences ending in ".", "!" and "?"', 'It works! Does it hurt? A little.', 3],
    ['a last sentence without a period', 'It varies. Ask your clinician', 2],
    ['decimals', 'The solution is 12.5% dextrose. Doses of 2.5 ml are common.', 2],
    ['"e.g." and "i.e." before lower case', 'Use ice, e.g. a cold pack, i.e. nothing warm. Rest.', 2],
    ['"e.g." before a capital', 'Some agents are used, e.g. Lidocaine for numbing. Ask us.', 2],
    ['titles before a name', 'Ask Dr. Lee or Mrs. Park about it. They know.', 2],
    ['"vs." and initialisms', 'Sessions vs. surgery in the U.S. differ. Ask us.', 2],
    ['a list, item by item', '- Ice the knee.\n- Rest it.\n- Avoid anti-inflammatories.', 3],
    ['a sentence wrapped over lines', 'Prolotherapy is a regenerative\ninjection therapy. It is also called\nproliferation therapy.', 2],
    ['no words at all', '...', 0],
  ])('counts %s', (_, markdown, count) => {
    expect(countSentences(markdown)).toBe(count);
  });
});

describe('checkKnowledge quotes', () => {
  const WHAT_IS_IT = 'qa/what-is-it.md';
  const addQuote = (quote: string) =>
    replace(WHAT_IS_IT, /^---\nProlotherapy/m, `  - source: guide\n    quote: '${quote}'\n---\nProlotherapy`);

  it('accepts straight quotes where the source has curly ones', () => {
    const dir = copyKnowledge(MINIMAL_KB, addQuote('It is also known as "proliferation therapy."'));
    expect(checkKnowledge(loadKnowledge(dir))).toEqual([]);
  });

  it('accepts curly quotes and apostrophes where the source has straight ones', () => {
    const dir = copyKnowledge(
      MINIMAL_KB,
      replace('sources/guide.md', 'for optimal results.', "for the body's 'optimal' results."),
      addQuote('spaced several weeks apart, for the body’s ‘optimal’ results.'),
    );
    expect(checkKnowledge(loadKnowledge(dir))).toEqual([]);
  });

  it('accepts a quote that breaks lines and spaces differently from the source', () => {
    const dir = copyKnowledge(MINIMAL_KB, addQuote('Prolotherapy is a   regenerative\n      injection therapy'));
    expect(checkKnowledge(loadKnowledge(dir))).toEqual([]);
  });

  it('rejects a quote with one word changed, at the line of the quote', () => {
    const dir = copyKnowledge(MINIMAL_KB, addQuote('It is also known as “proliferative therapy.”'));
    expect(checkKnowledge(loadKnowledge(dir))).toEqual([problemText.quoteNotInSource(fileIn(dir, WHAT_IS_IT), 14, 'guide')]);
  });
});
