/** Questions are cut to this many characters before any other work, which bounds all later steps. */
export const MAX_QUESTION_LENGTH = 500;

/**
 * Lower-cases, strips accents, control characters and punctuation, and folds
 * typographic quotes, so that "Prolothérapie’s  COST?!" and "prolotherapie's cost" compare equal.
 * Apostrophes inside words are dropped ("don't" → "dont") so contractions stay one token.
 */
export function normalize(text: string): string {
  return text
    .slice(0, MAX_QUESTION_LENGTH)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`']/g, '')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}
