/**
 * Folds the differences a quote check should not care about: runs of white
 * space, typographic quotes and apostrophes, and dashes.
 */
export function foldText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
