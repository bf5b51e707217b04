/** Longest pattern the bit-parallel distance handles: one bit per character in a 32-bit integer. */
export const MAX_PATTERN_LENGTH = 31;

/** A pattern prepared for `substringDistance`: for each character, the positions it holds, as bits. */
export interface PatternMasks {
  length: number;
  ascii: Int32Array;
  other: Map<number, number>;
}

/** Prepares a pattern of at most `MAX_PATTERN_LENGTH` characters (UTF-16 code units). */
export function patternMasks(pattern: string): PatternMasks {
  const masks: PatternMasks = { length: pattern.length, ascii: new Int32Array(128), other: new Map() };
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (code < 128) masks.ascii[code]! |= 1 << i;
    else masks.other.set(code, (masks.other.get(code) ?? 0) | (1 << i));
  }
  return masks;
}

/**
 * The fewest edits (insertions, deletions, substitutions) that turn the
 * pattern into some substring of `text`: Myers' bit-parallel approximate
 * matching (Hyyrö's formulation), one pass over the text.
 */
export function substringDistance(pattern: PatternMasks, text: string): number {
  const high = 1 << (pattern.length - 1);
  let pv = -1;
  let mv = 0;
  let score = pattern.length;
  let best = score;
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    const eq = code < 128 ? pattern.ascii[code]! : (pattern.other.get(code) ?? 0);
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    // The text may start anywhere: no carry into the first row.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  return best;
}
