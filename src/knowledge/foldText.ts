/**
 * Folds the differences a quote check should not care about: runs of white
 * space, typographic quotes and apostrophes, and hyphens and dashes.
 */
export function foldText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
