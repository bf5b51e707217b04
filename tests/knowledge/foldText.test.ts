import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/knowledge/foldText.js';

describe('foldText', () => {
  it.each([
    ['curly apostrophes', 'the body’s own ‘healing’', "the body's own 'healing'"],
    ['a modifier-letter apostrophe', 'the bodyʼs', "the body's"],
    ['curly double quotes', 'known as “proliferation therapy.”', 'known as "proliferation therapy."'],
    ['low and reversed quotes', '„so‟ and ‚so‛', '"so" and \'so\''],
    ['en and em dashes', '3–6 sessions — or more', '3-6 sessions - or more'],
    ['hyphens, non-breaking hyphens and minus signs', 'non‐surgical, non‑steroid, −2', 'non-surgical, non-steroid, -2'],
    ['runs of spaces, tabs and line breaks', 'spaced\n  several\tweeks\r\napart', 'spaced several weeks apart'],
    ['non-breaking spaces', '3\u00A0to\u202F6', '3 to 6'],
    ['space at either end', '  \n quoted \n', 'quoted'],
  ])('folds %s', (_, text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('leaves words, letters and case alone', () => {
    expect(foldText('Prolotherapy is NOT surgery; ā stays ā.')).toBe('Prolotherapy is NOT surgery; ā stays ā.');
  });
});
