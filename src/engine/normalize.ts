/** Questions are cut to this many characters before any other work, which bounds all later steps. */
export const MAX_QUESTION_LENGTH = 500;

/** A visitor's question cut to a sane length: every later step works on at most this much. */
export function cutQuestion(question: string): string {
  return question.slice(0, MAX_QUESTION_LENGTH);
}

/**
 * Lower-cases, strips accents, control characters and punctuation, and folds
 * typographic quotes, so that "Prolothérapie’s  COST?!" and "prolotherapie's cost" compare equal.
 * Apostrophes inside words are dropped ("don't" → "dont") so contractions stay one token.
 */
export function normalize(text: string): string {
  // Plain ASCII text needs no Unicode folding; most knowledge text is plain.
  if (/^[\x20-\x7E]*$/.test(text)) {
    return text.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9%]+/g, ' ').trim();
  }
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]+/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`']/g, '')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/**
 * The parts of a message that ask, normalised: each sentence of several that
 * ends in a question mark, and the last clause of an asking sentence after a
 * comma, semicolon or dash ("Is it safe? My daughter found it online." → ["is it safe"];
 * "sick of this knee, what is prolotherapy?" → ["what is prolotherapy"]).
 */
export function questionSentences(message: string): string[] {
  const sentences = (message.match(/[^.?!]+[.?!]*/g) ?? [])
    .map((raw) => ({ raw, text: normalize(raw) }))
    .filter((sentence) => sentence.text);
  const parts = new Set<string>();
  for (const { raw, text } of sentences) {
    if (!/\?[?!.]*$/.test(raw.trim())) continue;
    if (sentences.length > 1) parts.add(text);
    const clause = normalize(raw.split(/[–—,;]| - /).pop()!);
    if (clause && clause !== text) parts.add(clause);
  }
  return [...parts];
}
